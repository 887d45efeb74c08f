import type { SandboxRequest } from '../core/types';
import { PRODUCTS } from '../scenarios/build/catalogue';
import { shopifyOrder } from '../scenarios/build/shopify-order';
import type { ShopifyWorld } from './world';

/** Helpers for this folder's tests: synthetic requests and a small world (no server needed). */
export const TEST_TOKEN = 'shpat_test_token';
export const TEST_HOST = 'test-shop.myshopify.com';
export const DAY = 86_400_000;
export const NOW = Date.parse('2025-06-30T12:00:00Z');

export function sandboxRequest(init: { method?: string; url: string; headers?: Record<string, string>; body?: string }): SandboxRequest {
  const url = new URL(init.url);
  return {
    method: init.method ?? 'GET',
    host: url.hostname.toLowerCase(),
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: { ...(init.headers ?? {}) },
    body: init.body ?? '',
  };
}

export function graphqlRequest(
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string | null; version?: string; host?: string } = {},
): SandboxRequest {
  const token = opts.token === undefined ? TEST_TOKEN : opts.token;
  return sandboxRequest({
    method: 'POST',
    url: `https://${opts.host ?? TEST_HOST}/admin/api/${opts.version ?? '2025-01'}/graphql.json`,
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-shopify-access-token': token }) },
    body: JSON.stringify({ query, variables }),
  });
}

const iso = (daysBefore: number): string => new Date(NOW - daysBefore * DAY).toISOString();

/** Five orders #1001…#1005, one day apart (1001 newest), plus #990 from 90 days ago. */
export function testWorld(readAllOrders = false): ShopifyWorld {
  const { tshirt, mug, cookbook } = PRODUCTS;
  const orders = [1001, 1002, 1003, 1004, 1005].map((n, i) =>
    shopifyOrder({ number: n, createdAt: iso(i + 1), lines: [{ product: tshirt, quantity: 2 }, { product: mug }] }));
  orders.push(shopifyOrder({ number: 990, createdAt: iso(90), lines: [{ product: cookbook }] }));
  return { stores: [{ handle: 'test-shop', name: 'Test Shop', accessTokens: [TEST_TOKEN], readAllOrders, orders }] };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks a JSON body by keys and indexes, for assertions. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof key === 'number') v = Array.isArray(v) ? v[key] : undefined;
    else v = isRecord(v) ? v[key] : undefined;
  }
  return v;
}
