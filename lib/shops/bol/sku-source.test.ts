import { describe, expect, it } from 'vitest';
import type { ConnectionProfile } from '../../model/connection';
import { bolProfile } from './fixtures';
import { asBolSkuSource, BOL_SKU_SOURCES, DEFAULT_BOL_SKU_SOURCE, skuSourceOf } from './sku-source';

/** A profile whose connector settings name a choice (as stored: any string the schema allowed). */
const withChoice = (value: string | undefined): ConnectionProfile => {
  const profile = bolProfile();
  return { ...profile, connector: { ...profile.connector, skuSource: value } };
};

describe('which bol value is the article code', () => {
  it('offers the offer reference (default) and the EAN', () => {
    expect(BOL_SKU_SOURCES).toEqual(['offer-reference', 'ean']);
    expect(DEFAULT_BOL_SKU_SOURCE).toBe('offer-reference');
  });

  it('reads the default when the profile carries no choice', () => {
    expect(skuSourceOf(bolProfile())).toBe('offer-reference');
    expect(skuSourceOf(withChoice(undefined))).toBe('offer-reference');
  });

  it('reads the connector\'s choice, and ignores anything it does not know', () => {
    expect(skuSourceOf(withChoice('ean'))).toBe('ean');
    expect(skuSourceOf(withChoice('offer-reference'))).toBe('offer-reference');
    expect(skuSourceOf(withChoice('EAN '))).toBe('offer-reference');
    expect(asBolSkuSource(7)).toBeNull();
    expect(asBolSkuSource(null)).toBeNull();
  });
});
