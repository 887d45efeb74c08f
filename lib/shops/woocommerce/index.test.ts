import { describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { fakeHttp } from './fake-http';
import { CREDENTIALS, KEY, SECRET, wooError, wooOrder, wooProfile } from './fixtures';
import { wooAdapter } from './index';
import { wooPage } from './page';

describe('wooAdapter', () => {
  it('describes the platform', () => {
    expect(wooAdapter.platform).toBe('woocommerce');
    expect(wooAdapter.displayName).toBe('WooCommerce');
    expect(wooAdapter.keyIsConnectorKey).toBe(true);
    expect(wooAdapter.statusThresholds).toEqual(['processing', 'pending', 'completed']);
    expect(wooAdapter.page).toMatchObject({ platform: 'woocommerce', matches: wooPage.matches, orderIdFromUrl: wooPage.orderIdFromUrl });
  });

  it('credentials: a trimmed ck_/cs_ pair under the options page field names', () => {
    const schema = wooAdapter.credentialsSchema;
    expect(schema.parse({ consumerKey: ` ${KEY}\n`, consumerSecret: `${SECRET} ` })).toEqual(CREDENTIALS);
    expect(schema.safeParse({ consumerKey: SECRET, consumerSecret: KEY }).success).toBe(false);
    expect(schema.safeParse({ consumerKey: KEY }).success).toBe(false);
    expect(schema.safeParse({ consumerKey: 'ck_', consumerSecret: 'cs_' }).success).toBe(false);
    expect(schema.safeParse({ consumerKey: `ck_${'a'.repeat(198)}`, consumerSecret: SECRET }).success).toBe(false);
    expect(schema.safeParse({ consumerKey: 'ck_a b', consumerSecret: SECRET }).success).toBe(false);
    expect(schema.safeParse({ accessToken: KEY }).success).toBe(false);
  });

  it.each([
    ['https://shop.example.nl', 'https://shop.example.nl/wp-admin/post.php?post=1&action=edit', true],
    ['https://shop.example.nl', 'https://SHOP.example.nl:443/wp-admin/admin.php?page=wc-orders&action=edit&id=1', true],
    ['https://shop.example.nl', 'https://shop.example.nl/wp-admin/', true],
    ['https://shop.example.nl/', 'https://shop.example.nl/wp-admin/edit.php?post_type=shop_order', true],
    ['https://example.nl/shop', 'https://example.nl/shop/wp-admin/post.php?post=1&action=edit', true],
    ['https://example.nl/Shop/', 'https://example.nl/shop/wp-admin/post.php?post=1&action=edit', true],
    // other origins: scheme, host (www. is another host), port
    ['https://shop.example.nl', 'http://shop.example.nl/wp-admin/post.php?post=1&action=edit', false],
    ['https://shop.example.nl', 'https://www.shop.example.nl/wp-admin/post.php?post=1&action=edit', false],
    ['https://shop.example.nl', 'https://shop.example.nl:8443/wp-admin/post.php?post=1&action=edit', false],
    ['https://shop.example.nl', 'https://shop.example.nl.evil.test/wp-admin/post.php?post=1&action=edit', false],
    // other sites on the same host
    ['https://example.nl/shop', 'https://example.nl/wp-admin/post.php?post=1&action=edit', false],
    ['https://example.nl/shop', 'https://example.nl/shop2/wp-admin/post.php?post=1&action=edit', false],
    ['https://example.nl', 'https://example.nl/shop/wp-admin/post.php?post=1&action=edit', false],
    // not the admin
    ['https://shop.example.nl', 'https://shop.example.nl/product/mok/', false],
    ['https://shop.example.nl', 'https://shop.example.nl/wp-json/wc/v3/orders/1', false],
  ])('ownsPage(%s, %s) → %s', (address, href, expected) => {
    expect(wooAdapter.ownsPage(wooProfile(address), new URL(href))).toBe(expected);
  });

  it('ownsPage is false without a usable site address or for another platform', () => {
    const url = new URL('https://shop.example.nl/wp-admin/post.php?post=1&action=edit');
    expect(wooAdapter.ownsPage(wooProfile(null), url)).toBe(false);
    expect(wooAdapter.ownsPage(wooProfile('http://shop.example.nl'), url)).toBe(false);
    expect(wooAdapter.ownsPage({ ...wooProfile(), platform: 'shopify' }, url)).toBe(false);
  });

  it('orderPageUrl links the legacy screen (redirected under HPOS), which parses back to the order', () => {
    for (const address of ['https://shop.example.nl', 'https://example.nl/shop/']) {
      const href = wooAdapter.orderPageUrl(wooProfile(address), '727');
      expect(wooAdapter.page.orderIdFromUrl(new URL(href))).toBe('727');
      expect(wooAdapter.ownsPage(wooProfile(address), new URL(href))).toBe(true);
    }
    expect(wooAdapter.orderPageUrl(wooProfile('https://example.nl/shop/'), '727')).toBe('https://example.nl/shop/wp-admin/post.php?post=727&action=edit');
    expect(wooAdapter.orderPageUrl(wooProfile(null), '1')).toBe('about:blank');
  });

  it('assessStatus is the WooCommerce rule', async () => {
    const { deps } = fakeHttp([{ body: wooOrder({ status: 'on-hold' }) }]);
    const order = await wooAdapter.createClient(wooProfile(), CREDENTIALS, deps).getOrder('727');
    expect(wooAdapter.assessStatus(order, 'processing')).toEqual({ raw: 'on-hold', threshold: 'processing', outcome: 'not-reached' });
  });

  it('createClient gives a client that throws ApiError, and offers listOrders', async () => {
    const { deps } = fakeHttp([{ status: 401, body: wooError('woocommerce_rest_authentication_error', 'Consumer key is invalid.', 401) }]);
    const client = wooAdapter.createClient(wooProfile(), CREDENTIALS, deps);
    await expect(client.probeCredentials()).rejects.toBeInstanceOf(ApiError);
    expect(typeof client.listOrders).toBe('function');
  });
});

describe('WooCommerce in the registry', () => {
  it('orderPageFromUrl finds WooCommerce order screens on any host, after the fixed-host platforms', async () => {
    const { orderPageFromUrl, shopPages } = await import('../pages');
    const { adapterFor } = await import('../registry');
    expect(adapterFor('woocommerce')).toBe(wooAdapter);
    expect(shopPages.at(-1)?.orderIdFromUrl).toBe(wooPage.orderIdFromUrl);
    expect(orderPageFromUrl('https://shop.example.test/wp-admin/post.php?post=2001&action=edit')).toEqual({ platform: 'woocommerce', orderId: '2001' });
    expect(orderPageFromUrl('https://example.test/winkel/wp-admin/admin.php?page=wc-orders&action=edit&id=8101')).toEqual({ platform: 'woocommerce', orderId: '8101' });
    expect(orderPageFromUrl('https://admin.shopify.com/store/demo-store/orders/1')?.platform).toBe('shopify');
  });
});
