import { describe, expect, it } from 'vitest';
import type { FailureKind } from '../model/fetched';
import { vatAndGlMapping } from './vat-and-gl-mapping';
import { context, fail, glAccounts, line, vatCodes, type ContextPatch } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

const run = (patch: ContextPatch = {}) => vatAndGlMapping.run(context(patch));
const withoutVat = (code: string) => ({ ok: true as const, value: vatCodes().filter((v) => v.code !== code) });
const blockedVat = (code: string) => ({ ok: true as const, value: vatCodes().map((v) => (v.code === code ? { ...v, blocked: true } : v)) });
const withoutGl = (code: string) => ({ ok: true as const, value: glAccounts().filter((g) => g.code !== code) });

describe('check 4 — what the order needs', () => {
  it('passes a domestic order whose codes are all usable, listing each', () => {
    const result = run();
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)).toEqual([
      'evidence.region.domestic=NL',
      'evidence.vat.domestic-high.ok=VH',
      'evidence.vat.domestic-low.ok=VL',
      'evidence.gl.revenue-domestic.ok=8000',
      'evidence.gl.shipping.ok=8300',
      'evidence.vat.domestic-zero.ok=V0',
      'evidence.vat.eu.ok=EU',
      'evidence.vat.outside-eu.ok=EX',
      'evidence.gl.revenue-eu.ok=8100',
      'evidence.gl.revenue-outside-eu.ok=8200',
    ]);
    expect(textProblems(result)).toEqual([]);
  });

  it('needs the domestic high code for lines with an unknown rate', () => {
    const result = run({ order: { lines: [line('A-1', { vatRate: null })] }, vatCodes: withoutVat('VH') });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.vat.domestic-high.missing=VH');
  });

  it('needs the domestic zero code for a 0 % line', () => {
    const result = run({ order: { lines: [line('A-1', { vatRate: 0 })] }, vatCodes: withoutVat('V0') });
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.4.fail.needed');
    expect(result.fix?.key).toBe('check.4.fix.needed');
  });

  it('does not need the low code for an order with only high-rate lines: a missing one warns', () => {
    const result = run({ order: { lines: [line('A-1', { vatRate: 21 })] }, vatCodes: withoutVat('VL') });
    expect(result.outcome).toBe('warn');
    expect(result.summary.key).toBe('check.4.warn.not-needed');
    expect(result.fix?.key).toBe('check.4.fix.not-needed');
    expect(evidenceOf(result)).toContain('evidence.vat.domestic-low.missing=VL');
    expect(textProblems(result)).toEqual([]);
  });

  it('uses the delivery country first', () => {
    const result = run({ order: { shippingCountry: 'BE', billingCountry: 'NL' }, vatCodes: withoutVat('EU') });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.region.eu=BE');
    expect(evidenceOf(result)).toContain('evidence.vat.eu.missing=EU');
  });

  it('falls back to the billing country when the delivery country is missing or invalid', () => {
    expect(evidenceOf(run({ order: { shippingCountry: null, billingCountry: 'de' } }))).toContain('evidence.region.eu=DE');
    expect(evidenceOf(run({ order: { shippingCountry: 'XX', billingCountry: 'US' } }))).toContain('evidence.region.outside-eu=US');
  });

  it('counts Greece (GR) as EU and Switzerland as outside the EU', () => {
    expect(evidenceOf(run({ order: { shippingCountry: 'GR' } }))).toContain('evidence.region.eu=GR');
    expect(evidenceOf(run({ order: { shippingCountry: 'CH' } }))).toContain('evidence.region.outside-eu=CH');
  });

  it('is relative to the home country', () => {
    const result = run({ profile: { homeCountry: 'BE' }, order: { shippingCountry: 'NL' } });
    expect(evidenceOf(result)).toContain('evidence.region.eu=NL');
  });

  it('needs the outside-EU code and revenue account for an order outside the EU', () => {
    const result = run({ order: { shippingCountry: 'US' }, connector: { vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: 'V0', eu: 'EU', outsideEu: null } } });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)[1]).toBe('evidence.vat.outside-eu.unmapped=—');
  });

  it('fails when the region’s revenue account is blocked', () => {
    const result = run({ order: { shippingCountry: 'FR' }, glAccounts: { ok: true, value: glAccounts().map((g) => (g.code === '8100' ? { ...g, blocked: true } : g)) } });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.gl.revenue-eu.blocked=8100');
  });

  it('fails when a needed VAT code is blocked', () => {
    const result = run({ vatCodes: blockedVat('VH') });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.vat.domestic-high.blocked=VH');
  });

  it('needs the shipping account only when the order carries shipping cost', () => {
    expect(run({ glAccounts: withoutGl('8300') }).outcome).toBe('fail');
    const noShipping = run({ order: { shippingTotal: 0 }, glAccounts: withoutGl('8300') });
    expect(noShipping.outcome).toBe('warn');
    expect(evidenceOf(noShipping)).toContain('evidence.gl.shipping.missing=8300');
  });

  it('fails when the shipping account is unmapped and shipping is charged', () => {
    const result = run({ connector: { glMapping: { revenueDomestic: '8000', revenueEu: '8100', revenueOutsideEu: '8200', shipping: null } } });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result)).toContain('evidence.gl.shipping.unmapped=—');
  });

  it('does not show unmapped slots this order does not need', () => {
    const result = run({ connector: { vatMapping: { domesticHigh: 'VH', domesticLow: 'VL', domesticZero: null, eu: null, outsideEu: null } } });
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result).some((e) => e.includes('unmapped'))).toBe(false);
  });

  it('matches codes ignoring padding and case, as Exact pads VAT codes', () => {
    const padded = { ok: true as const, value: vatCodes().map((v) => ({ ...v, code: `${v.code.toLowerCase()}  ` })) };
    expect(run({ vatCodes: padded }).outcome).toBe('pass');
  });

  it('lists every problem, needed first', () => {
    const result = run({ vatCodes: { ok: true, value: [] } });
    expect(result.outcome).toBe('fail');
    expect(evidenceOf(result).filter((e) => e.includes('.missing='))).toHaveLength(5);
  });
});

