/**
 * A small Exact-only world and helpers for the sandbox's own tests (no Shopify hosts involved).
 */
import { launchSandbox } from '../core/sandbox';
import type { Sandbox } from '../core/sandbox-types';
import { sandboxClient, type SandboxClient } from '../core/test-client';
import type { Scenario } from '../scenarios/types';
import type { TokenSet } from './token-store';
import type { ExactWorld } from './world';

export const HOST = 'start.exactonline.nl';
export const BASE = `https://${HOST}`;
export const DIVISION = 4133185;
export const OTHER_DIVISION = 999;
export const APP = { clientId: '5b1b5a8e-0000-4000-8000-00000000c11e', clientSecret: 'test-secret', name: 'import-doctor' };
export const REDIRECT_URI = 'https://abcdefghijklmnop.chromiumapp.org/';
export const JSON_HEADERS = { accept: 'application/json' };

export const guid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function testWorld(options: { salesOrders?: number; dailyLimit?: number; minutelyLimit?: number } = {}): ExactWorld {
  const orderCount = options.salesOrders ?? 3;
  return {
    host: HOST,
    apps: [APP],
    users: [{ userId: guid(9001), fullName: 'Anna de Vries', email: 'anna@example.nl', currentDivision: DIVISION, divisions: [DIVISION] }],
    dailyLimit: options.dailyLimit ?? 5000,
    minutelyLimit: options.minutelyLimit ?? 60,
    divisions: [
      {
        division: DIVISION,
        name: 'Demo Handel B.V.',
        vatCodes: [
          { ID: guid(101), Code: '2', Description: 'VAT 21%', IsBlocked: false, Percentage: 0.21, Type: 'I' },
          { ID: guid(102), Code: 'VEX', Description: 'Export', IsBlocked: true, Percentage: 0, Type: 'E' },
        ],
        glAccounts: [{ ID: guid(201), Code: '8000', Description: 'Revenue', IsBlocked: false, Type: 110 }],
        warehouses: [{ ID: guid(301), Code: '1', Description: 'Main', Main: 1 }],
        items: [
          { ID: guid(401), Code: 'SHIRT-RED-M', Description: "Shirt 'red' M", StartDate: '2020-01-01T00:00:00Z', EndDate: null, IsStockItem: true, IsSalesItem: true },
          { ID: guid(402), Code: 'MUG-2019', Description: 'Mug', StartDate: null, EndDate: '2024-06-01T00:00:00Z', IsStockItem: false, IsSalesItem: true },
        ],
        itemWarehouses: [{ ID: guid(501), Item: guid(401), ItemCode: 'SHIRT-RED-M', Warehouse: guid(301), WarehouseCode: '1' }],
        salesOrders: Array.from({ length: orderCount }, (_, i) => ({
          OrderID: guid(1000 + i),
          OrderNumber: 5000 + i,
          YourRef: String(1000 + i),
          OrderDate: new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString(),
          AmountDC: 10 + i,
          OrderedByName: `Customer ${i}`,
          Status: 12,
        })),
        salesInvoices: [],
        salesEntries: [],
      },
    ],
  };
}

export function exactOnlyScenario(world: ExactWorld = testWorld()): Scenario {
  return { name: 'exact-only', description: 'Exact Online alone', exact: world, shopify: { stores: [] }, connections: [], expectations: [] };
}

/** A controllable clock for token and rate-limit tests. */
export function fakeClock(start = Date.UTC(2025, 5, 1, 10, 0, 0)): { now: () => number; advance(ms: number): void } {
  let current = start;
  return { now: () => current, advance: (ms) => void (current += ms) };
}

export async function startExactSandbox(
  options: { world?: ExactWorld; now?: () => number } = {},
): Promise<{ sandbox: Sandbox; client: SandboxClient }> {
  const scenario = exactOnlyScenario(options.world ?? testWorld());
  const sandbox = await launchSandbox(
    { scenario, ...(options.now ? { now: options.now } : {}) },
    { shopHosts: () => [], scenarios: { 'exact-only': () => exactOnlyScenario(), 'exact-big': () => exactOnlyScenario(testWorld({ salesOrders: 130 })) } },
  );
  return { sandbox, client: sandboxClient(sandbox.port) };
}

/** The whole OAuth dance in auto-consent mode: authorize → code → tokens. */
export async function connect(client: SandboxClient): Promise<TokenSet> {
  const auth = new URL(`${BASE}/api/oauth2/auth`);
  auth.search = new URLSearchParams({ client_id: APP.clientId, redirect_uri: REDIRECT_URI, response_type: 'code', state: 's1', force_login: '0' }).toString();
  const redirect = await client.get(auth.toString());
  const code = new URL(redirect.headers.location ?? '').searchParams.get('code') ?? '';
  const response = await client.post(`${BASE}/api/oauth2/token`, new URLSearchParams({
    grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: APP.clientId, client_secret: APP.clientSecret,
  }));
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${response.text}`);
  return response.json<TokenSet>();
}

export const bearer = (tokens: TokenSet): Record<string, string> => ({ ...JSON_HEADERS, authorization: `Bearer ${tokens.access_token}` });
