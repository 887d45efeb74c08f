import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../sandbox/core/types';
import { callTarget, callsByName, compareClasses, mismatchCount, sequenceFigures } from './recon-figures';

const req = (path: string, status = 200): RequestRecord => ({
  at: 0, doneAt: 1, method: 'GET', host: 'h', path, query: '?$skiptoken=x', side: 'accounting', status, faulted: false,
});

describe('callTarget', () => {
  it('allows the pages of N orders plus a constant', () => {
    expect(callTarget(970, 17, 5).limit).toBe(58 + 5);
    expect(callTarget(1000, 1000, 8).limit).toBe(9);
    expect(callTarget(0, 17, 5).limit).toBe(5);
  });
});

describe('compareClasses', () => {
  it('counts wrong classes, wrong checks, absent and extra orders', () => {
    const truth = { a: { class: 'imported' as const }, b: { class: 'missing' as const, checkId: 4 }, c: { class: 'waiting' as const } };
    const same = compareClasses(
      [{ orderId: 'a', class: 'imported', checkId: null }, { orderId: 'b', class: 'missing', checkId: 4 }, { orderId: 'c', class: 'waiting', checkId: null }],
      truth,
    );
    expect(mismatchCount(same)).toBe(0);
    const off = compareClasses(
      [{ orderId: 'a', class: 'imported', checkId: null }, { orderId: 'b', class: 'missing', checkId: 5 }, { orderId: 'x', class: 'missing', checkId: 3 }, { orderId: 'a', class: 'imported', checkId: null }],
      truth,
    );
    expect(off.wrong).toEqual([{ orderId: 'b', got: 'missing:5', want: 'missing:4' }]);
    expect(off.absent).toEqual(['c']);
    expect(off.extra).toEqual(['x', 'a']);
    expect(mismatchCount(off)).toBe(4);
  });
});

describe('callsByName', () => {
  it('counts calls by resource, pages of one resource together, most first', () => {
    const requests = [req('/api/v1/1/bulk/SalesOrder/SalesOrders'), req('/api/v1/1/vat/VATCodes'), req('/api/v1/1/bulk/SalesOrder/SalesOrders')];
    expect(callsByName(requests)).toBe('GET bulk/SalesOrder/SalesOrders × 2, GET vat/VATCodes × 1');
  });
});

describe('sequenceFigures', () => {
  it('splits a chain of calls into time awaiting answers and time between them', () => {
    const at = (start: number, end: number): RequestRecord => ({ ...req('/graphql.json'), at: start, doneAt: end });
    expect(sequenceFigures([at(250, 350), at(0, 100), at(110, 210)])).toEqual({ calls: 3, awaitingMs: 300, betweenMs: 50, medianGapMs: 25, p90GapMs: 10, maxGapMs: 40 });
    expect(sequenceFigures([])).toEqual({ calls: 0, awaitingMs: 0, betweenMs: 0, medianGapMs: 0, p90GapMs: 0, maxGapMs: 0 });
  });
});
