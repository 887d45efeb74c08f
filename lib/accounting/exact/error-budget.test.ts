import { beforeEach, describe, expect, it } from 'vitest';
import { failureSentence } from '../../checks/support/from-failure';
import { translate } from '../../i18n/translate';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import { closedUntil, endpointOf, ERROR_WINDOW_MS, errorBudgetKey, EXACT_ERROR_LIMIT, recordAnswers, STOP_AT } from './error-budget';
import { FAKE_DIVISION, FAKE_HOST, createFakeExact, records, type FakeExact } from './test-support/fake-exact';
import { clientFor, connectFake, freshDb } from './test-support/setup';

let fake: FakeExact;

beforeEach(async () => {
  freshDb();
  fake = createFakeExact();
  await connectFake(fake);
  fake.data['vat/VATCodes'] = [records.vat('VH')];
  fake.data['financial/GLAccounts'] = [records.gl('8000')];
});

const forbidden = () =>
  new Response(JSON.stringify({ error: { code: '', message: { lang: '', value: 'Forbidden' } } }), { status: 403 });

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

const vatKey = errorBudgetKey(FAKE_HOST, FAKE_DIVISION, 'vat/VATCodes');

describe('Exact error budget', () => {
  it('names the endpoint of a URL as Exact counts it', () => {
    expect(endpointOf(`https://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/vat/VATCodes?$select=Code`)).toBe('vat/VATCodes');
    expect(endpointOf(`https://${FAKE_HOST}/api/v1/current/Me?$select=CurrentDivision`)).toBe('current/Me');
    expect(endpointOf(`https://${FAKE_HOST}/api/v1/${FAKE_DIVISION}/bulk/SalesOrder/SalesOrders`)).toBe('bulk/SalesOrder/SalesOrders');
  });

  it(`stops asking a persistently refused endpoint after ${STOP_AT} errors in the hour, well before Exact's ${EXACT_ERROR_LIMIT}`, async () => {
    fake.intercept = (request) => (request.route === 'vat/VATCodes' ? forbidden() : undefined);
    const start = fake.clock.now;
    for (let i = 0; i < STOP_AT; i += 1) {
      expect((await failureOf(clientFor(fake).vatCodes(['VH']))).kind).toBe('forbidden');
      fake.advance(60_000);
    }
    const asked = fake.apiRequests().length;
    expect(asked).toBe(STOP_AT);
    // A new client (as after a worker restart) reads the stored budget and does not ask.
    const failure = await failureOf(clientFor(fake).vatCodes(['VH']));
    expect(failure).toMatchObject({ kind: 'error-budget', side: 'accounting', call: 'Exact GET vat/VATCodes', httpStatus: null });
    expect(failure.retryAt).toBe(new Date(start + ERROR_WINDOW_MS).toISOString());
    expect(fake.apiRequests()).toHaveLength(asked);
    // Other endpoints of the division are still asked.
    expect(await clientFor(fake).glAccounts(['8000'])).toHaveLength(1);
    // Once the oldest error leaves the hour, one more attempt is allowed.
    fake.advance(start + ERROR_WINDOW_MS - fake.clock.now);
    await connectFake(fake);
    expect((await failureOf(clientFor(fake).vatCodes(['VH']))).kind).toBe('forbidden');
  });

  it('counts 400, 401, 403 and 404 only', async () => {
    await recordAnswers(vatKey, [200, 429, 500, 503, 200], fake.clock.now);
    expect(await db().kv.get(vatKey)).toBeUndefined();
    await recordAnswers(vatKey, [400, 401, 403, 404, 404, 400, 403], fake.clock.now);
    expect(await closedUntil(vatKey, fake.clock.now)).toBeNull();
    await recordAnswers(vatKey, [401], fake.clock.now);
    expect(await closedUntil(vatKey, fake.clock.now)).toBe(fake.clock.now + ERROR_WINDOW_MS);
  });

  it('does not trust an unreadable or future record', async () => {
    await db().kv.put({ key: vatKey, value: { errors: 'lots' } });
    expect(await closedUntil(vatKey, fake.clock.now)).toBeNull();
    await db().kv.put({ key: vatKey, value: { errors: Array.from({ length: 20 }, () => fake.clock.now + 10 * ERROR_WINDOW_MS) } });
    expect(await closedUntil(vatKey, fake.clock.now)).toBeNull();
  });

  it('a 5xx that is retried is not an error Exact counts', async () => {
    let calls = 0;
    fake.intercept = (request) => {
      if (request.route !== 'vat/VATCodes') return undefined;
      calls += 1;
      return calls === 1 ? new Response('', { status: 503 }) : undefined;
    };
    expect(await clientFor(fake).vatCodes(['VH'])).toHaveLength(1);
    expect(await db().kv.get(vatKey)).toBeUndefined();
  });

  it('tells the merchant until when, in both languages', () => {
    const retryAt = new Date(Date.UTC(2026, 0, 5, 13, 7)).toISOString();
    const hhmm = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(retryAt));
    const message = failureSentence({ kind: 'error-budget', side: 'accounting', call: 'Exact GET vat/VATCodes', httpStatus: null, detail: '', retryAt }, 'shopify');
    expect(translate(message, 'en')).toBe(
      `Exact Online has refused this kind of request too often; import-doctor stops asking until ${hhmm}, so that Exact Online does not block it.`,
    );
    expect(translate(message, 'nl')).toContain(`vraagt het niet meer tot ${hhmm}`);
  });
});
