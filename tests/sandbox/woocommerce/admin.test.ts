import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { isWooOrderScreenBody, wooOrderPageFromUrl } from '../../../lib/shops/woocommerce/page';
import { HOST, testWorld } from './fixtures';
import { wooHosts } from './hosts';
import { sandboxRequest } from './test-support';

const [host] = wooHosts(testWorld());
if (!host) throw new Error('no host');
const get = async (path: string, method = 'GET') => host.handle(sandboxRequest({ method, url: `https://${HOST}${path}` }));

let window: Window | null = null;
afterEach(async () => {
  await window?.happyDOM.close();
  window = null;
});

function dom(html: string, url: string): Document {
  window = new Window({ url });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('WooCommerce admin: legacy screen (posts storage)', () => {
  const url = `https://${HOST}/wp-admin/post.php?post=701&action=edit`;

  it('serves the edit screen with the structure WordPress gives it', async () => {
    const res = await get('/wp-admin/post.php?post=701&action=edit');
    expect(res.status).toBe(200);
    expect(res.headers?.['Content-Type']).toBe('text/html; charset=UTF-8');
    const doc = dom(res.rawBody ?? '', url);
    expect(doc.title).toBe('Bestelling bewerken ‹ Root <Shop> — WordPress');
    expect(isWooOrderScreenBody(doc.body.className)).toBe(true);
    expect(doc.body.classList.contains('post-type-shop_order')).toBe(true);
    expect(doc.querySelector('#wpadminbar')).not.toBeNull();
    expect(doc.querySelector<HTMLInputElement>('#post_ID')?.value).toBe('701');
    expect(doc.querySelector('h2.woocommerce-order-data__heading')?.textContent).toBe('Bestelling #701 gegevens');
    expect(doc.querySelector('#order_status option[selected]')?.getAttribute('value')).toBe('wc-processing');
    expect([...doc.querySelectorAll('.wc-order-item-sku')].map((e) => e.textContent)).toEqual(['SKU: TSHIRT-RED-M', 'SKU: MUG-BLUE']);
    expect(doc.querySelector('#order-total')?.textContent).toBe('€67.35');
    expect(wooOrderPageFromUrl(new URL(url))).toEqual({ screen: 'legacy', orderId: '701', sitePath: '' });
  });

  it('the HPOS screen does not exist without HPOS; an unknown post is WordPress’s message', async () => {
    const hpos = await get('/wp-admin/admin.php?page=wc-orders&action=edit&id=701');
    expect(hpos.status).toBe(403);
    expect(hpos.rawBody).toContain('Sorry, you are not allowed to access this page.');
    const missing = await get('/wp-admin/post.php?post=9999&action=edit');
    expect(missing.status).toBe(500);
    expect(missing.rawBody).toContain('Perhaps it was deleted?');
  });

  it('lists the orders with links to their screens', async () => {
    const res = await get('/wp-admin/edit.php?post_type=shop_order');
    expect(res.status).toBe(200);
    const doc = dom(res.rawBody ?? '', `https://${HOST}/wp-admin/edit.php?post_type=shop_order`);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('#the-list a.order-view')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/wp-admin/post.php?post=701&action=edit');
    expect(links).not.toContain('/wp-admin/post.php?post=705&action=edit');
  });
});

describe('WooCommerce admin: HPOS screen in a subfolder', () => {
  it('redirects the legacy URL to the HPOS screen (301), keeping other arguments', async () => {
    const res = await get('/winkel/wp-admin/post.php?post=9001&action=edit&message=1');
    expect(res.status).toBe(301);
    expect(res.headers?.['Location']).toBe(`https://${HOST}/winkel/wp-admin/admin.php?page=wc-orders&action=edit&id=9001&message=1`);
    const list = await get('/winkel/wp-admin/edit.php?post_type=shop_order');
    expect(list.headers?.['Location']).toBe(`https://${HOST}/winkel/wp-admin/admin.php?page=wc-orders`);
  });

  it('serves the HPOS screen, values escaped', async () => {
    const url = `https://${HOST}/winkel/wp-admin/admin.php?page=wc-orders&action=edit&id=9001`;
    const res = await get('/winkel/wp-admin/admin.php?page=wc-orders&action=edit&id=9001');
    expect(res.status).toBe(200);
    expect(res.rawBody).not.toContain('<b>pickup</b>');
    const doc = dom(res.rawBody ?? '', url);
    expect(doc.body.classList.contains('woocommerce_page_wc-orders')).toBe(true);
    expect(isWooOrderScreenBody(doc.body.className)).toBe(true);
    expect(doc.querySelector('form#order')).not.toBeNull();
    expect(doc.querySelector('h2.woocommerce-order-data__heading')?.textContent).toBe('Bestelling #W-1 gegevens');
    expect(doc.querySelector('#order_status option[selected]')?.textContent).toBe('awaiting-<b>pickup</b>');
    expect(wooOrderPageFromUrl(new URL(url))).toEqual({ screen: 'hpos', orderId: '9001', sitePath: '/winkel' });
    expect((await get('/winkel/wp-admin/admin.php?page=wc-orders&action=edit&id=1')).status).toBe(500);
    expect((await get('/winkel/wp-admin/admin.php?page=wc-orders')).status).toBe(200);
  });
});

describe('WooCommerce admin: everything else', () => {
  it('dashboard, other admin pages, the shop front, unknown subfolders, writes', async () => {
    expect((await get('/wp-admin/')).status).toBe(200);
    expect((await get('/wp-admin')).status).toBe(301);
    expect((await get('/wp-admin/options-general.php')).status).toBe(403);
    expect((await get('/product/mok/')).status).toBe(404);
    // /oud is no site here: the root site's theme answers 404.
    const other = await get('/oud/wp-admin/post.php?post=701&action=edit');
    expect(other.status).toBe(404);
    expect((await get('/wp-admin/post.php?post=701&action=edit', 'POST')).status).toBe(405);
    expect((await host.handle(sandboxRequest({ url: 'https://elsewhere.test/wp-admin/' }))).status).toBe(404);
  });
});
