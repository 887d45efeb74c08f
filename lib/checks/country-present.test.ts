import { describe, expect, it } from 'vitest';
import { countryPresent } from './country-present';
import { ISO_COUNTRY_CODES, validCountry } from './support/iso-countries';
import { context, fail } from './test-support/context-builder';
import { evidenceOf, textProblems } from './test-support/messages';

const run = (shippingCountry: string | null, billingCountry: string | null) =>
  countryPresent.run(context({ order: { shippingCountry, billingCountry } }));

describe('check 6 — country present', () => {
  it('passes with both countries', () => {
    const result = run('NL', 'NL');
    expect(result.outcome).toBe('pass');
    expect(result.summary).toEqual({ key: 'check.6.pass', params: { country: 'NL' } });
    expect(textProblems(result)).toEqual([]);
  });

  it('passes with only a delivery country', () => {
    const result = run('BE', null);
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)).toEqual(['evidence.shipping-country=BE', 'evidence.billing-country.missing=—']);
  });

  it('passes with only a billing country', () => {
    const result = run('', 'DE');
    expect(result.outcome).toBe('pass');
    expect(result.summary.params).toEqual({ country: 'DE' });
    expect(evidenceOf(result)).toEqual(['evidence.shipping-country.missing=—', 'evidence.billing-country=DE']);
  });

  it('accepts "nl " after trimming and upper-casing', () => {
    const result = run('nl ', null);
    expect(result.outcome).toBe('pass');
    expect(evidenceOf(result)[0]).toBe('evidence.shipping-country=NL');
  });

  it('fails when neither is valid, showing what the shop gave', () => {
    const result = run('XX', 'Nederland');
    expect(result.outcome).toBe('fail');
    expect(result.summary.key).toBe('check.6.fail.no-country');
    expect(result.fix?.key).toBe('check.6.fix.no-country');
    expect(evidenceOf(result)).toEqual(['evidence.shipping-country.invalid="XX"', 'evidence.billing-country.invalid="Nederland"']);
    expect(textProblems(result)).toEqual([]);
  });

  it('fails when both are missing', () => {
    expect(run(null, '  ').outcome).toBe('fail');
  });

  it('uses the valid one when the other is invalid', () => {
    expect(run('XX', 'fr').summary.params).toEqual({ country: 'FR' });
  });

  it('ends in error when the order could not be read', () => {
    expect(countryPresent.run(context({ order: fail('malformed', 'shop') })).outcome).toBe('error');
  });
});

describe('ISO 3166-1 alpha-2 codes', () => {
  it('holds the 249 assigned codes', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
  });

  it.each(['XX', 'XK', 'UK', 'EL', 'EU', 'ZZ', 'N1', 'NLD', 'N', ''])('rejects %j', (code) => {
    expect(validCountry(code)).toBeNull();
  });

  it.each([['gr', 'GR'], [' gb', 'GB'], ['Cw', 'CW'], ['ss', 'SS']])('accepts %j as %s', (raw, code) => {
    expect(validCountry(raw)).toBe(code);
  });
});
