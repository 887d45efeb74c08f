import { describe, expect, it, vi } from 'vitest';
import type { AccountingClient } from '../accounting/types';
import { document, glAccounts, itemWarehouses, items, order, profile, vatCodes, warehouses } from '../checks/test-support/context-builder';
import type { ConnectorSettings } from '../model/connection';
import { ApiError } from '../net/errors';
import type { ShopAdapter, ShopClient } from '../shops/types';
import { gatherContext } from './gather';

/** Which Exact calls a diagnosis makes, and what check 2 learns from them. */
const refused = () => new ApiError({ kind: 'unauthorized', side: 'accounting', call: 'Exact', httpStatus: 401, detail: 'invalid_grant' });

function accounting(patch: Partial<AccountingClient> = {}) {
  const client: AccountingClient = {
    probe: vi.fn(async () => undefined),
    vatCodes: async () => vatCodes(),
    glAccounts: async () => glAccounts(),
    warehouses: async () => warehouses(),
    documentsByReference: vi.fn(async () => [document()]),
    itemsByCodes: vi.fn(async () => items()),
    itemWarehouses: vi.fn(async () => itemWarehouses()),
    ...patch,
  };
  return client;
}

const adapter = {
  platform: 'woocommerce',
  displayName: 'WooCommerce',
  keyIsConnectorKey: true,
  assessStatus: () => ({ raw: 'processing', threshold: 'processing', outcome: 'reached' as const }),
} as unknown as ShopAdapter;

const shopAnswering = (fail = false): ShopClient => ({
  getOrder: async () => {
    if (fail) throw new ApiError({ kind: 'timeout', side: 'shop', call: 'order', httpStatus: null, detail: '' });
    return order();
  },
  probeCredentials: async () => undefined,
});

const gather = (client: AccountingClient, connector: Partial<ConnectorSettings> = {}, shopFails = false) =>
  gatherContext({
    profile: profile({}, connector),
    adapter,
    shop: shopAnswering(shopFails),
    accounting: client,
    orderId: '1001',
    pageOrigin: 'https://shop.example.nl',
    now: () => new Date('2024-05-12T10:00:00Z'),
  });

describe('gatherContext and the Exact credential proof', () => {
  it('needs no probe when round 2 asks Exact anyway: its answers prove the connection', async () => {
    const client = accounting();
    const context = await gather(client);
    expect(client.probe).not.toHaveBeenCalled();
    expect(client.documentsByReference).toHaveBeenCalledTimes(1);
    expect(context.accountingCredentials).toEqual({ ok: true, value: true });
  });

  it('probes when round 2 asks Exact nothing: the order could not be read', async () => {
    const client = accounting({ probe: vi.fn(async () => Promise.reject(refused())) });
    const context = await gather(client, {}, true);
    expect(client.probe).toHaveBeenCalledTimes(1);
    expect(context.accountingCredentials).toMatchObject({ ok: false, failure: { kind: 'unauthorized' } });
  });

  it('probes when the settings need no Exact reads (Boekhouden, duplicate check off)', async () => {
    const client = accounting();
    await gather(client, { edition: 'boekhouden', duplicateCheck: false });
    expect(client.probe).toHaveBeenCalledTimes(1);
  });

  it('a refusal in round 2 disproves the connection', async () => {
    const client = accounting({ itemsByCodes: vi.fn(async () => Promise.reject(refused())) });
    const context = await gather(client);
    expect(context.accountingCredentials).toMatchObject({ ok: false, failure: { kind: 'unauthorized', httpStatus: 401 } });
  });

  it('one round-2 read timing out leaves the proof to the others', async () => {
    const timeout = new ApiError({ kind: 'timeout', side: 'accounting', call: 'Exact items', httpStatus: null, detail: '' });
    const context = await gather(accounting({ itemsByCodes: vi.fn(async () => Promise.reject(timeout)) }));
    expect(context.accountingCredentials).toEqual({ ok: true, value: true });
    expect(context.items).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });
});
