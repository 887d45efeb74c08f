import { describe, expect, it } from 'vitest';
import { shopifyOrderId } from '../scenarios/build/shopify-order';
import { shopifyApiHost } from './api/api-host';
import { NOW, TEST_HOST, TEST_TOKEN, at, graphqlRequest, sandboxRequest, testWorld } from './test-support';

const host = (): ReturnType<typeof shopifyApiHost> => shopifyApiHost(testWorld(), { now: () => NOW });
const run = async (h: ReturnType<typeof shopifyApiHost>, req: ReturnType<typeof graphqlRequest>) => h.handle(req);

// The kind of query the product sends for one order.
const ORDER_QUERY = `query Order($id: ID!) {
  order(id: $id) {
    id legacyResourceId name createdAt cancelledAt cancelReason test
    displayFinancialStatus displayFulfillmentStatus currencyCode
    totalPriceSet { shopMoney { amount currencyCode } presentmentMoney { amount currencyCode } }
    totalShippingPriceSet { shopMoney { amount } }
    billingAddress { countryCodeV2 country }
    shippingAddress { countryCodeV2 }
    lineItems(first: 100) {
      nodes { id name sku quantity currentQuantity taxLines { ratePercentage rate title } }
      pageInfo { hasNextPage endCursor }
    }
    shippingLines(first: 10) { nodes { title code isRemoved originalPriceSet { shopMoney { amount } } } }
  }
}`;

