import type { ConnectorSettings } from '../model/connection';

/**
 * Which master data the checks need, from the connector's settings alone. Why: Exact requires a
 * $filter on endpoints with a sync twin (financial/GLAccounts among them), and a whole chart of
 * accounts is hundreds of rows where check 4 compares at most nine codes.
 */

/** Check 8's warehouse: the configured one (warehouse module on), else the division's main one. */
export type WarehouseWanted = { code: string } | { main: true };

export interface MasterDataWanted {
  /** The VAT codes the connector's mapping names (check 4). */
  vatCodes: string[];
  /** The GL accounts the connector's mapping names (check 4). */
  glAccounts: string[];
  /** Null when check 8 needs no warehouse list: not Handel, or the module is on without a code. */
  warehouse: WarehouseWanted | null;
}

const mapped = (codes: (string | null)[]): string[] => [...new Set(codes.flatMap((code) => (code === null ? [] : [code.trim()])))];

export function masterDataWanted(connector: ConnectorSettings): MasterDataWanted {
  let warehouse: WarehouseWanted | null = null;
  if (connector.edition === 'handel') {
    if (!connector.warehouseModule) warehouse = { main: true };
    else if (connector.warehouseCode !== null) warehouse = { code: connector.warehouseCode.trim() };
  }
  return {
    vatCodes: mapped(Object.values(connector.vatMapping)),
    glAccounts: mapped(Object.values(connector.glMapping)),
    warehouse,
  };
}
