import type { ExactDivision } from '../../exact/world';
import { COUNTRY_CODES } from '../../shopify/api/enums';
import { orderNumber, orderTotal } from '../../woocommerce/rest/order-json';
import type { WooOrder, WooSite } from '../../woocommerce/world';
import { dayFormat } from '../oracle';
import type { ScenarioConnection } from '../types';
import { cents, EU, judgeArticles, judgeMapping, verdictOf, type OracleResult, type Outcome } from './division-oracle';

/**
 * An independent, simplified reading of SPEC's eight rules over a WooCommerce scenario's raw world
 * data (the WooCommerce counterpart of ../oracle.ts), used by the scenario tests to prove each
 * order fails exactly the check its expectation names. Not the product's engine.
 */
export type WooOracleResult = OracleResult;

const LEVEL: Record<string, number> = { 'checkout-draft': 0, pending: 1, 'on-hold': 1, processing: 2, completed: 3 };
const FINAL = ['cancelled', 'refunded', 'failed', 'trash'];

/** Scheme and host as check 2 compares them (lower-case, default port dropped, www. significant). */
function schemeAndHost(url: string): string {
  const u = new URL(url);
  const defaultPort = (u.protocol === 'https:' && u.port === '443') || (u.protocol === 'http:' && u.port === '80') || u.port === '';
  return `${u.protocol}//${u.hostname.toLowerCase()}${defaultPort ? '' : `:${u.port}`}`;
}

export function judgeWoo(order: WooOrder, site: WooSite, division: ExactDivision, c: ScenarioConnection, adminUrl: string): WooOracleResult {
  const { profile } = c;
  const s = profile.connector;
  const day = (iso: string): string => dayFormat(profile.timeZone).format(new Date(iso));
  const dayNumber = (iso: string): number => Date.parse(`${day(iso)}T00:00:00Z`) / 86_400_000;
  const creds = c.shopCredentials;
  const keyOk =
    creds.platform === 'woocommerce' &&
    site.keys.some((k) => k.consumerKey === creds.consumerKey && k.consumerSecret === creds.consumerSecret && k.permissions !== 'write' && k.userCanReadOrders !== false);
  const urlOk = s.shopUrl === null || schemeAndHost(s.shopUrl) === schemeAndHost(adminUrl);
  if (!keyOk) return { verdict: 'will-not-import', failingCheck: 2, outcomes: { 1: 'error', 2: 'fail', 3: 'error', 6: 'error' } };

  const out: Record<number, Outcome> = {};
  out[1] = Date.parse(order.createdAt) < Date.parse(s.installedAt) ? 'fail' : s.articleImportFinished ? 'pass' : 'warn';
  out[2] = urlOk ? 'pass' : 'fail';
  const level = LEVEL[order.status];
  const threshold = LEVEL[s.statusThreshold];
  out[3] = FINAL.includes(order.status) ? 'fail' : level === undefined || threshold === undefined ? 'warn' : level >= threshold ? 'pass' : 'fail';

  // Check 4: needed VAT codes and GL accounts by region; mapped but unneeded ones only warn.
  const valid = (country: string): boolean => COUNTRY_CODES.includes(country);
  const country = [order.shipping.country, order.billing.country].find(valid) ?? null;
  const shipping = order.shippingLines.reduce((sum, l) => sum + cents(l.total) + cents(l.totalTax), 0);
  const rate = (rateId: number | null): number | null => site.taxRates.find((r) => r.id === rateId)?.percent ?? null;
  const region = country === null ? null : country === profile.homeCountry ? 'domestic' : EU.includes(country) ? 'eu' : 'outside';
  const vat = s.vatMapping;
  const gl = s.glMapping;
  const needed: (string | null)[] = [];
  if (region === 'domestic') {
    for (const l of order.lineItems) {
      const r = rate(l.rateId);
      needed.push(r === 0 ? vat.domesticZero : r !== null && r < 15 ? vat.domesticLow : vat.domesticHigh);
    }
  } else if (region !== null) needed.push(region === 'eu' ? vat.eu : vat.outsideEu);
  if (region !== null) needed.push(region === 'domestic' ? gl.revenueDomestic : region === 'eu' ? gl.revenueEu : gl.revenueOutsideEu);
  if (shipping > 0) needed.push(gl.shipping);
  out[4] = judgeMapping(needed, vat, gl, division);

  // Check 5: documents by YourRef = the order's number; a match (±1 calendar day, ±0.05) means imported.
  const ref = orderNumber(order);
  const docs = s.duplicateCheck ? division.salesOrders.filter((d) => d.YourRef === ref) : [];
  const imported = docs.some((d) => Math.abs(dayNumber(d.OrderDate) - dayNumber(order.createdAt)) <= 1 && Math.abs(cents(d.AmountDC) - cents(orderTotal(order))) <= 5);
  out[5] = !s.duplicateCheck ? 'not-applicable' : imported || docs.length === 0 ? 'pass' : 'fail';
  out[6] = country !== null ? 'pass' : 'fail';

  // Checks 7 and 8: articles by SKU (trimmed, case-insensitive), the shipping article when shipping costs.
  const codes = order.lineItems.map((l) => l.sku.trim());
  if (shipping > 0 && s.shippingArticleCode) codes.push(s.shippingArticleCode);
  Object.assign(out, judgeArticles(codes, dayNumber(order.createdAt), division, s, dayNumber));

  return verdictOf(out, imported);
}
