import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { orderPageFromUrl } from '../../../lib/shops/pages';
import { RENDER_DELAY_MS } from './partner-page';
import { bolTestHosts, id, sandboxRequest } from './test-support';

const { partner } = bolTestHosts();
const get = async (url: string) => partner.handle(sandboxRequest({ url }));

describe('partner.bol.com host', () => {
  it('serves the seller-dashboard SPA on every /sdd/ route, with the logged-in retailer\'s data', async () => {
    for (const path of [`orders/${id(1)}`, 'orders', 'home', 'assortment-new/offers']) {
      const res = await get(`https://partner.bol.com/sdd/${path}`);
      expect(res.status).toBe(200);
      expect(res.headers?.['content-type']).toMatch(/text\/html/);
      expect(res.rawBody).toContain('id="sandbox-data"');
      expect(res.rawBody).toContain('Test Retailer');
      expect(res.rawBody).not.toContain(id(99)); // another retailer's order
    }
  });

  it('redirects the root to the dashboard, answers 404 elsewhere, never allows a write', async () => {
    expect(await get('https://partner.bol.com/')).toMatchObject({ status: 302, headers: { location: '/sdd/home' } });
    expect((await get('https://partner.bol.com/elsewhere')).status).toBe(404);
    expect(partner.allowsWrite(sandboxRequest({ method: 'POST', url: 'https://partner.bol.com/sdd/orders' }))).toBe(false);
    expect(partner.side).toBe('page');
  });

  it('serves order pages at URLs the product recognises as Bol.com order pages', () => {
    expect(orderPageFromUrl(`https://partner.bol.com/sdd/orders/${id(1)}`)).toEqual({ platform: 'bol', orderId: id(1) });
  });
});

describe('the seller-dashboard SPA in a DOM', () => {
  let window: Window | null = null;
  afterEach(async () => {
    await window?.happyDOM.close();
    window = null;
  });

  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, RENDER_DELAY_MS + 30));

  async function open(path: string): Promise<Window> {
    const url = `https://partner.bol.com/sdd/${path}`;
    const html = (await get(url)).rawBody ?? '';
    window = new Window({
      url,
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, navigation: { disableMainFrameNavigation: true } },
    });
    window.document.write(html);
    await settle();
    return window;
  }

  function click(w: Window, selector: string): void {
    const el = w.document.querySelector(selector);
    if (!(el instanceof w.HTMLElement)) throw new Error(`nothing to click at ${selector}`);
    el.click();
  }

  it('renders an order, moves to the next one in-page with pushState, and back with popstate', async () => {
    const w = await open(`orders/${id(1)}`);
    const text = (testid: string) => w.document.querySelector(`[data-testid="${testid}"]`)?.textContent;
    expect(text('order-id')).toBe(`Bestelling ${id(1)}`);
    expect(text('order-status')).toBe('Openstaand');
    expect(w.document.querySelectorAll('[data-testid="order-item"]')).toHaveLength(2);
    const marker = w.document.body;
    click(w, '[data-testid="next-order"]');
    expect(w.location.pathname).toBe(`/sdd/orders/${id(2)}`);
    expect(w.document.querySelector('[data-testid="loading"]')).not.toBeNull();
    await settle();
    expect(text('order-id')).toBe(`Bestelling ${id(2)}`);
    expect(w.document.body).toBe(marker);
    w.history.back();
    await settle();
    expect(w.location.pathname).toBe(`/sdd/orders/${id(1)}`);
  });

  it('lists orders newest first and shows shipped and cancelled ones as such', async () => {
    const w = await open('orders');
    const links = [...w.document.querySelectorAll('a[data-order-id]')].map((a) => a.getAttribute('data-order-id'));
    expect(links).toEqual([1, 2, 3, 4, 5, 6].map(id));
    click(w, `a[data-order-id="${id(5)}"]`);
    await settle();
    expect(w.document.querySelector('[data-testid="order-status"]')?.textContent).toBe('Geannuleerd');
  });
});
