import type { ExactDivision } from '../exact/world';
import type { Scenario } from './types';

/** Test helpers for the generated shops' ground truth: counting classes, and what an oracle needs. */

type Truth = NonNullable<Scenario['reconciliation']>['classes'][string];

/** A class as the e2e compares it: `missing:<check>` for missing orders, else the class. */
export const classKey = (t: { class: string; checkId?: number | null }): string =>
  t.class === 'missing' ? `missing:${t.checkId ?? null}` : t.class;

export function countClasses(classes: Record<string, Truth>): Record<string, number> {
  const counts: Record<string, number> = { imported: 0, waiting: 0, 'before-install': 0, missing: 0, 'cannot-tell': 0 };
  for (const truth of Object.values(classes)) counts[truth.class] = (counts[truth.class] ?? 0) + 1;
  return counts;
}

export function missingPerCheck(classes: Record<string, Truth>): Record<number, number> {
  const perCheck: Record<number, number> = {};
  for (const t of Object.values(classes)) if (t.class === 'missing') perCheck[t.checkId ?? 0] = (perCheck[t.checkId ?? 0] ?? 0) + 1;
  return perCheck;
}

/** The division with only the documents of one reference: an oracle stays O(1) per order on 10,000 orders. */
export function divisionByReference(division: ExactDivision): (reference: string) => ExactDivision {
  const byRef = new Map<string, ExactDivision['salesOrders']>();
  for (const doc of division.salesOrders) byRef.set(doc.YourRef ?? '', [...(byRef.get(doc.YourRef ?? '') ?? []), doc]);
  return (reference) => ({ ...division, salesOrders: byRef.get(reference) ?? [] });
}

/** The connector's last run as the books tell it: the newest `Created`. */
export function newestCreated(division: ExactDivision): number {
  return Math.max(...division.salesOrders.map((d) => Date.parse(d.Created ?? d.OrderDate)));
}
