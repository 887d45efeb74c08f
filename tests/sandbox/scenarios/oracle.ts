import type { ShopifyOrder, ShopifyStore } from '../shopify/world';
import type { ExactDivision } from '../exact/world';
import type { ScenarioConnection } from './types';
import { COUNTRY_CODES } from '../shopify/api/enums';
import { cents, EU, judgeArticles, judgeMapping, verdictOf, type OracleResult, type Outcome } from './build/division-oracle';

export type { OracleResult } from './build/division-oracle';

/**
 * An independent, simplified reading of SPEC's eight rules over a scenario's raw world data, used
 * by the scenario tests to prove each order fails exactly the check its expectation names. It is
 * not the product's engine; it only checks that the data says what the expectations claim.
 */

/** One formatter per zone (making one per date made judging 10,000 generated orders slow). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone })));
  return format;
}

export function judge(order: ShopifyOrder, store: ShopifyStore, division: ExactDivision, c: ScenarioConnection, nowMs: number): OracleResult {
  const { profile } = c;
  const s = profile.connector;
  const day = (iso: string): string => dayFormat(profile.timeZone).format(new Date(iso));
  const dayNumber = (iso: string): number => Date.parse(`${day(iso)}T00:00:00Z`) / 86_400_000;
  const tokenOk = c.shopCredentials.platform === 'shopify' && store.accessTokens.includes(c.shopCredentials.accessToken);
  const visible = store.readAllOrders || Date.parse(order.createdAt) >= nowMs - 60 * 86_400_000;
  if (!tokenOk || !visible) {
    const o: Record<number, Outcome> = { 1: 'error', 2: tokenOk ? 'pass' : 'fail', 3: 'error', 6: 'error' };
    return tokenOk ? { verdict: 'cannot-tell', outcomes: o } : { verdict: 'will-not-import', failingCheck: 2, outcomes: o };
  }
  const shipping = order.shippingLines.filter((l) => !l.isRemoved).reduce((sum, l) => sum + cents(l.price), 0);
  const country = order.shippingAddress?.countryCodeV2 ?? order.billingAddress?.countryCodeV2 ?? null;
  const out: Record<number, Outcome> = {};

  out[1] = Date.parse(order.createdAt) < Date.parse(s.installedAt) ? 'fail' : s.articleImportFinished ? 'pass' : 'warn';
  out[2] = 'pass';
  const paidEnough = s.statusThreshold === 'paid'
    ? ['PAID', 'PARTIALLY_REFUNDED', 'REFUNDED'].includes(order.displayFinancialStatus ?? '')
    : !['VOIDED', 'EXPIRED'].includes(order.displayFinancialStatus ?? '');
  out[3] = order.cancelledAt !== null || !paidEnough ? 'fail' : 'pass';

  // Check 4: needed VAT codes and GL accounts by region; mapped but unneeded ones only warn.
  const region = country === null ? null : country === profile.homeCountry ? 'domestic' : EU.includes(country) ? 'eu' : 'outside';
  const vat = s.vatMapping;
  const gl = s.glMapping;
  const needed: (string | null)[] = [];
  if (region === 'domestic') {
    for (const l of order.lineItems) needed.push(l.taxRate === 9 ? vat.domesticLow : l.taxRate === 0 ? vat.domesticZero : vat.domesticHigh);
  } else if (region !== null) needed.push(region === 'eu' ? vat.eu : vat.outsideEu);
  if (region !== null) needed.push(region === 'domestic' ? gl.revenueDomestic : region === 'eu' ? gl.revenueEu : gl.revenueOutsideEu);
  if (shipping > 0) needed.push(gl.shipping);
  out[4] = judgeMapping(needed, vat, gl, division);

  // Check 5: documents by YourRef; a match (±1 calendar day, ±0.05) means imported.
  const ref = order.name.replace(/^#/, '');
  const docs = s.duplicateCheck ? division.salesOrders.filter((d) => d.YourRef === ref) : [];
  const imported = docs.some((d) => Math.abs(dayNumber(d.OrderDate) - dayNumber(order.createdAt)) <= 1 && Math.abs(cents(d.AmountDC) - cents(order.totalPrice)) <= 5);
  out[5] = !s.duplicateCheck ? 'not-applicable' : imported || docs.length === 0 ? 'pass' : 'fail';
  out[6] = [order.shippingAddress, order.billingAddress].some((a) => a?.countryCodeV2 && COUNTRY_CODES.includes(a.countryCodeV2)) ? 'pass' : 'fail';

  // Checks 7 and 8: articles by SKU (trimmed, case-insensitive), the shipping article when shipping costs.
  const codes = order.lineItems.map((l) => (l.sku ?? '').trim());
  if (shipping > 0 && s.shippingArticleCode) codes.push(s.shippingArticleCode);
  Object.assign(out, judgeArticles(codes, dayNumber(order.createdAt), division, s, dayNumber));

  return verdictOf(out, imported);
}
