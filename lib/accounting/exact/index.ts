import type { AccountingClient } from '../types';
import type { ConnectionProfile } from '../../model/connection';
import { defaultHttpDeps, type HttpDeps } from '../../net/http';
import { createExactClient } from './client';
import { invalidateMasterData, refreshMasterData, type MasterData } from './master-data';
import { connectExact, type ConnectExactInput, type ConnectExactResult } from './oauth';
import { budgetKey, budgetSummary, type ExactBudgetSummary } from './rate-limit';
import { createTokenManager } from './tokens';

/**
 * Exact Online as the background worker sees it: one small object, so the worker never reaches
 * into the adapter's files. Tokens, paging, budget and cache stay behind it.
 */

/** Callers pass a clock as epoch ms or as Date; both are accepted. */
export type Clock = () => number | Date;

function toMs(clock: Clock): () => number {
  return () => {
    const value = clock();
    return typeof value === 'number' ? value : value.getTime();
  };
}

export interface ExactAccounting {
  system: 'exact';
  displayName: string;
  createClient(profile: ConnectionProfile, connectionId: string, http?: HttpDeps, now?: Clock): AccountingClient;
  connect(input: ConnectExactInput): Promise<ConnectExactResult>;
  refreshMasterData(connectionId: string, http?: HttpDeps, now?: Clock): Promise<MasterData>;
  invalidateMasterData(profile: ConnectionProfile): Promise<void>;
  /** "Calls left today" for the popup; null before the first answer from Exact (or no division). */
  budget(profile: ConnectionProfile, now?: Clock): Promise<ExactBudgetSummary | null>;
}

export const exactAccounting: ExactAccounting = {
  system: 'exact',
  displayName: 'Exact Online',

  createClient(profile, connectionId, http = defaultHttpDeps, now = () => http.now()) {
    const clock = toMs(now);
    // Token managers share this worker's in-flight refreshes, so a client per diagnosis is fine.
    return createExactClient({ profile, connectionId, http, now: clock, tokens: createTokenManager({ http, now: clock }) });
  },

  connect: connectExact,

  refreshMasterData(connectionId, http = defaultHttpDeps, now = () => http.now()) {
    return refreshMasterData(connectionId, { http, now: toMs(now) });
  },

  async invalidateMasterData(profile) {
    if (profile.accounting.division !== null) await invalidateMasterData(profile.accounting.host, profile.accounting.division);
  },

  async budget(profile, now = Date.now) {
    if (profile.accounting.division === null) return null;
    return budgetSummary(budgetKey(profile.accounting.host, profile.accounting.division), toMs(now)());
  },
};

export { createExactClient } from './client';
export { connectExact, buildAuthorizeUrl } from './oauth';
export type { ConnectExactInput, ConnectExactResult } from './oauth';
export type { ExactBudgetSummary } from './rate-limit';
export type { MasterData } from './master-data';
export { MASTER_DATA_TTL_MS } from './master-data';
