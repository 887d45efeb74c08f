import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../storage/db';
import { MASTER_DATA_TTL_MS, invalidateMasterData, masterDataKey, refreshMasterData } from './master-data';
import { FAKE_DIVISION, FAKE_HOST, createFakeExact, records, type FakeExact } from './test-support/fake-exact';
import { CONNECTION_ID, clientFor, connectFake, freshDb, saveFakeProfile } from './test-support/setup';

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
  fake.data['vat/VATCodes'] = [records.vat('VH'), records.vat('VL', 0.09)];
  fake.data['financial/GLAccounts'] = [records.gl('8000'), records.gl('8300', true)];
  fake.data['inventory/Warehouses'] = [records.warehouse('1', 1)];
});

/** What the fake profile's mapping names (setup.ts): VH, VL, … and 8000, 8300, …; warehouse module off. */
const VAT = ['VH', 'VL', 'V0', 'EU', 'EX'];
const GL = ['8000', '8100', '8200', '8300'];

async function readAll(client: ReturnType<typeof clientFor>) {
  return Promise.all([client.vatCodes(VAT), client.glAccounts(GL), client.warehouses({ main: true })]);
}

describe('master-data cache', () => {
  it('a warm cache makes zero requests', async () => {
    const client = clientFor(fake);
    const cold = await readAll(client);
    expect(fake.apiRequests()).toHaveLength(3);
    fake.advance(MASTER_DATA_TTL_MS - 1);
    const warm = await readAll(clientFor(fake));
    expect(warm).toEqual(cold);
    expect(fake.requests).toHaveLength(3);
  });

  it('refetches after the TTL', async () => {
    await readAll(clientFor(fake));
    fake.data['vat/VATCodes'] = [records.vat('VH', 0.21, true)];
    fake.advance(MASTER_DATA_TTL_MS);
    await connectFake(fake);
    const [vat] = await readAll(clientFor(fake));
    expect(vat).toEqual([{ code: 'VH', description: 'VAT VH', blocked: true, percentage: 21 }]);
    expect(fake.apiRequests()).toHaveLength(6);
  });

  it('treats an unparsable row as a miss', async () => {
    const key = masterDataKey(FAKE_HOST, FAKE_DIVISION, 'vat-codes', 'VH,VL');
    await db().cache.put({ key, value: [{ code: 5 }], fetchedAt: fake.clock.now, expiresAt: fake.clock.now + MASTER_DATA_TTL_MS });
    expect(await clientFor(fake).vatCodes(['vl', 'VH'])).toHaveLength(2);
    expect(fake.apiRequests()).toHaveLength(1);
    const row = await db().cache.get(key);
    expect(row?.value).toHaveLength(2);
  });

  it('keys the cache by host, division and the codes asked, so another mapping is a miss', async () => {
    await clientFor(fake).vatCodes(['VL', 'vh']);
    expect(await db().cache.get(`exact:${FAKE_HOST}:${FAKE_DIVISION}:vat-codes:VH,VL`)).toBeDefined();
    expect(await clientFor(fake).vatCodes(['VH'])).toEqual([expect.objectContaining({ code: 'VH' })]);
    expect(fake.apiRequests()).toHaveLength(2);
    await clientFor(fake).vatCodes(['vh', 'VL']);
    expect(fake.apiRequests()).toHaveLength(2);
  });

  it('invalidate drops the rows, so the next read fetches', async () => {
    await readAll(clientFor(fake));
    await invalidateMasterData(FAKE_HOST, FAKE_DIVISION);
    await readAll(clientFor(fake));
    expect(fake.apiRequests()).toHaveLength(6);
  });

  it('refreshMasterData refetches what the connection\'s mapping needs', async () => {
    await saveFakeProfile();
    await readAll(clientFor(fake));
    fake.data['inventory/Warehouses'] = [records.warehouse('1', 0), records.warehouse('2', 1)];
    const fresh = await refreshMasterData(CONNECTION_ID, { http: fake.http, now: () => fake.clock.now });
    expect(fresh.warehouses).toEqual([expect.objectContaining({ code: '2', main: true })]);
    expect(fresh.glAccounts.map((gl) => gl.code)).toEqual(['8000', '8300']);
    expect(fake.apiRequests()).toHaveLength(6);
    // …and the cache now holds the new lists.
    expect(await clientFor(fake).warehouses({ main: true })).toEqual(fresh.warehouses);
    expect(fake.apiRequests()).toHaveLength(6);
  });

  it('refreshMasterData for an unknown connection says not-connected', async () => {
    const error: unknown = await refreshMasterData('nope', { http: fake.http }).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: { kind: 'not-connected' } });
  });
});
