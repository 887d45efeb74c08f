import type { ConnectorSettings, GlMapping, VatMapping } from '../../../../lib/model/connection';
import type { ExactDivision } from '../../exact/world';
import type { OrderExpectation } from '../types';

/**
 * The parts of SPEC's rules every platform's oracle reads the same way from the Exact division:
 * check 4 (mapped codes usable), checks 7 and 8 (articles by code, active on the order's day,
 * stock items linked to the warehouse) and the verdict. Independent of the product's engine.
 */
export type Outcome = 'pass' | 'fail' | 'warn' | 'not-applicable' | 'error';
export interface OracleResult {
  verdict: OrderExpectation['verdict'];
  failingCheck?: number;
  outcomes: Record<number, Outcome>;
}

export const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
export const cents = (amount: string | number): number => Math.round(Number(amount) * 100);

/** Check 4: every needed code usable, else fail; a mapped one that is not usable only warns. */
export function judgeMapping(needed: readonly (string | null)[], vat: VatMapping, gl: GlMapping, division: ExactDivision): Outcome {
  const usable = (code: string): boolean =>
    division.vatCodes.some((v) => v.Code === code && !v.IsBlocked) || division.glAccounts.some((a) => a.Code === code && !a.IsBlocked);
  const mapped = [...Object.values(vat), ...Object.values(gl)].filter((m): m is string => m !== null);
  return needed.some((n) => n === null || !usable(n)) ? 'fail' : mapped.some((m) => !usable(m)) ? 'warn' : 'pass';
}

/** Checks 7 and 8 for the article codes of one order placed on `orderDay` (a day number). */
export function judgeArticles(
  codes: readonly string[],
  orderDay: number,
  division: ExactDivision,
  s: ConnectorSettings,
  dayNumber: (iso: string) => number,
): { 7: Outcome; 8: Outcome } {
  const item = (code: string): ExactDivision['items'][number] | undefined => division.items.find((i) => i.Code.toLowerCase() === code.toLowerCase());
  const active = (code: string): boolean => {
    const i = item(code);
    return i !== undefined && (i.StartDate === null || dayNumber(i.StartDate) <= orderDay) && (i.EndDate === null || dayNumber(i.EndDate) > orderDay);
  };
  const warehouse = s.warehouseModule ? s.warehouseCode : division.warehouses.find((w) => w.Main === 1)?.Code;
  const linked = (code: string): boolean => division.itemWarehouses.some((l) => l.ItemCode === item(code)?.Code && l.WarehouseCode === warehouse);
  return {
    7: s.edition === 'boekhouden' ? 'not-applicable' : codes.every((code) => code !== '' && active(code)) ? 'pass' : 'fail',
    8: s.edition !== 'handel' ? 'not-applicable' : codes.every((code) => !item(code)?.IsStockItem || linked(code)) ? 'pass' : 'fail',
  };
}

/** SPEC's order: imported outranks everything, then the first failing check, else it will import. */
export function verdictOf(out: Record<number, Outcome>, imported: boolean): OracleResult {
  if (imported) return { verdict: 'already-imported', outcomes: out };
  const first = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => out[n] === 'fail');
  return first ? { verdict: 'will-not-import', failingCheck: first, outcomes: out } : { verdict: 'will-import', outcomes: out };
}
