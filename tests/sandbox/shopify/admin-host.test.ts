import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { shopifyOrderId } from '../scenarios/build/shopify-order';
import { shopifyAdminHost } from './admin/admin-host';
import { RENDER_DELAY_MS } from './admin/spa-script';
import { sandboxRequest, testWorld } from './test-support';

const host = shopifyAdminHost(testWorld());
const get = async (url: string) => host.handle(sandboxRequest({ url }));
const id = (n: number): string => shopifyOrderId(n);

describe('admin.shopify.com host', () => {
  it('serves the SPA shell on every route under /store/{handle}/, with noisy global CSS', async () => {
    for (const path of [`orders/${id(1001)}`, 'orders', 'products/7', '']) {
      const res = await get(`https://admin.shopify.com/store/test-shop/${path}`);
      expect(res.status).toBe(200);
      expect(res.headers?.['content-type']).toMatch(/text\/html/);
      expect(res.rawBody).toContain('id="sandbox-data"');
      expect(res.rawBody).toContain('button { background: red; color: yellow; font-size: 20px;');
    }
  });

  it('answers 404 for an unknown store or path, and never allows a write', async () => {
    expect((await get('https://admin.shopify.com/store/nope/orders/1')).status).toBe(404);
    expect((await get('https://admin.shopify.com/login')).status).toBe(404);
    expect(host.allowsWrite(sandboxRequest({ method: 'POST', url: 'https://admin.shopify.com/store/test-shop/orders' }))).toBe(false);
    expect(host.side).toBe('page');
  });
});

describe('the admin SPA in a DOM', () => {
  let window: Window | null = null;
  afterEach(async () => {
    await window?.happyDOM.close();
    window = null;
  });

  function click(w: Window, selector: string): void {
    const el = w.document.querySelector(selector);
    if (!(el instanceof w.HTMLElement)) throw new Error(`nothing to click at ${selector}`);
    el.click();
  }

  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, RENDER_DELAY_MS + 30));

  async function open(path: string): Promise<Window> {
    const url = `https://admin.shopify.com/store/test-shop/${path}`;
    const html = (await get(url)).rawBody ?? '';
    // Our own inline script runs; the VM-isolation warning is about untrusted code.
    window = new Window({
      url,
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, navigation: { disableMainFrameNavigation: true } },
    });
    window.document.write(html);
    await settle();
    return window;
  }

  it('renders an order, moves to the next one in-page with pushState, and back with popstate', async () => {
    const w = await open(`orders/${id(1001)}`);
    const text = (testid: string): string | null | undefined => w.document.querySelector(`[data-testid="${testid}"]`)?.textContent;
    expect(text('order-name')).toBe('#1001');
    expect(w.document.title).toBe('#1001 · Orders · Test Shop · Shopify');
    expect(w.document.querySelectorAll('[data-testid="line-item"]')).toHaveLength(2);
    const marker = w.document.body; // the same document throughout: no reload
    click(w, '[data-testid="next-order"]');
    expect(w.location.pathname).toBe(`/store/test-shop/orders/${id(1002)}`);
    expect(w.document.querySelector('[data-testid="loading"]')).not.toBeNull();
    await settle();
    expect(text('order-name')).toBe('#1002');
    expect(w.document.body).toBe(marker);
    w.history.back();
    await settle();
    expect(w.location.pathname).toBe(`/store/test-shop/orders/${id(1001)}`);
    expect(text('order-name')).toBe('#1001');
  });

  it('lists orders newest first with links carrying data-order-id', async () => {
    const w = await open('orders');
    const links = [...w.document.querySelectorAll('a[data-order-id]')].map((a) => a.getAttribute('data-order-id'));
    expect(links).toEqual([1001, 1002, 1003, 1004, 1005, 990].map(id));
    click(w, `a[data-order-id="${id(1004)}"]`);
    await settle();
    expect(w.document.querySelector('[data-testid="order-page"]')?.getAttribute('data-order-id')).toBe(id(1004));
  });
});
