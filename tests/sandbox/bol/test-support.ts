import type { SandboxRequest, SandboxResponse } from '../core/types';
import { PRODUCTS } from '../scenarios/build/catalogue';
import { bolOrder, bolOrderId } from '../scenarios/build/bol-order';
import { sandboxRequest } from '../shopify/test-support';
import { createBolHosts } from './hosts';
import type { BolWorld } from './world';

/** Helpers for this folder's tests: a small bol world and synthetic requests (no server needed). */
export { sandboxRequest };
export const NOW = Date.parse('2025-06-30T12:00:00Z');
export const DAY = 86_400_000;
export const CLIENT = { clientId: 'test-client-id', clientSecret: 'test-client-secret' };
export const MEDIA = 'application/vnd.retailer.v10+json';

const iso = (daysBefore: number): string => new Date(NOW - daysBefore * DAY).toISOString();

/** Orders 1…5 (1 newest, one day apart): 4 shipped, 5 fully cancelled; plus one FBB order. */
export function testWorld(): BolWorld {
  const { tshirt, mug } = PRODUCTS;
  const orders = [1, 2, 3, 4, 5].map((n) =>
    bolOrder({
      number: n,
      placedAt: iso(n),
      lines: [{ product: tshirt, quantity: 2, shipped: n === 4 ? 2 : 0, cancelled: n === 5 ? 2 : 0 }, { product: mug, shipped: n === 4 ? 1 : 0, cancelled: n === 5 ? 1 : 0 }],
    }),
  );
  orders.push(bolOrder({ number: 6, placedAt: iso(6), lines: [{ product: mug, method: 'FBB' }] }));
  return {
    accounts: [
      { retailerId: '111', name: 'Test Retailer', credentials: [{ ...CLIENT }], orders },
      { retailerId: '222', name: 'Other Retailer', credentials: [{ clientId: 'other-id', clientSecret: 'other-secret' }], orders: [bolOrder({ number: 99, placedAt: iso(1), lines: [{ product: tshirt }] })] },
    ],
  };
}

export const id = bolOrderId;

export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** The three hosts on a settable clock, with helpers to get a token and call the API. */
export function bolTestHosts(world: BolWorld = testWorld()) {
  const clock = { now: NOW };
  const { hosts, control } = createBolHosts(world, { now: () => clock.now });
  const [login, api, partner] = hosts;
  if (!login || !api || !partner) throw new Error('bol hosts missing');
  const run = async (host: typeof login, req: SandboxRequest): Promise<SandboxResponse> => host.handle(req);
  const token = async (credentials = CLIENT): Promise<string> => {
    const res = await run(login, sandboxRequest({ method: 'POST', url: 'https://login.bol.com/token?grant_type=client_credentials', headers: { authorization: basic(credentials.clientId, credentials.clientSecret), accept: 'application/json' } }));
    const body = res.body as { access_token?: string };
    if (!body.access_token) throw new Error(`no token: ${JSON.stringify(res.body)}`);
    return body.access_token;
  };
  const get = (path: string, bearer: string | null, accept: string | null = MEDIA): Promise<SandboxResponse> =>
    run(api, sandboxRequest({ url: `https://api.bol.com${path}`, headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(accept ? { accept } : {}) } }));
  return { clock, control, login, api, partner, run, token, get, world };
}
