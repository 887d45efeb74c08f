import { describe, expect, it } from 'vitest';
import { exactProfile } from './exact/test-support/setup';
import { masterDataWanted } from './master-data-wanted';

const connector = exactProfile().connector;

describe('masterDataWanted', () => {
  it('asks for the mapped VAT codes and GL accounts, trimmed and once each, and the main warehouse', () => {
    const wanted = masterDataWanted({
      ...connector,
      vatMapping: { domesticHigh: ' VH ', domesticLow: 'VL', domesticZero: null, eu: 'VH', outsideEu: null },
      glMapping: { revenueDomestic: '8000', revenueEu: null, revenueOutsideEu: null, shipping: '8300' },
    });
    expect(wanted).toEqual({ vatCodes: ['VH', 'VL'], glAccounts: ['8000', '8300'], warehouse: { main: true } });
  });

  it('asks for the configured warehouse with the module on, none without a code, none outside Handel', () => {
    expect(masterDataWanted({ ...connector, warehouseModule: true, warehouseCode: ' 2 ' }).warehouse).toEqual({ code: '2' });
    expect(masterDataWanted({ ...connector, warehouseModule: true, warehouseCode: null }).warehouse).toBeNull();
    expect(masterDataWanted({ ...connector, edition: 'facturen' }).warehouse).toBeNull();
  });
});
