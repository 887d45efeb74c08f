import { describe, expect, it } from 'vitest';
import { shopifyOrderId } from '../scenarios/build/shopify-order';
import { shopifyApiHost } from './api/api-host';
import { DAY, NOW, at, graphqlRequest, testWorld } from './test-support';

const OLD = `gid://shopify/Order/${shopifyOrderId(990)}`; // placed 90 days before NOW

describe('the 60-day window without read_all_orders', () => {
  it('hides older orders: order → null and absent from orders', async () => {
    const host = shopifyApiHost(testWorld(false), { now: () => NOW });
    const one = await host.handle(graphqlRequest('query($id: ID!) { order(id: $id) { name } }', { id: OLD }));
    expect(one.body).toMatchObject({ data: { order: null } });
    expect(at(one.body, 'errors')).toBeUndefined();
    const list = await host.handle(graphqlRequest('{ orders(first: 50) { nodes { name } } }'));
    expect(at(list.body, 'data', 'orders', 'nodes')).toHaveLength(5);
    const byName = await host.handle(graphqlRequest('{ orders(first: 1, query: "name:#990") { nodes { name } } }'));
    expect(at(byName.body, 'data', 'orders', 'nodes')).toEqual([]);
  });

  it('shows them with read_all_orders', async () => {
    const host = shopifyApiHost(testWorld(true), { now: () => NOW });
    const one = await host.handle(graphqlRequest('query($id: ID!) { order(id: $id) { name } }', { id: OLD }));
    expect(one.body).toMatchObject({ data: { order: { name: '#990' } } });
    const scopes = await host.handle(graphqlRequest('{ currentAppInstallation { accessScopes { handle } } }'));
    expect(at(scopes.body, 'data', 'currentAppInstallation', 'accessScopes')).toEqual([{ handle: 'read_orders' }, { handle: 'read_all_orders' }]);
  });

  it('follows the injected clock', async () => {
    const justInside = shopifyApiHost(testWorld(false), { now: () => NOW - 31 * DAY }); // the order is 59 days old then
    const one = await justInside.handle(graphqlRequest('query($id: ID!) { order(id: $id) { name } }', { id: OLD }));
    expect(one.body).toMatchObject({ data: { order: { name: '#990' } } });
  });
});
