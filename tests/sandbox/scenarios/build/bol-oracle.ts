import type { BolAccount, BolOrder, BolOrderItem } from '../../bol/world';
import type { ExactDivision } from '../../exact/world';
import { COUNTRY_CODES } from '../../shopify/api/enums';
import { dayFormat } from '../oracle';
import type { ScenarioConnection } from '../types';
import { cents, EU, judgeArticles, judgeMapping, verdictOf, type OracleResult, type Outcome } from './division-oracle';

/**
 * An independent, simplified reading of SPEC's eight rules over a bol.com order as the sandbox
 * holds it (bol's own terms), used by the scenario tests to prove each order fails exactly the
 * check its expectation names. Not the product's engine: a second opinion on the data.
 */
export type BolOracleResult = OracleResult;

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
  out[4] = judgeMapping(needed, vat, gl, division);

  // Check 5: YourRef = bol's orderId; a match (±1 calendar day, ±0.05) means imported.
  const docs = s.duplicateCheck ? division.salesOrders.filter((d) => d.YourRef === order.orderId) : [];
  const imported = docs.some((d) => Math.abs(dayNumber(d.OrderDate) - dayNumber(order.orderPlacedDateTime)) <= 1 && Math.abs(cents(d.AmountDC) - total) <= 5);
  out[5] = !s.duplicateCheck ? 'not-applicable' : imported || docs.length === 0 ? 'pass' : 'fail';
  out[6] = country !== null ? 'pass' : 'fail';

  // Checks 7 and 8: the article code is the offer reference (or the EAN), trimmed, case-insensitive.
  const codes = remaining.map((i) => ((skuSource === 'ean' ? i.product.ean : i.offer.reference) ?? '').trim());
  Object.assign(out, judgeArticles(codes, dayNumber(order.orderPlacedDateTime), division, s, dayNumber));

  return verdictOf(out, imported);
}
