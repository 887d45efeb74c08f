/**
 * Check 5 — same reference already present. The connector skips an order whose number already
 * stands in Your ref of a document. When that document is this order (day ±1, amount ±0.05) the
 * order *is* imported — the most common "missing" order; otherwise another order took the number.
 */
import { msg, type Message } from '../i18n/message';
import type { AccountingDocument, DocumentType } from '../model/accounting';
import type { Order } from '../model/order';
import { calendarDay, daysBetween } from './support/calendar-day';
import { errorFromFailure } from './support/from-failure';
import { clip, flag, money, result, row } from './support/result';
import type { Check } from './types';

/** Amounts within this distance are the same total (rounding in VAT per line). */
export const AMOUNT_TOLERANCE = 0.05;
/** Floating-point slack, so that 10.05 − 10.00 counts as 0.05. */
const EPSILON = 1e-9;

const DOCUMENT_LABEL: Record<DocumentType, Message> = {
  'sales-order': msg('evidence.document.sales-order'),
  'sales-invoice': msg('evidence.document.sales-invoice'),
  'sales-entry': msg('evidence.document.sales-entry'),
};

export function matchesOrder(doc: AccountingDocument, order: Order, timeZone: string): boolean {
  const days = daysBetween(calendarDay(order.createdAt, timeZone), calendarDay(doc.date, timeZone));
  const amountOff = Math.abs(doc.amountDC - order.total.amount);
  return Math.abs(days) <= 1 && amountOff <= AMOUNT_TOLERANCE + EPSILON;
}

export const sameReference: Check = {
  id: 5,
  run(ctx) {
    if (!ctx.profile.connector.duplicateCheck) {
      return result(5, 'not-applicable', msg('check.5.not-applicable.duplicate-check-off'), {
        evidence: [row(msg('evidence.duplicate-check'), flag(false))],
      });
    }
    if (!ctx.order.ok) return errorFromFailure(5, ctx.order.failure, ctx.platform);
    if (!ctx.documents.ok) return errorFromFailure(5, ctx.documents.failure, ctx.platform);

    const order = ctx.order.value;
    const tz = ctx.profile.timeZone;
    const reference = clip(order.orderNumber);
    const evidence = [
      row(msg('evidence.reference'), order.orderNumber),
      row(msg('evidence.order-date'), calendarDay(order.createdAt, tz)),
      row(msg('evidence.order-total'), money(order.total.amount, order.total.currency)),
      ...ctx.documents.value.map((doc) =>
        row(DOCUMENT_LABEL[doc.type], `${doc.number} · ${calendarDay(doc.date, tz)} · ${money(doc.amountDC)}`),
      ),
    ];

    const [first] = ctx.documents.value;
    if (!first) return result(5, 'pass', msg('check.5.pass.no-document', { reference }), { evidence });

    const own = ctx.documents.value.find((doc) => matchesOrder(doc, order, tz));
    if (own) {
      return result(5, 'pass', msg('check.5.pass.imported', { reference, number: clip(own.number) }), {
        evidence,
        document: own,
      });
    }
    return result(5, 'fail', msg('check.5.fail.other-order', { reference, number: clip(first.number) }), {
      evidence,
      fix: msg('check.5.fix.other-order'),
    });
  },
};
