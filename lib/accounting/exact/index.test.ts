import { beforeEach, describe, expect, it } from 'vitest';
import { exactAccounting } from './index';
import { FAKE_DIVISION, createFakeExact, records, type FakeExact } from './test-support/fake-exact';
import { CONNECTION_ID, connectFake, exactProfile, freshDb } from './test-support/setup';

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
  fake.data['vat/VATCodes'] = Array.from({ length: 12 }, (_, i) => records.vat(`V${i}`));
  fake.data['financial/GLAccounts'] = Array.from({ length: 130 }, (_, i) => records.gl(String(1000 + i)));
  fake.data['inventory/Warehouses'] = [records.warehouse('1', 1)];
  fake.data['logistics/Items'] = [records.item('A-1'), records.item('B-2'), records.item('VERZEND', false)];
  fake.data['inventory/ItemWarehouses'] = [records.itemWarehouse('A-1', '1')];
  fake.data['salesorder/SalesOrders'] = [records.salesOrder('1001', 1, '2024-05-10T00:00:00Z', 121)];
});

/** The reads of one Handel diagnosis, in the two parallel rounds lib/diagnosis/gather.ts makes. */
async function diagnose() {
  // A Date clock, as the background passes it.
  const client = exactAccounting.createClient(exactProfile(), CONNECTION_ID, fake.http, () => new Date(fake.clock.now));
  await Promise.all([client.probe(), client.vatCodes(['V1', 'V2']), client.glAccounts(['1000', '1129']), client.warehouses({ main: true })]);
  const codes = ['A-1', 'B-2', 'VERZEND'];
  await Promise.all([client.documentsByReference('sales-order', '1001'), client.itemsByCodes(codes), client.itemWarehouses(codes)]);
}

describe('exactAccounting', () => {
  it('one diagnosis: 7 calls cold (2 of 130 GL accounts asked: 1 page), 4 warm', async () => {
    await diagnose();
    expect(fake.apiRequests()).toHaveLength(7);
    const before = fake.apiRequests().length;
    fake.advance(60_000);
    await diagnose();
    expect(fake.apiRequests().length - before).toBe(4);
    expect(fake.tokenRequests()).toHaveLength(0);
  });

  it('parallel reads after expiry share one refresh', async () => {
    fake.advance(3_600_000);
    await diagnose();
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it('reports the budget for the popup', async () => {
    const profile = exactProfile();
    expect(await exactAccounting.budget(profile, () => fake.clock.now)).toBeNull();
    await diagnose();
    expect(await exactAccounting.budget(profile, () => fake.clock.now)).toMatchObject({ limit: 5000, remaining: 4993, low: false });
    expect(await exactAccounting.budget(exactProfile(null))).toBeNull();
  });

  it('invalidates the cache for a "refresh now"', async () => {
    await diagnose();
    await exactAccounting.invalidateMasterData(exactProfile(FAKE_DIVISION));
    const before = fake.apiRequests().length;
    await diagnose();
    expect(fake.apiRequests().length - before).toBe(7);
  });
});
