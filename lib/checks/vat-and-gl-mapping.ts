/**
 * Check 4 — VAT codes and GL accounts. The connector books each order on the VAT code and revenue
 * account of its region (domestic per rate, EU, outside the EU) and shipping on its own account; a
 * code that is unmapped, gone or blocked in Exact stops the import. Codes not needed now only warn.
 */
import { msg, type Message } from '../i18n/message';
import type { GlAccount, VatCode } from '../model/accounting';
import type { ConnectorSettings, GlMapping, VatMapping } from '../model/connection';
import type { Order } from '../model/order';
import { errorFromFailure } from './support/from-failure';
import { validCountry } from './support/iso-countries';
import { GL_LABELS, VAT_LABELS, type SlotState } from './support/mapping-labels';
import { regionOf, type Region } from './support/regions';
import { NONE, result, row, sameCode } from './support/result';
import { vatClassOf } from './support/vat-class';
import type { Check, Evidence } from './types';

const VAT_SLOTS = ['domesticHigh', 'domesticLow', 'domesticZero', 'eu', 'outsideEu'] as const;
const GL_SLOTS = ['revenueDomestic', 'revenueEu', 'revenueOutsideEu', 'shipping'] as const;
const DOMESTIC_SLOT = { high: 'domesticHigh', low: 'domesticLow', zero: 'domesticZero' } as const;
const REVENUE_SLOT: Record<Region, keyof GlMapping> = {
  domestic: 'revenueDomestic',
  eu: 'revenueEu',
  'outside-eu': 'revenueOutsideEu',
};
const REGION_LABEL: Record<Region, Message> = {
  domestic: msg('evidence.region.domestic'),
  eu: msg('evidence.region.eu'),
  'outside-eu': msg('evidence.region.outside-eu'),
};

function neededVat(order: Order, region: Region | null): Set<keyof VatMapping> {
  if (region === 'eu') return new Set(['eu']);
  if (region === 'outside-eu') return new Set(['outsideEu']);
  if (region === null) return new Set();
  const rates = order.lines.length > 0 ? order.lines.map((l) => l.vatRate) : [null];
  return new Set(rates.map((rate) => DOMESTIC_SLOT[vatClassOf(rate)]));
}

function stateOf(code: string | null, known: { code: string; blocked: boolean }[]): SlotState {
  if (code === null) return 'unmapped';
  const matches = known.filter((k) => sameCode(k.code, code));
  if (matches.length === 0) return 'missing';
  return matches.some((k) => !k.blocked) ? 'ok' : 'blocked';
}

interface Slot {
  code: string | null;
  needed: boolean;
  state: SlotState;
  label: Message;
}

function slots(
  { vatMapping, glMapping }: ConnectorSettings,
  order: Order,
  region: Region | null,
  vatCodes: VatCode[],
  glAccounts: GlAccount[],
): Slot[] {
  const vatNeeded = neededVat(order, region);
  const glNeeded = new Set<keyof GlMapping>(region ? [REVENUE_SLOT[region]] : []);
  if (order.shippingTotal > 0) glNeeded.add('shipping');

  const vat = VAT_SLOTS.map((key): Slot => {
    const state = stateOf(vatMapping[key], vatCodes);
    return { code: vatMapping[key], needed: vatNeeded.has(key), state, label: VAT_LABELS[key][state] };
  });
  const gl = GL_SLOTS.map((key): Slot => {
    const state = stateOf(glMapping[key], glAccounts);
    return { code: glMapping[key], needed: glNeeded.has(key), state, label: GL_LABELS[key][state] };
  });
  // Needed ones first; an unmapped slot this order does not need is nobody's business yet.
  const all = [...vat, ...gl].filter((s) => s.needed || s.code !== null);
  return [...all.filter((s) => s.needed), ...all.filter((s) => !s.needed)];
}

export const vatAndGlMapping: Check = {
  id: 4,
  run(ctx) {
    if (!ctx.order.ok) return errorFromFailure(4, ctx.order.failure, ctx.platform);
    if (!ctx.vatCodes.ok) return errorFromFailure(4, ctx.vatCodes.failure, ctx.platform);
    if (!ctx.glAccounts.ok) return errorFromFailure(4, ctx.glAccounts.failure, ctx.platform);
    const order = ctx.order.value;

    const country = validCountry(order.shippingCountry) ?? validCountry(order.billingCountry);
    const region = country ? regionOf(country, ctx.profile.homeCountry) : null;
    const evidence: Evidence[] = [
      country && region ? row(REGION_LABEL[region], country) : row(msg('evidence.no-country'), NONE),
    ];

    const all = slots(ctx.profile.connector, order, region, ctx.vatCodes.value, ctx.glAccounts.value);
    evidence.push(...all.map((s) => row(s.label, s.code ?? NONE)));
    if (all.some((s) => s.needed && s.state !== 'ok')) {
      return result(4, 'fail', msg('check.4.fail.needed'), { evidence, fix: msg('check.4.fix.needed') });
    }
    if (all.some((s) => s.state !== 'ok')) {
      return result(4, 'warn', msg('check.4.warn.not-needed'), { evidence, fix: msg('check.4.fix.not-needed') });
    }
    return result(4, 'pass', region ? msg('check.4.pass') : msg('check.4.pass.no-country'), { evidence });
  },
};