describe('Shopify Admin GraphQL API host', () => {
  it('answers the product\'s order query with Shopify\'s shape and a cost', async () => {
    const id = shopifyOrderId(1001);
    const res = await run(host(), graphqlRequest(ORDER_QUERY, { id: `gid://shopify/Order/${id}` }));
    expect(res.status).toBe(200);
    const order = at(res.body, 'data', 'order');
    expect(order).toMatchObject({
      id: `gid://shopify/Order/${id}`, legacyResourceId: id, name: '#1001', cancelledAt: null,
      displayFinancialStatus: 'PAID', displayFulfillmentStatus: 'UNFULFILLED', currencyCode: 'EUR',
      totalPriceSet: { shopMoney: { amount: '67.35', currencyCode: 'EUR' }, presentmentMoney: { amount: '67.35' } },
      totalShippingPriceSet: { shopMoney: { amount: '4.95' } },
      billingAddress: { countryCodeV2: 'NL', country: 'Netherlands' },
      lineItems: { pageInfo: { hasNextPage: false } },
      shippingLines: { nodes: [{ title: 'PostNL standaard', code: 'POSTNL', isRemoved: false, originalPriceSet: { shopMoney: { amount: '4.95' } } }] },
    });
    expect(at(order, 'lineItems', 'nodes', 0)).toMatchObject({
      sku: 'TSHIRT-RED-M', quantity: 2, currentQuantity: 2, taxLines: [{ ratePercentage: 21, rate: 0.21, title: 'VAT' }],
    });
    expect(at(res.body, 'extensions', 'cost')).toMatchObject({
      // order, two addresses, totalPriceSet (3 objects), totalShippingPriceSet (2), then the connections:
      // lineItems 2 + 100 × (line + taxLines), shippingLines 2 + 10 × (line + price set + money).
      requestedQueryCost: 1 + 2 + 3 + 2 + (2 + 100 * 2) + (2 + 10 * 3),
      actualQueryCost: 1 + 2 + 3 + 2 + (2 + 2 * 2) + (2 + 1 * 3),
      throttleStatus: { maximumAvailable: 2000, restoreRate: 100 },
    });
  });

  it('finds an order by its name through orders(query:)', async () => {
    const res = await run(host(), graphqlRequest('{ orders(first: 1, query: "name:#1003") { edges { cursor node { name } } nodes { legacyResourceId } } }'));
    expect(at(res.body, 'data', 'orders', 'edges', 0, 'node', 'name')).toBe('#1003');
    expect(at(res.body, 'data', 'orders', 'nodes', 0, 'legacyResourceId')).toBe(shopifyOrderId(1003));
  });

  it('answers null for an unknown order and an error for a malformed id', async () => {
    const unknown = await run(host(), graphqlRequest('{ order(id: "gid://shopify/Order/42") { id } }'));
    expect(unknown.body).toMatchObject({ data: { order: null } });
    const malformed = await run(host(), graphqlRequest('{ order(id: "1001") { id } }'));
    expect(at(malformed.body, 'errors', 0, 'message')).toBe("Invalid global id '1001'");
    expect(at(malformed.body, 'data', 'order')).toBeNull();
  });

  it('refuses a missing or unknown token with 401 and Shopify\'s string error', async () => {
    const body = { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' };
    expect(await run(host(), graphqlRequest('{ shop { name } }', {}, { token: 'shpat_wrong' }))).toEqual({ status: 401, body });
    expect(await run(host(), graphqlRequest('{ shop { name } }', {}, { token: null }))).toEqual({ status: 401, body });
  });

  it('accepts any YYYY-MM version and unstable; other paths and stores are 404', async () => {
    for (const version of ['2024-10', 'unstable']) {
      const res = await run(host(), graphqlRequest('{ shop { name myshopifyDomain } }', {}, { version }));
      expect(res.body).toMatchObject({ data: { shop: { name: 'Test Shop', myshopifyDomain: TEST_HOST } } });
    }
    expect((await run(host(), graphqlRequest('{ shop { name } }', {}, { version: 'latest' }))).status).toBe(404);
    expect((await run(host(), graphqlRequest('{ shop { name } }', {}, { host: 'other.myshopify.com' }))).status).toBe(404);
  });

  it('treats only query documents as reads: a mutation is a write and is refused', async () => {
    const h = host();
    const mutation = graphqlRequest('mutation { orderCancel(orderId: "gid://shopify/Order/1") { job { id } } }');
    expect(h.allowsWrite(mutation)).toBe(false);
    expect(at((await run(h, mutation)).body, 'errors', 0, 'extensions', 'code')).toBe('ACCESS_DENIED');
    expect(h.allowsWrite(graphqlRequest('query A { shop { name } } mutation B { x }'))).toBe(false);
    expect(h.allowsWrite(graphqlRequest('{ shop { name } }'))).toBe(true);
    expect(h.allowsWrite(sandboxRequest({ method: 'POST', url: `https://${TEST_HOST}/admin/api/2025-01/orders.json`, body: '{}' }))).toBe(false);
  });

  it('answers syntax and validation errors with 200 and errors[]; a body without query with 400', async () => {
    const syntax = await run(host(), graphqlRequest('{ shop { name }'));
    expect(syntax.status).toBe(200);
    expect(at(syntax.body, 'errors', 0, 'locations', 0)).toMatchObject({ line: 1 });
    const unknownField = await run(host(), graphqlRequest('{ shop { plan } }'));
    expect(at(unknownField.body, 'errors', 0, 'message')).toMatch(/Cannot query field "plan"/);
    const noQuery = await run(host(), sandboxRequest({
      method: 'POST', url: `https://${TEST_HOST}/admin/api/2025-01/graphql.json`, headers: { 'x-shopify-access-token': TEST_TOKEN }, body: 'nope',
    }));
    expect(noQuery.status).toBe(400);
  });

  it('accepts a raw application/graphql body', async () => {
    const req = sandboxRequest({
      method: 'POST', url: `https://${TEST_HOST}/admin/api/2025-01/graphql.json`,
      headers: { 'content-type': 'application/graphql', 'x-shopify-access-token': TEST_TOKEN }, body: '{ shop { name } }',
    });
    expect((await run(host(), req)).body).toMatchObject({ data: { shop: { name: 'Test Shop' } } });
  });

  it('redirects the legacy admin order URL to admin.shopify.com', async () => {
    const res = await run(host(), sandboxRequest({ url: `https://${TEST_HOST}/admin/orders/123?foo=1` }));
    expect(res.status).toBe(302);
    expect(res.headers?.['location']).toBe('https://admin.shopify.com/store/test-shop/orders/123?foo=1');
  });
});
