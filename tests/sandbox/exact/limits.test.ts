import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../core/sandbox-types';
import type { SandboxClient } from '../core/test-client';
import { ExactErrorBudget } from './error-budget';
import { BLOCK_FIRST_MS, BLOCK_STATUS, ERROR_BUDGET_LIMIT, ERROR_BUDGET_WINDOW_MS, MANDATORY_FILTERS_MASTER_DATA } from './facts';
import { APP, BASE, bearer, connect, DIVISION, fakeClock, guid, startExactSandbox, testWorld } from './test-fixtures';
import type { TokenSet } from './token-store';
import type { ExactWorld } from './world';

interface ExactErrorBody {
  error: { message: { value: string } };
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(world?: ExactWorld, now?: () => number): Promise<{ client: SandboxClient; tokens: TokenSet }> {
  const started = await startExactSandbox({ ...(world ? { world } : {}), ...(now ? { now } : {}) });
  sandbox = started.sandbox;
  return { client: started.client, tokens: await connect(started.client) };
}

const api = (path: string): string => `${BASE}/api/v1/${DIVISION}/${path}`;
const KEY = { clientId: 'app', userId: 'user', division: 1, endpoint: 'vat/VATCodes' };

describe('Exact error budget (unit)', () => {
  it('blocks a key once it has collected the limit of counted errors within the hour', () => {
    const clock = fakeClock();
    const budget = new ExactErrorBudget(clock.now);
    for (let i = 1; i < ERROR_BUDGET_LIMIT; i += 1) budget.record(KEY, 403);
    expect(budget.blockedUntil(KEY)).toBeNull();
    budget.record(KEY, 404);
    expect(budget.blockedUntil(KEY)).toBe(clock.now() + BLOCK_FIRST_MS);
    // Other endpoints, divisions and apps keep their own budget.
    expect(budget.blockedUntil({ ...KEY, endpoint: 'financial/GLAccounts' })).toBeNull();
    expect(budget.blockedUntil({ ...KEY, division: 2 })).toBeNull();
    clock.advance(BLOCK_FIRST_MS);
    expect(budget.blockedUntil(KEY)).toBeNull();
  });

  it('counts only 400, 401, 403 and 404, within a rolling hour', () => {
    const clock = fakeClock();
    const budget = new ExactErrorBudget(clock.now);
    for (const status of [200, 429, 500, 503]) for (let i = 0; i < 20; i += 1) budget.record(KEY, status);
    expect(budget.errorsInWindow(KEY)).toBe(0);
    for (let i = 1; i < ERROR_BUDGET_LIMIT; i += 1) budget.record(KEY, 400);
    clock.advance(ERROR_BUDGET_WINDOW_MS + 1);
    budget.record(KEY, 401);
    expect(budget.errorsInWindow(KEY)).toBe(1);
    expect(budget.blockedUntil(KEY)).toBeNull();
  });

  it('blocks longer when the key is blocked again', () => {
    const clock = fakeClock();
    const budget = new ExactErrorBudget(clock.now);
    for (let i = 0; i < ERROR_BUDGET_LIMIT; i += 1) budget.record(KEY, 403);
    clock.advance(BLOCK_FIRST_MS);
    for (let i = 0; i < ERROR_BUDGET_LIMIT; i += 1) budget.record(KEY, 403);
    expect((budget.blockedUntil(KEY) ?? 0) - clock.now()).toBeGreaterThan(BLOCK_FIRST_MS);
  });
});

describe('Exact error budget (host)', () => {
  it('answers the block after the limit of injected 403s on one endpoint, and only there', async () => {
    const clock = fakeClock();
    const { client, tokens } = await start(undefined, clock.now);
    sandbox?.faults.add({ host: 'start.exactonline.nl', path: `/api/v1/${DIVISION}/vat/VATCodes`, fault: { kind: 'status', status: 403 } });
    const url = api("vat/VATCodes?$select=Code&$filter=Code eq '2'");
    for (let i = 0; i < ERROR_BUDGET_LIMIT; i += 1) expect((await client.get(url, bearer(tokens))).status).toBe(403);
    expect(sandbox?.exact.errorsInWindow(APP.clientId, guid(9001), DIVISION, 'vat/VATCodes')).toBe(0);
    const blocked = await client.get(url, bearer(tokens));
    expect(blocked.status).toBe(BLOCK_STATUS);
    expect(blocked.json<ExactErrorBody>().error.message.value).toMatch(/blocked/);
    expect(Number(blocked.headers['retry-after'])).toBe(BLOCK_FIRST_MS / 1000);
    const other = await client.get(api("financial/GLAccounts?$select=Code&$filter=Code eq '8000'"), bearer(tokens));
    expect(other.status).toBe(200);
    sandbox?.exact.advanceClock(BLOCK_FIRST_MS);
    sandbox?.faults.clear();
    // The access token has expired meanwhile: connect again.
    expect((await client.get(url, bearer(await connect(client)))).status).toBe(200);
  });
});

describe('a division whose user may not read one endpoint', () => {
  it('answers 403 there, and blocks the endpoint after the limit of them', async () => {
    const world = testWorld();
    const division = world.divisions[0];
    if (!division) throw new Error('test world without a division');
    division.forbiddenEndpoints = ['vat/VATCodes'];
    const { client, tokens } = await start(world);
    const url = api("vat/VATCodes?$select=Code&$filter=Code eq '2'");
    const statuses: number[] = [];
    for (let i = 0; i <= ERROR_BUDGET_LIMIT; i += 1) statuses.push((await client.get(url, bearer(tokens))).status);
    expect(statuses).toEqual([...Array.from({ length: ERROR_BUDGET_LIMIT }, () => 403), BLOCK_STATUS]);
    expect((await client.get(api("financial/GLAccounts?$select=Code&$filter=Code eq '8000'"), bearer(tokens))).status).toBe(200);
  });
});

describe('Exact mandatory filtering', () => {
  it('refuses logistics/Items without a $filter on one of its fields, with Exact\'s 400', async () => {
    const { client, tokens } = await start();
    const refused = await client.get(api('logistics/Items?$select=Code'), bearer(tokens));
    expect(refused.status).toBe(400);
    expect(refused.json<ExactErrorBody>().error.message.value).toMatch(
      /^This endpoint has mandatory filtering applied\. A GET request for this endpoint must have a \$filter parameter with one of the following fields in the url:Barcode,/,
    );
    expect((await client.get(api("logistics/Items?$select=Code&$filter=Code eq 'MUG-2019'"), bearer(tokens))).status).toBe(200);
  });

  it('leaves master data open by default, and enforces it in a division that applies the rule', async () => {
    const open = await start();
    expect((await open.client.get(api('vat/VATCodes?$select=Code'), bearer(open.tokens))).status).toBe(200);
    await sandbox?.stop();

    const world = testWorld();
    const division = world.divisions[0];
    if (!division) throw new Error('test world without a division');
    division.mandatoryFilters = MANDATORY_FILTERS_MASTER_DATA;
    const { client, tokens } = await start(world);
    for (const path of ['vat/VATCodes', 'financial/GLAccounts', 'inventory/Warehouses', 'inventory/ItemWarehouses']) {
      expect((await client.get(api(`${path}?$select=ID`), bearer(tokens))).status).toBe(400);
    }
    // A filter on a listed field passes; a filter on another field does not.
    expect((await client.get(api("vat/VATCodes?$select=Code&$filter=Code eq '2'"), bearer(tokens))).status).toBe(200);
    expect((await client.get(api('inventory/Warehouses?$select=Code&$filter=Main eq 1'), bearer(tokens))).status).toBe(200);
    expect((await client.get(api('vat/VATCodes?$select=Code&$filter=IsBlocked eq false'), bearer(tokens))).status).toBe(400);
  });
});
