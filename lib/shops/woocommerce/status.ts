import type { StatusAssessment } from '../../checks/types';
import type { Order } from '../../model/order';
import { DRAFT_STATUS, TRASH_STATUS } from './facts';

import { WOO_STATUS_THRESHOLDS } from './descriptor';

export { WOO_STATUS_THRESHOLDS };
export type WooThreshold = (typeof WOO_STATUS_THRESHOLDS)[number];

/**
 * SPEC "Precise rules", check 3: levels pending = on-hold < processing < completed, and
 * checkout-draft below pending. cancelled, refunded, failed and trash are final.
 */
const LEVELS: ReadonlyMap<string, number> = new Map<string, number>([
  [DRAFT_STATUS, 0],
  ['pending', 1],
  ['on-hold', 1],
  ['processing', 2],
  ['completed', 3],
]);

const FINAL: ReadonlyMap<string, StatusAssessment['outcome']> = new Map<string, StatusAssessment['outcome']>([
  ['cancelled', 'cancelled'],
  ['refunded', 'refunded'],
  ['failed', 'failed'],
  [TRASH_STATUS, 'trash'],
]);

/** A status as WooCommerce names it in REST (`on-hold`); tolerates capitals and the `wc-` prefix of the database. */
export function wooStatusSlug(value: string): string {
  return value.trim().toLowerCase().replace(/^wc-/, '');
}

function asThreshold(value: string): WooThreshold | null {
  const slug = wooStatusSlug(value);
  return (WOO_STATUS_THRESHOLDS as readonly string[]).includes(slug) ? (slug as WooThreshold) : null;
}

/** Whether WooCommerce counts an order with this status as paid (processing and completed are). */
export function isPaidStatus(raw: string): boolean {
  const slug = wooStatusSlug(raw);
  return slug === 'processing' || slug === 'completed';
}

/**
 * Check 3's WooCommerce rule. The order passes when its level is at or above the threshold's;
 * cancelled, refunded, failed and trashed orders fail with their own text; a status the extension
 * does not know (a plugin's custom status) is `unknown`, shown as it is.
 */
export function assessWooStatus(order: Order, threshold: string): StatusAssessment {
  const raw = order.status.raw;
  const judged = (outcome: StatusAssessment['outcome']): StatusAssessment => ({ raw, threshold, outcome });
  const slug = wooStatusSlug(raw);
  const final = FINAL.get(slug);
  if (final !== undefined) return judged(final);
  if (order.status.cancelled) return judged('cancelled');
  const wanted = asThreshold(threshold);
  const level = LEVELS.get(slug);
  const needed = wanted === null ? undefined : LEVELS.get(wanted);
  if (needed === undefined || level === undefined) return judged('unknown');
  return judged(level >= needed ? 'reached' : 'not-reached');
}
