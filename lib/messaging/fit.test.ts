import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failingDiagnosis } from '../../components/panel/test-fixtures';
import { clip, fitForPanel } from './fit';
import { DiagnoseEventSchema, type Diagnosis } from './schemas';

const long = fc.string({ minLength: 0, maxLength: 3000 });

describe('fitForPanel', () => {
  it('leaves a diagnosis of ordinary size exactly as it is', () => {
    const event = { type: 'result' as const, diagnosis: failingDiagnosis() };
    expect(fitForPanel(event)).toEqual(event);
  });

  it('an order number or status longer than 100 characters still reaches the panel (regression)', () => {
    const diagnosis: Diagnosis = { ...failingDiagnosis(), order: { orderNumber: '9'.repeat(300), statusRaw: 's'.repeat(150), createdAt: '2026-12-01T10:00:00Z', total: '1.00 EUR' } };
    const raw = { type: 'result' as const, diagnosis };
    expect(DiagnoseEventSchema.safeParse(raw).success).toBe(false);
    const fitted = fitForPanel(raw);
    expect(DiagnoseEventSchema.safeParse(fitted).success).toBe(true);
    if (fitted.type !== 'result') throw new Error('unexpected');
    expect(fitted.diagnosis.order?.orderNumber).toBe(`${'9'.repeat(99)}…`);
    expect(fitted.diagnosis.verdict).toBe(diagnosis.verdict);
  });

  it('whatever the shop sent, the fitted event parses (property)', () => {
    fc.assert(
      fc.property(long, long, long, long, fc.integer({ min: 0, max: 120 }), (orderNumber, statusRaw, param, value, rows) => {
        const base = failingDiagnosis();
        const evidence = Array.from({ length: rows }, () => ({ label: { key: 'test.label', params: { x: param } }, value }));
        const results = base.results.map((result) => ({ ...result, summary: { key: result.summary.key, params: { order: param } }, evidence }));
        const diagnosis: Diagnosis = { ...base, order: { orderNumber, statusRaw, createdAt: value, total: param }, results };
        expect(DiagnoseEventSchema.safeParse(fitForPanel({ type: 'result', diagnosis })).success).toBe(true);
        expect(DiagnoseEventSchema.safeParse(fitForPanel({ type: 'progress', stage: 'reading-order', done: results })).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('clips with an ellipsis and only when needed', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
  });
});
