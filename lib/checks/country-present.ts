/**
 * Check 6 — country present. The connector picks the VAT code by the order's country, so it needs a
 * delivery or a billing country that is a real ISO 3166-1 alpha-2 code ("nl " counts as NL after
 * trimming and upper-casing; "XX" is no country). One of the two suffices.
 */
import { msg, type Message } from '../i18n/message';
import { errorFromFailure } from './support/from-failure';
import { validCountry } from './support/iso-countries';
import { NONE, result, row } from './support/result';
import type { Check, Evidence } from './types';

interface Labels {
  valid: Message;
  invalid: Message;
  missing: Message;
}

const SHIPPING: Labels = {
  valid: msg('evidence.shipping-country'),
  invalid: msg('evidence.shipping-country.invalid'),
  missing: msg('evidence.shipping-country.missing'),
};
const BILLING: Labels = {
  valid: msg('evidence.billing-country'),
  invalid: msg('evidence.billing-country.invalid'),
  missing: msg('evidence.billing-country.missing'),
};

function countryRow(raw: string | null, labels: Labels): Evidence {
  const valid = validCountry(raw);
  if (valid) return row(labels.valid, valid);
  if (raw === null || raw.trim() === '') return row(labels.missing, NONE);
  // Shown quoted, as the shop gave it, so stray spaces and odd characters are visible.
  return row(labels.invalid, JSON.stringify(raw));
}

export const countryPresent: Check = {
  id: 6,
  run(ctx) {
    if (!ctx.order.ok) return errorFromFailure(6, ctx.order.failure, ctx.platform);
    const { shippingCountry, billingCountry } = ctx.order.value;
    const evidence = [countryRow(shippingCountry, SHIPPING), countryRow(billingCountry, BILLING)];
    const country = validCountry(shippingCountry) ?? validCountry(billingCountry);
    if (country) return result(6, 'pass', msg('check.6.pass', { country }), { evidence });
    return result(6, 'fail', msg('check.6.fail.no-country'), { evidence, fix: msg('check.6.fix.no-country') });
  },
};
