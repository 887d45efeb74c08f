import { PRODUCTS } from '../scenarios/build/catalogue';
import { WOO_TAX_RATES, wooOrder } from '../scenarios/build/woocommerce-order';
import type { WooKey, WooWorld } from './world';

/** A small world for this folder's tests: a root site (posts storage) and an HPOS site in a subfolder. */
export const HOST = 'shop.example.test';
export const ROOT_KEY: WooKey = { consumerKey: `ck_${'1'.repeat(40)}`, consumerSecret: `cs_${'2'.repeat(40)}`, permissions: 'read' };
export const SUB_KEY: WooKey = { consumerKey: `ck_${'3'.repeat(40)}`, consumerSecret: `cs_${'4'.repeat(40)}`, permissions: 'read_write' };
export const WRITE_ONLY_KEY: WooKey = { consumerKey: `ck_${'5'.repeat(40)}`, consumerSecret: `cs_${'6'.repeat(40)}`, permissions: 'write' };
export const CUSTOMER_KEY: WooKey = { consumerKey: `ck_${'7'.repeat(40)}`, consumerSecret: `cs_${'8'.repeat(40)}`, permissions: 'read', userCanReadOrders: false };
export const NOW = Date.parse('2025-06-30T12:00:00Z');
const DAY = 86_400_000;
const iso = (daysBefore: number, hourUtc = 10): string => new Date(NOW - daysBefore * DAY + (hourUtc - 12) * 3_600_000).toISOString();

export function testWorld(): WooWorld {
  const { tshirt, mug, cookbook } = PRODUCTS;
  const rootOrders = [1, 2, 3, 4, 5].map((n) =>
    wooOrder({ id: 700 + n, createdAt: iso(n), lines: [{ product: tshirt, quantity: 2 }, { product: mug }], status: n === 5 ? 'trash' : 'processing' }),
  );
  rootOrders.push(wooOrder({ id: 720, createdAt: iso(10), status: 'on-hold', lines: [{ product: cookbook }], shipping: '0.00', country: '' }));
  return {
    sites: [
      { host: HOST, path: '', name: 'Root <Shop>', storage: 'posts', timeZone: 'Europe/Amsterdam', keys: [ROOT_KEY, WRITE_ONLY_KEY, CUSTOMER_KEY], taxRates: WOO_TAX_RATES, orders: rootOrders },
      {
        host: HOST,
        path: '/winkel',
        name: 'Winkel',
        storage: 'hpos',
        keys: [SUB_KEY],
        taxRates: WOO_TAX_RATES,
        orders: [wooOrder({ id: 9001, number: 'W-1', createdAt: iso(2), status: 'awaiting-<b>pickup</b>', lines: [{ product: mug, quantity: 3 }] })],
      },
    ],
  };
}
