import { describe, expect, it } from 'vitest';
import type { AccountingDocument } from '../model/accounting';
import { sameReference } from './same-reference';
import { context, document, fail, type ContextPatch } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

// The healthy order: placed 2024-05-10 10:00 Amsterdam, total EUR 121.00, number 1001.
const run = (patch: ContextPatch = {}) => sameReference.run(context(patch));
const withDocs = (...docs: AccountingDocument[]) => run({ documents: { ok: true, value: docs } });

describe('check 5 — same reference already present', () => {
  it('is not applicable when the duplicate check is off', () => {
    const result = run({ connector: { duplicateCheck: false }, documents: { ok: true, value: [document()] } });
    expect(result.outcome).toBe('not-applicable');
    expect(result.summary.key).toBe('check.5.not-applicable.duplicate-check-off');
    expect(evidenceOf(result)).toEqual(['evidence.duplicate-check=✗']);
    expect(textProblems(result)).toEqual([]);
  });

  it('passes when no document carries the reference', () => {
    const result = withDocs();
    expect(result.outcome).toBe('pass');
    expect(result.summary).toEqual({ key: 'check.5.pass.no-document', params: { reference: '1001' } });
    expect(result.document).toBeNull();
    expect(textProblems(result)).toEqual([]);
  });

  it('passes with the document when it is this order: already imported', () => {
    const doc = document();
    const result = withDocs(doc);
    expect(result.outcome).toBe('pass');
    expect(result.document).toEqual(doc);
    expect(result.summary).toEqual({ key: 'check.5.pass.imported', params: { reference: '1001', number: '20240012' } });
    expect(evidenceOf(result)).toContain('evidence.document.sales-order=20240012 · 2024-05-10 · 121.00');
    expect(textProblems(result)).toEqual([]);
  });

  it.each([
    ['the day before', '2024-05-09T08:00:00+02:00'],
    ['the day after', '2024-05-11T23:30:00+02:00'],
    ['the day before, written in UTC late at night', '2024-05-08T22:30:00Z'], // 00:30 on the 9th in Amsterdam
  ])('matches a document dated %s', (_, date) => {
    expect(withDocs(document({ date })).document).not.toBeNull();
  });

  it.each([
    ['two days before', '2024-05-08T12:00:00+02:00'],
    ['two days after', '2024-05-12T00:00:00+02:00'],
    ['the 12th in Amsterdam though still the 11th in UTC', '2024-05-11T22:30:00Z'], // 00:30 on the 12th
  ])('does not match a document dated %s: another order', (_, date) => {
    const result = withDocs(document({ date }));
    expect(result.outcome).toBe('fail');
    expect(result.document).toBeNull();
  });

  it.each([121.05, 120.95, 121.04])('matches an amount within 0.05 (%s)', (amountDC) => {
    expect(withDocs(document({ amountDC })).outcome).toBe('pass');
  });

  it('matches at exactly 0.05 despite floating point (10.05 vs 10.00)', () => {
    const result = run({ order: { total: { amount: 10, currency: 'EUR' } }, documents: { ok: true, value: [document({ amountDC: 10.05 })] } });
    expect(result.document).not.toBeNull();
  });

  it.each([121.06, 120.94, 0])('fails on an amount beyond 0.05 (%s), naming the document', (amountDC) => {
    const result = withDocs(document({ amountDC, number: '20230077' }));
    expect(result.outcome).toBe('fail');
    expect(result.summary).toEqual({ key: 'check.5.fail.other-order', params: { reference: '1001', number: '20230077' } });
    expect(result.fix?.key).toBe('check.5.fix.other-order');
    expect(textProblems(result)).toEqual([]);
  });

  it('passes when one of several documents is this order', () => {
    const other = document({ number: '20230077', date: '2023-02-01T00:00:00+01:00' });
    const own = document({ type: 'sales-invoice', number: '20240099' });
    const result = withDocs(other, own);
    expect(result.outcome).toBe('pass');
    expect(result.document?.number).toBe('20240099');
    expect(evidenceOf(result)).toContain('evidence.document.sales-invoice=20240099 · 2024-05-10 · 121.00');
  });

  it('ends in error when the documents could not be read', () => {
    const result = run({ documents: fail('rate-limited', 'accounting', 'Exact GET salesorder/SalesOrders') });
    expect(result.outcome).toBe('error');
    expect(result.failure?.kind).toBe('rate-limited');
  });

  it('ends in error when the order could not be read', () => {
    expect(run({ order: fail('offline', 'shop') }).outcome).toBe('error');
  });
});
