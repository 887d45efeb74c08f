import { describe, expect, it } from 'vitest';
import { shopifyApiHost } from './api/api-host';
import { compileOrderQuery } from './api/order-search';
import { NOW, at, graphqlRequest, testWorld } from './test-support';

const names = (body: unknown): unknown =>
  (at(body, 'data', 'orders', 'nodes') as { name: string }[] | undefined)?.map((n) => n.name);

describe('orders connection paging', () => {
  const host = shopifyApiHost(testWorld(), { now: () => NOW });
  const page = async (args: string): Promise<unknown> =>
    (await host.handle(graphqlRequest(`{ orders(${args}) { nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`))).body;

  it('pages forward with after: endCursor, sorted by CREATED_AT', async () => {
    const first = await page('first: 2, sortKey: CREATED_AT');
    expect(names(first)).toEqual(['#1005', '#1004']);
    expect(at(first, 'data', 'orders', 'pageInfo', 'hasNextPage')).toBe(true);
    const cursor = String(at(first, 'data', 'orders', 'pageInfo', 'endCursor'));
    const second = await page(`first: 2, sortKey: CREATED_AT, after: "${cursor}"`);
    expect(names(second)).toEqual(['#1003', '#1002']);
    expect(at(second, 'data', 'orders', 'pageInfo', 'hasPreviousPage')).toBe(true);
  });

  it('supports reverse, last/before, and rejects bad arguments', async () => {
    expect(names(await page('first: 3, sortKey: CREATED_AT, reverse: true'))).toEqual(['#1001', '#1002', '#1003']);
    expect(names(await page('last: 2, sortKey: ORDER_NUMBER'))).toEqual(['#1004', '#1005']);
    expect(at(await page('sortKey: ID'), 'errors', 0, 'message')).toBe('you must provide one of first or last');
    expect(at(await page('first: 251'), 'errors', 0, 'message')).toMatch(/at most 250/);
    expect(at(await page('first: 1, after: "bm9wZQ=="'), 'errors', 0, 'message')).toMatch(/Invalid cursor/);
  });

  it('filters with the search syntax', async () => {
    const cutoff = new Date(NOW - 3 * 86_400_000).toISOString();
    expect(names(await page(`first: 10, sortKey: ORDER_NUMBER, query: "created_at:>='${cutoff}'"`))).toEqual(['#1001', '#1002', '#1003']);
  });
});

describe('order search syntax', () => {
  const orders = testWorld(true).stores[0]?.orders ?? [];
  const match = (q: string): string[] => orders.filter(compileOrderQuery(q)).map((o) => o.name);

  it('matches names with or without #', () => {
    expect(match('name:#1002')).toEqual(['#1002']);
    expect(match('name:1002')).toEqual(['#1002']);
  });

  it('combines date ranges with spaces or AND, OR groups and negation', () => {
    const day = (n: number): string => new Date(NOW - n * 86_400_000).toISOString().slice(0, 10);
    expect(match(`created_at:>=${day(3)} created_at:<${day(1)}`)).toEqual(['#1002', '#1003']);
    expect(match(`created_at:>=${day(3)} AND created_at:<${day(1)}`)).toEqual(['#1002', '#1003']);
    expect(match('name:#1001 OR name:#990')).toEqual(['#1001', '#990']);
    expect(match(`created_at:>=${day(3)} -name:1002`)).toEqual(['#1001', '#1003']);
  });

  it('ignores unknown fields and matches everything for an empty query', () => {
    expect(match('')).toHaveLength(6);
    expect(match('tag:wholesale name:#1004')).toEqual(['#1004']);
  });
});
