import type { CheckResult, Evidence } from '../checks/types';
import type { Message } from '../i18n/message';
import type { DiagnoseEvent, Diagnosis, OrderSummary } from './schemas';

/**
 * Shop data has no length limits we can trust (an order number of 300 characters is valid to the
 * shop); the panel's schema does. Values are clipped here, in the worker, for display — never
 * used to judge — so an odd order still gets its verdict instead of a result the panel must refuse.
 * The bounds are those of lib/messaging/schemas.ts and lib/checks/types.ts.
 */
const LIMITS = { summaryField: 100, short: 40, param: 500, evidenceValue: 1000, evidenceRows: 50 } as const;

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function fitMessage(message: Message): Message {
  if (!message.params) return message;
  const params = Object.fromEntries(Object.entries(message.params).map(([key, value]) => [key, typeof value === 'string' ? clip(value, LIMITS.param) : value]));
  return { ...message, params };
}

function fitEvidence(rows: readonly Evidence[]): Evidence[] {
  return rows.slice(0, LIMITS.evidenceRows).map((row) => ({ label: fitMessage(row.label), value: clip(row.value, LIMITS.evidenceValue) }));
}

function fitResult(result: CheckResult): CheckResult {
  return {
    ...result,
    summary: fitMessage(result.summary),
    evidence: fitEvidence(result.evidence),
    fix: result.fix ? fitMessage(result.fix) : null,
  };
}

function fitOrder(order: OrderSummary): OrderSummary {
  return {
    orderNumber: clip(order.orderNumber, LIMITS.summaryField),
    statusRaw: clip(order.statusRaw, LIMITS.summaryField),
    createdAt: clip(order.createdAt, LIMITS.short),
    total: clip(order.total, LIMITS.short),
  };
}

function fitDiagnosis(diagnosis: Diagnosis): Diagnosis {
  return { ...diagnosis, order: diagnosis.order ? fitOrder(diagnosis.order) : null, results: diagnosis.results.map(fitResult) };
}

/** The event as the panel's schema accepts it, whatever the shop sent. */
export function fitForPanel(event: DiagnoseEvent): DiagnoseEvent {
  switch (event.type) {
    case 'progress':
      return { ...event, done: event.done.map(fitResult) };
    case 'result':
      return { ...event, diagnosis: fitDiagnosis(event.diagnosis) };
    case 'unavailable':
      return { ...event, reason: fitMessage(event.reason) };
  }
}
