import type { GlAccount, VatCode, Warehouse } from '../../model/accounting';
import { masterDataWanted } from '../master-data-wanted';
import { ApiError } from '../../net/errors';
import { defaultHttpDeps, type HttpDeps } from '../../net/http';
import { getProfile } from '../../storage/profiles';
import { createExactClient } from './client';
import { invalidateMasterData } from './master-data-cache';
import { createTokenManager } from './tokens';

/**
 * The "refresh now" button for Exact master data. Why separate from the cache: the merchant just
 * fixed a VAT code or a GL account in Exact and wants the next check to see it, without waiting
 * for the 6-hour TTL. Drops the cached rows and fetches again what the checks need of all three.
 */
export { MASTER_DATA_TTL_MS, invalidateMasterData, masterDataKey } from './master-data-cache';

export interface MasterData {
  vatCodes: VatCode[];
  glAccounts: GlAccount[];
  warehouses: Warehouse[];
}

export interface RefreshDeps {
  http?: HttpDeps;
  now?: () => number;
}

/** Refetches the mapped VAT codes and GL accounts and the connector's warehouse into the cache. */
export async function refreshMasterData(connectionId: string, deps: RefreshDeps = {}): Promise<MasterData> {
  const http = deps.http ?? defaultHttpDeps;
  const now = deps.now ?? (() => http.now());
  const profile = await getProfile(connectionId);
  if (!profile) {
    throw new ApiError({
      kind: 'not-connected',
      side: 'accounting',
      call: 'Exact master data',
      httpStatus: null,
      detail: 'no connection with this id',
    });
  }
  const division = profile.accounting.division;
  if (division !== null) await invalidateMasterData(profile.accounting.host, division);
  const client = createExactClient({ profile, connectionId, http, now, tokens: createTokenManager({ http, now }) });
  // One after another: three lists at once would spend the minute's budget in bursts for nothing.
  const wanted = masterDataWanted(profile.connector);
  const vatCodes = await client.vatCodes(wanted.vatCodes);
  const glAccounts = await client.glAccounts(wanted.glAccounts);
  const warehouses = wanted.warehouse === null ? [] : await client.warehouses(wanted.warehouse);
  return { vatCodes, glAccounts, warehouses };
}
