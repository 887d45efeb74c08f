import { describe, expect, it } from 'vitest';
import type { ConnectionProfile } from '../../model/connection';
import { bolProfile } from './fixtures';
import { asBolSkuSource, BOL_SKU_SOURCES, DEFAULT_BOL_SKU_SOURCE, skuSourceOf } from './sku-source';

/** A profile as it will look once the connector settings carry the (proposed) skuSource field. */
const withChoice = (value: unknown): ConnectionProfile => {
  const profile = bolProfile();
  return { ...profile, connector: { ...profile.connector, ...{ skuSource: value } } };
};

describe('which bol value is the article code', () => {
  it('offers the offer reference (default) and the EAN', () => {
    expect(BOL_SKU_SOURCES).toEqual(['offer-reference', 'ean']);
    expect(DEFAULT_BOL_SKU_SOURCE).toBe('offer-reference');
  });

  it('reads the default from today\'s profiles, which carry no choice', () => {
    expect(skuSourceOf(bolProfile())).toBe('offer-reference');
  });

  it('reads a connector choice once the profile carries one, and ignores junk', () => {
    expect(skuSourceOf(withChoice('ean'))).toBe('ean');
    expect(skuSourceOf(withChoice('offer-reference'))).toBe('offer-reference');
    expect(skuSourceOf(withChoice('EAN '))).toBe('offer-reference');
    expect(skuSourceOf(withChoice(7))).toBe('offer-reference');
    expect(asBolSkuSource(null)).toBeNull();
  });
});
