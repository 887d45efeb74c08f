import type { BolAccount, BolOrder, BolOrderItem } from '../../bol/world';
import type { ExactDivision } from '../../exact/world';
import { COUNTRY_CODES } from '../../shopify/api/enums';
import { dayFormat } from '../oracle';
import type { OrderExpectation, ScenarioConnection } from '../types';

/**
 * An independent, simplified reading of SPEC's eight rules over a bol.com order as the sandbox
 * holds it (bol's own terms), used by the scenario tests to prove each order fails exactly the
 * check its expectation names. Not the product's engine: a second opinion on the data.
 */
type Outcome = 'pass' | 'fail' | 'warn' | 'not-applicable' | 'error';
export interface BolOracleResult { verdict: OrderExpectation['verdict']; failingCheck?: number; outcomes: Record<number, Outcome> }

const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const cents = (a: number): number => Math.round(a * 100);
const left = (i: BolOrderItem): number => Math.max(0, i.quantity - i.quantityCancelled);

export function judgeBol(
  order: BolOrder,
  account: BolAccount,
  division: ExactDivision,
  c: ScenarioConnection,
  skuSource: 'offer-reference' | 'ean' = 'offer-reference',
): BolOracleResult {
  const { profile } = c;
  const s = profile.connector;
  const day = (iso: string): string => dayFormat(profile.timeZone).format(new Date(iso));
  const dayNumber = (iso: string): number => Date.parse(`${day(iso)}T00:00:00Z`) / 86_400_000;
  const creds = c.shopCredentials;
  const accepted = creds.platform === 'bol' && account.credentials.some((k) => k.clientId === creds.clientId && k.clientSecret === creds.clientSecret);
  if (!accepted) return { verdict: 'will-not-import', failingCheck: 2, outcomes: { 1: 'error', 2: 'fail', 3: 'error', 6: 'error' } };

  const remaining = order.orderItems.filter((i) => left(i) > 0);
  const total = order.orderItems.reduce((sum, i) => sum + cents(i.unitPrice) * left(i), 0);
  const valid = (code: string | undefined): string | null => (code && COUNTRY_CODES.includes(code.trim().toUpperCase()) ? code.trim().toUpperCase() : null);
  const country = valid(order.shipmentDetails.countryCode) ?? valid(order.billingDetails.countryCode);
  const out: Record<number, Outcome> = {};

  out[1] = Date.parse(order.orderPlacedDateTime) < Date.parse(s.installedAt) ? 'fail' : s.articleImportFinished ? 'pass' : 'warn';
  out[2] = 'pass';
  // Every order bol returns is paid; one whose every item is cancelled fails.
  out[3] = remaining.length === 0 && order.orderItems.length > 0 ? 'fail' : s.statusThreshold === 'paid' ? 'pass' : 'warn';

  // Check 4: bol gives no VAT rates, so a domestic order needs the domestic high code; no shipping on bol.
  const region = country === null ? null : country === profile.homeCountry ? 'domestic' : EU.includes(country) ? 'eu' : 'outside';
  const vat = s.vatMapping;
  const gl = s.glMapping;
  const needed: (string | null)[] = [];
  if (region === 'domestic') needed.push(vat.domesticHigh, gl.revenueDomestic);
  if (region === 'eu') needed.push(vat.eu, gl.revenueEu);
  if (region === 'outside') needed.push(vat.outsideEu, gl.revenueOutsideEu);
  const usable = (code: string): boolean =>
    division.vatCodes.some((v) => v.Code === code && !v.IsBlocked) || division.glAccounts.some((a) => a.Code === code && !a.IsBlocked);
  const mapped = [...Object.values(vat), ...Object.values(gl)].filter((m): m is string => m !== null);
  out[4] = needed.some((n) => n === null || !usable(n)) ? 'fail' : mapped.some((m) => !usable(m)) ? 'warn' : 'pass';

  // Check 5: YourRef = bol's orderId; a match (±1 calendar day, ±0.05) means imported.
  const docs = s.duplicateCheck ? division.salesOrders.filter((d) => d.YourRef === order.orderId) : [];
  const imported = docs.some((d) => Math.abs(dayNumber(d.OrderDate) - dayNumber(order.orderPlacedDateTime)) <= 1 && Math.abs(cents(d.AmountDC) - total) <= 5);
  out[5] = !s.duplicateCheck ? 'not-applicable' : imported || docs.length === 0 ? 'pass' : 'fail';
  out[6] = country !== null ? 'pass' : 'fail';

  // Checks 7 and 8: the article code is the offer reference (or the EAN), trimmed, case-insensitive.
  const codes = remaining.map((i) => ((skuSource === 'ean' ? i.product.ean : i.offer.reference) ?? '').trim());
  const item = (code: string): ExactDivision['items'][number] | undefined => division.items.find((i) => i.Code.toLowerCase() === code.toLowerCase());
  const active = (code: string): boolean => {
    const i = item(code);
    const d = dayNumber(order.orderPlacedDateTime);
    return i !== undefined && (i.StartDate === null || dayNumber(i.StartDate) <= d) && (i.EndDate === null || dayNumber(i.EndDate) > d);
  };
  out[7] = s.edition === 'boekhouden' ? 'not-applicable' : codes.every((code) => code !== '' && active(code)) ? 'pass' : 'fail';
  const warehouse = s.warehouseModule ? s.warehouseCode : division.warehouses.find((w) => w.Main === 1)?.Code;
  const linked = (code: string): boolean => division.itemWarehouses.some((l) => l.ItemCode === item(code)?.Code && l.WarehouseCode === warehouse);
  out[8] = s.edition !== 'handel' ? 'not-applicable' : codes.every((code) => !item(code)?.IsStockItem || linked(code)) ? 'pass' : 'fail';

  if (imported) return { verdict: 'already-imported', outcomes: out };
  const first = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => out[n] === 'fail');
  return first ? { verdict: 'will-not-import', failingCheck: first, outcomes: out } : { verdict: 'will-import', outcomes: out };
}