describe('check 4 — without a country', () => {
  it('leaves the VAT region to check 6 but still checks shipping and the other mappings', () => {
    const result = run({ order: { shippingCountry: '', billingCountry: null } });
    expect(result.outcome).toBe('pass');
    expect(result.summary.key).toBe('check.4.pass.no-country');
    expect(evidenceOf(result)[0]).toBe('evidence.no-country=—');
    expect(evidenceOf(result)[1]).toBe('evidence.gl.shipping.ok=8300');
    expect(textProblems(result)).toEqual([]);
  });

  it('fails on a missing shipping account even without a country', () => {
    expect(run({ order: { shippingCountry: null, billingCountry: null }, glAccounts: withoutGl('8300') }).outcome).toBe('fail');
  });

  it('warns on a broken mapping even without a country', () => {
    expect(run({ order: { shippingCountry: null, billingCountry: null }, vatCodes: withoutVat('EU') }).outcome).toBe('warn');
  });
});

describe('check 4 — inputs that could not be read', () => {
  it.each<FailureKind>(['unauthorized', 'timeout', 'malformed', 'rate-limited'])('ends in error when the VAT codes failed (%s)', (kind) => {
    const result = run({ vatCodes: fail(kind, 'accounting', 'Exact GET vat/VATCodes') });
    expect(result.outcome).toBe('error');
    expect(result.failure?.call).toBe('Exact GET vat/VATCodes');
    expect(result.summary).toEqual({ key: `failure.${kind}`, params: { side: 'Exact Online' } });
  });

  it('ends in error when the GL accounts failed', () => {
    expect(run({ glAccounts: fail('server') }).outcome).toBe('error');
  });

  it('ends in error when the order failed', () => {
    expect(run({ order: fail('not-visible', 'shop') }).outcome).toBe('error');
  });
});
