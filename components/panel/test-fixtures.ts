/** Test-only: diagnoses that parse with DiagnosisSchema, and a fake transport that records runs. */
import type { CheckResult } from '../../lib/checks/types';
import { overallVerdict } from '../../lib/checks/verdict';
import { msg } from '../../lib/i18n/message';
import type { DiagnoseTransport } from '../../lib/messaging/diagnose-client';
import { DiagnoseEventSchema, DiagnosisSchema, type DiagnoseEvent, type DiagnoseRequest, type Diagnosis } from '../../lib/messaging/schemas';
import type { Failure } from '../../lib/model/fetched';
import type { OrderOnPage } from '../../lib/page/order-page-watcher';

export const ORDER: OrderOnPage = { platform: 'shopify', orderId: '5551234' };

const base = { evidence: [], fix: null, failure: null, document: null };
export const pass = (id: number): CheckResult => ({ ...base, id, outcome: 'pass', summary: msg('test.summary.ok') });

export const serverFailure: Failure = { kind: 'server', side: 'accounting', call: 'Exact GET vat/VATCodes', httpStatus: 500, detail: 'Internal Server Error' };

export const statusFail: CheckResult = {
  ...base,
  id: 3,
  outcome: 'fail',
  summary: msg('test.summary.status', { status: 'pending', threshold: 'paid' }),
  evidence: [
    { label: msg('test.evidence.status'), value: 'PENDING' },
    { label: msg('test.evidence.threshold'), value: 'PAID' },
  ],
  fix: msg('test.fix.status'),
};
const vatError: CheckResult = { ...base, id: 4, outcome: 'error', summary: msg('test.summary.failed'), evidence: [{ label: msg('test.evidence.call'), value: serverFailure.call }], failure: serverFailure };
const skuFail: CheckResult = { ...base, id: 7, outcome: 'fail', summary: msg('test.summary.sku', { name: 'Blue mug' }), fix: msg('test.fix.sku') };
const warehouseNa: CheckResult = { ...base, id: 8, outcome: 'not-applicable', summary: msg('test.summary.na') };

function diagnosis(results: CheckResult[]): Diagnosis {
  return DiagnosisSchema.parse({
    connectionLabel: 'Demo store',
    platform: 'shopify',
    orderId: ORDER.orderId,
    order: { orderNumber: '1001', createdAt: '2025-05-01T09:30:00+02:00', statusRaw: 'PENDING', total: '121.00 EUR' },
    results,
    verdict: overallVerdict(results),
    checkedAt: '2025-05-02T08:15:00.000Z',
  });
}

/** Check 3 fails (first failing: names the verdict), 4 in error, 7 fails, 8 not applicable. */
export const failingDiagnosis = (): Diagnosis => diagnosis([pass(1), pass(2), statusFail, vatError, pass(5), pass(6), skuFail, warehouseNa]);

export const importedDiagnosis = (): Diagnosis =>
  diagnosis([
    pass(1), pass(2), pass(3), pass(4),
    {
      ...pass(5),
      summary: msg('test.summary.imported', { number: '20240012' }),
      evidence: [{ label: msg('test.evidence.document'), value: '20240012 · 2025-05-01 · 121.00' }],
      document: { type: 'sales-invoice', id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301', number: '20240012', yourRef: '1001', date: '2025-05-01T00:00:00+02:00', amountDC: 121, customerName: 'J. Jansen' },
    },
    pass(6), pass(7), warehouseNa,
  ]);

/** Checks 1, 3 and 6 as the worker sends them once the order is read. */
export const earlyResults = (): CheckResult[] => [pass(1), statusFail, pass(6)];

export interface FakeRun {
  request: DiagnoseRequest;
  disposed: boolean;
  /** Delivers an event to the panel (wrap in act()). Events are schema-checked like the real port does. */
  emit(event: DiagnoseEvent): void;
}

export function fakeTransport() {
  const runs: FakeRun[] = [];
  const transport: DiagnoseTransport = (request, onEvent) => {
    const run: FakeRun = { request, disposed: false, emit: (event) => onEvent(DiagnoseEventSchema.parse(event)) };
    runs.push(run);
    return () => {
      run.disposed = true;
    };
  };
  const last = (): FakeRun => {
    const run = runs.at(-1);
    if (!run) throw new Error('no run started');
    return run;
  };
  return { transport, runs, last };
}
