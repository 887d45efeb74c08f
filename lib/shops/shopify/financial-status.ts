/** Shopify's OrderDisplayFinancialStatus values (Admin GraphQL 2023-10 … 2026-10). */
export const FINANCIAL_STATUSES = [
  'AUTHORIZED',
  'EXPIRED',
  'PAID',
  'PARTIALLY_PAID',
  'PARTIALLY_REFUNDED',
  'PENDING',
  'REFUNDED',
  'VOIDED',
] as const;
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number];

/**
 * The raw status shown when Shopify gives none. SPEC: a missing financial status counts as unpaid;
 * '(none)' says exactly that, where borrowing an enum value such as PENDING would invent a fact.
 */
export const NO_FINANCIAL_STATUS = '(none)';

/** Money has been captured (and possibly partly or fully given back since). */
const PAID_STATUSES: ReadonlySet<string> = new Set<FinancialStatus>(['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export function isPaidStatus(raw: string): boolean {
  return PAID_STATUSES.has(raw);
}

export function isKnownStatus(raw: string): raw is FinancialStatus | typeof NO_FINANCIAL_STATUS {
  return raw === NO_FINANCIAL_STATUS || (FINANCIAL_STATUSES as readonly string[]).includes(raw);
}
