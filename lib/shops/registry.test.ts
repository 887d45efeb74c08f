import { describe, expect, it } from 'vitest';
import { PlatformSchema } from '../model/order';
import { orderPageFromUrl, shopPages } from './pages';
import { adapterFor, shopAdapters } from './registry';
import { shopifyAdapter } from './shopify';

describe('shop registry', () => {
  it('has an entry for every platform; Shopify is built', () => {
    expect(Object.keys(shopAdapters).sort()).toEqual([...PlatformSchema.options].sort());
    expect(adapterFor('shopify')).toBe(shopifyAdapter);
    expect(adapterFor('woocommerce')?.platform).toBe('woocommerce');
    expect(adapterFor('bol')?.platform).toBe('bol');
  });

  it('every built adapter is registered under its own platform and its page is in shopPages', () => {
    for (const platform of PlatformSchema.options) {
      const adapter = adapterFor(platform);
      if (!adapter) continue;
      expect(adapter.platform).toBe(platform);
      expect(shopPages.find((page) => page.platform === platform)?.orderIdFromUrl).toBe(adapter.page.orderIdFromUrl);
    }
  });
});

describe('orderPageFromUrl', () => {
  it.each([
    ['https://admin.shopify.com/store/demo-store/orders/450789469?x=1', { platform: 'shopify', orderId: '450789469' }],
    ['https://demo-store.myshopify.com/admin/orders/7/', { platform: 'shopify', orderId: '7' }],
    ['https://admin.shopify.com/store/demo-store/orders', null],
    ['https://admin.shopify.com.evil.test/store/demo-store/orders/1', null],
    ['not a url', null],
    ['', null],
  ])('%s → %j', (href, expected) => {
    expect(orderPageFromUrl(href)).toEqual(expected);
  });

  it('accepts a URL object', () => {
    expect(orderPageFromUrl(new URL('https://admin.shopify.com/store/s/orders/3'))).toEqual({ platform: 'shopify', orderId: '3' });
  });
});
