import { describe, expect, it, vi } from 'vitest';
import { orderPageFromUrl } from '../shops/pages';
import { watchOrderPage } from './order-page-watcher';

function fakeLocation(start: string) {
  let listener: ((url: string) => void) | null = null;
  return {
    source: { href: () => start, onChange: (l: (url: string) => void) => (listener = l) },
    navigate: (url: string) => listener?.(url),
  };
}

describe('watchOrderPage', () => {
  it('reports the order at start and each new order, once per change', () => {
    const loc = fakeLocation('https://admin.shopify.com/store/demo/orders/1');
    const seen = vi.fn();
    watchOrderPage(loc.source, orderPageFromUrl, seen);
    loc.navigate('https://admin.shopify.com/store/demo/orders/1?tab=x'); // same order: no event
    loc.navigate('https://admin.shopify.com/store/demo/orders/2');
    loc.navigate('https://admin.shopify.com/store/demo/orders');
    expect(seen.mock.calls).toEqual([
      [{ platform: 'shopify', orderId: '1' }],
      [{ platform: 'shopify', orderId: '2' }],
      [null],
    ]);
  });

  it('uses the URL the navigation goes to, not the one still in location', () => {
    const loc = fakeLocation('https://admin.shopify.com/store/demo/orders/1');
    const seen = vi.fn();
    watchOrderPage(loc.source, orderPageFromUrl, seen);
    loc.navigate('https://admin.shopify.com/store/demo/orders/7');
    expect(seen).toHaveBeenLastCalledWith({ platform: 'shopify', orderId: '7' });
  });
});
