import { describe, expect, it } from 'vitest';
import type { AccountingClient } from '../../accounting/types';
import { runChecks } from '../../checks';
import { glAccounts, vatCodes, warehouses } from '../../checks/test-support/context-builder';
import type { CheckResult } from '../../checks/types';
import { gatherContext } from '../../diagnosis/gather';
import { createBolClient } from './client';
import { fakeBol, type FakeBolOptions } from './fake-bol';
import { bolItem, bolOrderJson, bolProfile, CREDENTIALS, ORDER_ID } from './fixtures';
import { bolAdapter, BolCredentialsSchema } from './index';
import { bolPage } from './page';
import { createBolTokenCache, memoryTokenStore } from './token';

describe('bolAdapter', () => {
  it('is the Bol.com platform, its page, one status threshold, the connector\'s own key', () => {
    expect(bolAdapter.platform).toBe('bol');
    expect(bolAdapter.displayName).toBe('Bol.com');
    expect(bolAdapter.page).toMatchObject({ platform: 'bol', matches: bolPage.matches, orderIdFromUrl: bolPage.orderIdFromUrl });
    expect(bolAdapter.statusThresholds).toEqual(['paid']);
    expect(bolAdapter.keyIsConnectorKey).toBe(true);
  });

  it('takes {clientId, clientSecret}, trimmed and bounded', () => {
    expect(BolCredentialsSchema.parse({ clientId: ' id ', clientSecret: ' s ' })).toEqual({ clientId: 'id', clientSecret: 's' });
    expect(BolCredentialsSchema.safeParse({ clientId: '', clientSecret: 's' }).success).toBe(false);
    expect(BolCredentialsSchema.safeParse({ clientId: 'id' }).success).toBe(false);
    expect(BolCredentialsSchema.safeParse({ clientId: 'id', clientSecret: 'x'.repeat(501) }).success).toBe(false);
  });

  it('owns every seller-dashboard page for a Bol.com connection (bol.com has no shop URL)', () => {
    const bol = bolProfile();
    expect(bolAdapter.ownsPage(bol, new URL(`https://partner.bol.com/sdd/orders/${ORDER_ID}`))).toBe(true);
    expect(bolAdapter.ownsPage(bol, new URL('https://partner.bol.com/sdd/dashboard'))).toBe(true);
    expect(bolAdapter.ownsPage(bol, new URL(`https://partner.bol.com.evil.test/sdd/orders/${ORDER_ID}`))).toBe(false);
    expect(bolAdapter.ownsPage({ ...bol, platform: 'shopify' }, new URL(`https://partner.bol.com/sdd/orders/${ORDER_ID}`))).toBe(false);
  });

  it('links an order to its seller-dashboard page', () => {
    expect(bolAdapter.orderPageUrl(bolProfile(), ORDER_ID)).toBe(`https://partner.bol.com/sdd/orders/${ORDER_ID}`);
  });
});

/** Exact as healthy as can be: every code asked for exists, stock items sit in the main warehouse. */
const healthyExact: AccountingClient = {
  probe: () => Promise.resolve(),
  vatCodes: () => Promise.resolve(vatCodes()),
  glAccounts: () => Promise.resolve(glAccounts()),
  warehouses: () => Promise.resolve(warehouses()),
  documentsByReference: () => Promise.resolve([]),
  itemsByCodes: (codes) => Promise.resolve(codes.map((code) => ({ code, description: code, startDate: null, endDate: null, isStockItem: true }))),
  itemWarehouses: (codes) => Promise.resolve(codes.map((itemCode) => ({ itemCode, warehouseCode: '1' }))),
};

/** One diagnosis through the real pieces: the Bol.com client on a fake bol, gather, the eight checks. */
async function diagnose(options: FakeBolOptions = {}): Promise<CheckResult[]> {
  const fake = fakeBol(options);
  const profile = bolProfile();
  const shop = createBolClient(profile, CREDENTIALS, fake.http, { tokens: createBolTokenCache({ store: memoryTokenStore() }) });
  const context = await gatherContext({
    profile,
    adapter: bolAdapter,
    shop,
    accounting: healthyExact,
    orderId: ORDER_ID,
    pageOrigin: 'https://partner.bol.com',
    now: () => new Date('2024-06-21T08:00:00Z'),
  });
  return runChecks(context);
}

const outcomes = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.id, r.outcome]));
const answer = (json: Record<string, unknown>) => ({ api: () => ({ body: json }) });

describe('Bol.com through the check engine', () => {
  it('a healthy bol order passes every check; check 2 is the credential test alone', async () => {
    const results = await diagnose();
    expect(outcomes(results)).toEqual({ 1: 'pass', 2: 'pass', 3: 'pass', 4: 'pass', 5: 'pass', 6: 'pass', 7: 'pass', 8: 'pass' });
    expect(results[1]?.summary.key).toBe('check.2.pass.credentials-only');
  });

  it('check 6 fails on a malformed answer without any country (bol always sends one otherwise)', async () => {
    const malformed = bolOrderJson({ shipmentDetails: { firstName: 'Klant', city: 'Utrecht' }, billingDetails: null });
    const results = await diagnose(answer(malformed));
    const six = results.find((r) => r.id === 6);
    expect(six?.outcome).toBe('fail');
    expect(six?.summary.key).toBe('check.6.fail.no-country');
    expect(six?.fix?.key).toBe('check.6.fix.no-country');
    expect(outcomes(results)).toMatchObject({ 1: 'pass', 2: 'pass', 3: 'pass', 5: 'pass', 7: 'pass', 8: 'pass' });
  });

  it('check 3 fails a fully cancelled order with the cancelled text; a partly cancelled one passes', async () => {
    const cancelled = await diagnose(answer(bolOrderJson({}, [bolItem({ quantityCancelled: 2 })])));
    const three = cancelled.find((r) => r.id === 3);
    expect(three?.outcome).toBe('fail');
    expect(three?.summary).toEqual({ key: 'check.3.fail.cancelled', params: { status: 'CANCELLED' } });
    const partly = await diagnose(answer(bolOrderJson({}, [bolItem({ quantityCancelled: 1 }), bolItem({ orderItemId: '2', quantity: 1, quantityCancelled: 1 })])));
    expect(partly.find((r) => r.id === 3)?.outcome).toBe('pass');
  });

  it('a 401 from bol.com (after one fresh token) makes check 2 fail naming Bol.com, the connector\'s key', async () => {
    const results = await diagnose({
      api: () => ({ status: 401, body: { type: 'https://api.bol.com/problems', title: 'Unauthorized', status: 401, detail: 'Invalid token' } }),
    });
    const two = results.find((r) => r.id === 2);
    expect(two?.outcome).toBe('fail');
    expect(two?.summary).toEqual({ key: 'check.2.fail.shop-refused', params: { side: 'Bol.com' } });
    expect(two?.fix?.key).toBe('check.2.fix.shop-refused-connector-key');
    expect(two?.failure).toMatchObject({ kind: 'unauthorized', side: 'shop', httpStatus: 401 });
  });

  it('refused client credentials at login.bol.com fail check 2 the same way', async () => {
    const results = await diagnose({ credentials: { clientId: 'other', clientSecret: 'other' } });
    expect(results.find((r) => r.id === 2)?.summary).toEqual({ key: 'check.2.fail.shop-refused', params: { side: 'Bol.com' } });
  });
});
