import { describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { fakeHttp } from './fake-http';
import { orderAnswer, shopifyProfile, TOKEN } from './fixtures';
import { shopifyAdapter } from './index';

describe('shopifyAdapter', () => {
  it('describes the platform', () => {
    expect(shopifyAdapter.platform).toBe('shopify');
    expect(shopifyAdapter.displayName).toBe('Shopify');
    expect(shopifyAdapter.keyIsConnectorKey).toBe(false);
    expect(shopifyAdapter.statusThresholds).toEqual(['paid', 'unpaid']);
    expect(shopifyAdapter.page.platform).toBe('shopify');
  });

  it('credentials: a trimmed, non-empty token of at most 200 characters', () => {
    const schema = shopifyAdapter.credentialsSchema;
    expect(schema.parse({ accessToken: `  ${TOKEN}\n` })).toEqual({ accessToken: TOKEN });
    expect(schema.safeParse({ accessToken: '   ' }).success).toBe(false);
    expect(schema.safeParse({ accessToken: '' }).success).toBe(false);
    expect(schema.safeParse({ accessToken: 'x'.repeat(201) }).success).toBe(false);
    expect(schema.safeParse({ accessToken: 'x'.repeat(200) }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ accessToken: 42 }).success).toBe(false);
  });

  it.each([
    ['https://admin.shopify.com/store/demo-store/orders/1', true],
    ['https://admin.shopify.com/store/DEMO-STORE/orders', true],
    ['https://demo-store.myshopify.com/admin/orders/1', true],
    ['https://admin.shopify.com/store/other-store/orders/1', false],
    ['https://admin.shopify.com/store/demo-store-2/orders/1', false],
    ['https://admin.shopify.com.evil.test/store/demo-store/orders/1', false],
    ['https://demo-store.myshopify.com/products/x', false],
  ])('ownsPage %s → %s', (href, expected) => {
    expect(shopifyAdapter.ownsPage(shopifyProfile('Demo-Store.myshopify.com'), new URL(href))).toBe(expected);
  });

  it('ownsPage is false without a usable shop address or for another platform', () => {
    const url = new URL('https://admin.shopify.com/store/demo-store/orders/1');
    expect(shopifyAdapter.ownsPage(shopifyProfile(null), url)).toBe(false);
    expect(shopifyAdapter.ownsPage(shopifyProfile('demo-store.example.com'), url)).toBe(false);
    expect(shopifyAdapter.ownsPage({ ...shopifyProfile(), platform: 'woocommerce' }, url)).toBe(false);
  });

  it('orderPageUrl links the new admin, and its URL parses back to the same order', () => {
    const href = shopifyAdapter.orderPageUrl(shopifyProfile(), '450789469');
    expect(href).toBe('https://admin.shopify.com/store/demo-store/orders/450789469');
    expect(shopifyAdapter.page.orderIdFromUrl(new URL(href))).toBe('450789469');
    expect(shopifyAdapter.ownsPage(shopifyProfile(), new URL(href))).toBe(true);
    expect(shopifyAdapter.orderPageUrl(shopifyProfile(null), '1')).toBe('https://admin.shopify.com/');
  });

  it('assessStatus is the Shopify rule', async () => {
    const { deps } = fakeHttp([{ body: orderAnswer() }]);
    const order = await shopifyAdapter.createClient(shopifyProfile(), { accessToken: TOKEN }, deps).getOrder('450789469');
    expect(shopifyAdapter.assessStatus(order, 'paid')).toEqual({ raw: 'PAID', threshold: 'paid', outcome: 'reached' });
  });

  it('createClient gives a client that throws ApiError', async () => {
    const { deps } = fakeHttp([{ status: 401, body: { errors: 'bad' } }]);
    const client = shopifyAdapter.createClient(shopifyProfile(), { accessToken: TOKEN }, deps);
    await expect(client.probeCredentials()).rejects.toBeInstanceOf(ApiError);
  });
});
