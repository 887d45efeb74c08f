/**
 * Which domestic VAT code a line needs, by its rate: 0 → zero, 15 % or more → high, anything else
 * → low. An unknown rate counts as high (the spec: "domestic high when rates are unknown").
 */
export type VatClass = 'high' | 'low' | 'zero';

export function vatClassOf(rate: number | null): VatClass {
  if (rate === null || !Number.isFinite(rate)) return 'high';
  if (rate === 0) return 'zero';
  return rate >= 15 ? 'high' : 'low';
}
