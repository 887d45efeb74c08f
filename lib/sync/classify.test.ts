import { describe, expect, it } from 'vitest';
import { ok } from '../model/fetched';
import type { Order } from '../model/order';
import { document, fail, glAccounts, itemWarehouses, items, line, order, profile, vatCodes, warehouses } from '../checks/test-support/context-builder';
import type { StatusAssessment } from '../checks/types';
import { classifyOrders, lastConnectorRun, type ClassifyInput } from './classify';

/** A WooCommerce-like adapter whose status rule is "processing or completed reached". */
const adapter: ClassifyInput['adapter'] = {
  platform: 'woocommerce',
  keyIsConnectorKey: true,
  orderPageUrl: (_profile, orderId) => `https://shop.example.nl/wp-admin/post.php?post=${orderId}&action=edit`,
  assessStatus: (o: Order, threshold: string): StatusAssessment => ({
    raw: o.status.raw,
    threshold,
    outcome: o.status.cancelled ? 'cancelled' : ['processing', 'completed'].includes(o.status.raw) ? 'reached' : 'not-reached',
  }),
};

function input(orders: Order[], patch: Partial<ClassifyInput> = {}): ClassifyInput {
  return {
    profile: profile(),
    adapter,
    orders,
    // The connector's last run: a document created on 11 May.
    documents: [document({ yourRef: '999', number: '1', createdAt: '2024-05-11T08:00:00Z' })],
    master: { vatCodes: ok(vatCodes()), glAccounts: ok(glAccounts()), warehouses: ok(warehouses()) },
    items: ok(items()),
    itemWarehouses: ok(itemWarehouses()),
    now: '2024-05-12T12:00:00+02:00',
    runId: 'run-1',
    ...patch,
  };
}

const classOf = (orders: Order[], patch: Partial<ClassifyInput> = {}) =>
  classifyOrders(input(orders, patch)).map((o) => ({ id: o.orderId, class: o.class, checkId: o.checkId }));

describe('classifyOrders', () => {
  it('an order with its own document is imported, naming the document, even with the duplicate check off', () => {
    const docs = [document({ yourRef: '1001', number: '20240012', createdAt: '2024-05-10T10:05:00Z' })];
    const [result] = classifyOrders(input([order()], { documents: docs, profile: profile({}, { duplicateCheck: false }) }));
    expect(result).toMatchObject({ class: 'imported', document: { type: 'sales-order', number: '20240012' } });
  });

  it('placed before the installation: before-install (check 1)', () => {
    expect(classOf([order({ createdAt: '2024-01-10T10:00:00+01:00' })])).toEqual([{ id: '1001', class: 'before-install', checkId: 1 }]);
  });

  it('status not reached yet: waiting; cancelled: missing with check 3', () => {
    const pending = order({ orderId: 'a', orderNumber: 'a', status: { raw: 'pending', cancelled: false } });
    const cancelled = order({ orderId: 'b', orderNumber: 'b', status: { raw: 'cancelled', cancelled: true } });
    expect(classOf([pending, cancelled])).toEqual([
      { id: 'a', class: 'waiting', checkId: 3 },
      { id: 'b', class: 'missing', checkId: 3 },
    ]);
  });

  it('a failing check makes it missing, with that check and its summary as the reason', () => {
    const [result] = classifyOrders(input([order({ lines: [line('UNKNOWN-1')] })]));
    expect(result).toMatchObject({ class: 'missing', checkId: 7 });
    expect(result!.reason?.key).toMatch(/^check\.7\./);
  });

  it('another order\'s document with the same reference: missing (check 5)', () => {
    const docs = [document({ yourRef: '1001', date: '2024-03-01T00:00:00+01:00', amountDC: 55, createdAt: '2024-05-11T08:00:00Z' })];
    expect(classOf([order()], { documents: docs })).toEqual([{ id: '1001', class: 'missing', checkId: 5 }]);
  });

  it('a list that could not be read makes it cannot-tell, never missing or imported', () => {
    expect(classOf([order()], { items: fail('timeout') })).toEqual([{ id: '1001', class: 'cannot-tell', checkId: 7 }]);
  });

  it('nothing blocks it: waiting when placed after the connector\'s last run, missing (unexplained) before it', () => {
    const after = order({ orderId: 'late', orderNumber: 'late', createdAt: '2024-05-11T12:00:00Z' });
    const before = order({ orderId: 'early', orderNumber: 'early', createdAt: '2024-05-10T12:00:00Z' });
    const results = classifyOrders(input([after, before]));
    expect(results.map((r) => [r.orderId, r.class, r.reason?.key])).toEqual([
      ['late', 'waiting', 'sync.reason.next-run'],
      ['early', 'missing', 'sync.reason.unexplained'],
    ]);
  });

  it('without any document telling when the connector ran, a healthy order counts as waiting', () => {
    expect(classOf([order()], { documents: [] })).toEqual([{ id: '1001', class: 'waiting', checkId: null }]);
  });

  it('links each order to its page in the shop admin', () => {
    expect(classifyOrders(input([order()]))[0]!.adminUrl).toBe('https://shop.example.nl/wp-admin/post.php?post=1001&action=edit');
  });
});

describe('lastConnectorRun', () => {
  it('is the newest Created among the documents, null when none tells', () => {
    expect(lastConnectorRun([])).toBeNull();
    expect(lastConnectorRun([document({ createdAt: null })])).toBeNull();
    expect(
      lastConnectorRun([document({ createdAt: '2024-05-01T00:00:00Z' }), document({ createdAt: '2024-05-03T00:00:00Z' }), document({ createdAt: null })]),
    ).toBe('2024-05-03T00:00:00Z');
  });
});
