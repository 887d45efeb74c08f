import { describe, expect, it } from 'vitest';
import { shopifyPage, storeHandleFromUrl } from './page';

const orderId = (href: string) => shopifyPage.orderIdFromUrl(new URL(href));

describe('shopifyPage.orderIdFromUrl', () => {
  it.each([
    ['https://admin.shopify.com/store/demo-store/orders/450789469', '450789469'],
    ['https://admin.shopify.com/store/demo-store/orders/450789469/', '450789469'],
    ['https://admin.shopify.com/store/demo-store/orders/450789469?tab=timeline', '450789469'],
    ['https://admin.shopify.com/store/demo-store/orders/450789469#note', '450789469'],
    ['https://admin.shopify.com/store/demo-store/orders/450789469/?a=1#b', '450789469'],
    ['https://ADMIN.Shopify.com/store/Demo-Store/orders/12', '12'],
    ['https://demo-store.myshopify.com/admin/orders/450789469', '450789469'],
    ['https://demo-store.myshopify.com/admin/orders/450789469/?x=y#z', '450789469'],
    ['https://admin.shopify.com/store/demo-store/orders/18446744073709551615', '18446744073709551615'],
  ])('%s → %s', (href, expected) => {
    expect(orderId(href)).toBe(expected);
  });

  it.each([
    // other admin pages
    'https://admin.shopify.com/store/demo-store/orders',
    'https://admin.shopify.com/store/demo-store/orders/',
    'https://admin.shopify.com/store/demo-store/orders?status=open',
    'https://admin.shopify.com/store/demo-store/draft_orders/123',
    'https://admin.shopify.com/store/demo-store/orders/123/refund',
    'https://admin.shopify.com/store/demo-store/orders/123/edit',
    'https://admin.shopify.com/store/demo-store/products/123',
    'https://admin.shopify.com/store/demo-store',
    'https://demo-store.myshopify.com/admin/orders',
    'https://demo-store.myshopify.com/admin/draft_orders/123',
    'https://demo-store.myshopify.com/orders/123',
    // ids that are not numeric ids
    'https://admin.shopify.com/store/demo-store/orders/abc',
    'https://admin.shopify.com/store/demo-store/orders/0123',
    'https://admin.shopify.com/store/demo-store/orders/123456789012345678901',
    'https://admin.shopify.com/store/demo-store/orders/%31%32',
    // lookalike hosts, wrong scheme or port
    'https://admin.shopify.com.evil.test/store/demo-store/orders/123',
    'https://evil.test/admin.shopify.com/store/demo-store/orders/123',
    'https://demo-store.myshopify.com.evil.test/admin/orders/123',
    'https://evilmyshopify.com/admin/orders/123',
    'https://a.b.myshopify.com/admin/orders/123',
    'https://xadmin.shopify.com/store/demo-store/orders/123',
    'http://admin.shopify.com/store/demo-store/orders/123',
    'https://admin.shopify.com:8443/store/demo-store/orders/123',
    'https://user@evil.test/store/demo-store/orders/123',
  ])('%s → null', (href) => {
    expect(orderId(href)).toBeNull();
  });
});

describe('storeHandleFromUrl', () => {
  it.each([
    ['https://admin.shopify.com/store/demo-store/orders/1', 'demo-store'],
    ['https://admin.shopify.com/store/Demo-Store', 'demo-store'],
    ['https://admin.shopify.com/store/demo-store/products', 'demo-store'],
    ['https://demo-store.myshopify.com/admin/orders/1', 'demo-store'],
    ['https://demo-store.myshopify.com/admin', 'demo-store'],
  ])('%s → %s', (href, expected) => {
    expect(storeHandleFromUrl(new URL(href))).toBe(expected);
  });

  it.each([
    'https://admin.shopify.com/',
    'https://admin.shopify.com/store/',
    'https://admin.shopify.com.evil.test/store/demo-store',
    'https://demo-store.myshopify.com/products/shirt',
    'https://demo-store.myshopify.com/administrator',
    'http://demo-store.myshopify.com/admin',
    'https://example.com/store/demo-store',
  ])('%s → null', (href) => {
    expect(storeHandleFromUrl(new URL(href))).toBeNull();
  });
});

describe('shopifyPage', () => {
  it('declares both admin shapes as content-script matches', () => {
    expect(shopifyPage.platform).toBe('shopify');
    expect(shopifyPage.matches).toEqual(['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*']);
  });
});
