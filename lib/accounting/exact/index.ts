import type { AccountingSystem, Clock } from '../types';
import { EditionSchema } from '../../model/connection';
import { defaultHttpDeps } from '../../net/http';
import { createExactClient } from './client';
import { EXACT_DISPLAY_NAME, EXACT_HOSTS } from './settings';
import { invalidateMasterData, refreshMasterData } from './master-data';
import { connectExact } from './oauth';
import { budgetKey, budgetSummary } from './rate-limit';
import { createTokenManager, EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, readApp, readTokens, tokenUrl } from './tokens';

/**
 * Exact Online behind the accounting contract (lib/accounting/types.ts): the worker reaches it
 * only through lib/accounting/registry.ts. Tokens, paging, budget and cache stay behind it.
 */

function toMs(clock: Clock): () => number {
  return () => {
    const value = clock();
    return typeof value === 'number' ? value : value.getTime();
  };
}

export const exactAccounting: AccountingSystem = {
  id: 'exact',
  displayName: EXACT_DISPLAY_NAME,
  hosts: EXACT_HOSTS,
  tokenEndpoint: tokenUrl,
  editions: EditionSchema.options,
  appSchema: ExactAppSchema,
  secretKinds: { app: EXACT_APP_KIND, tokens: EXACT_TOKENS_KIND },
  readApp,

  async connectedHost(connectionId) {
    return (await readTokens(connectionId))?.host ?? null;
  },

  connect: (input) => connectExact({ ...input, app: ExactAppSchema.parse(input.app) }),

  createClient(profile, connectionId, http = defaultHttpDeps, now = () => http.now()) {
    const clock = toMs(now);
    // Token managers share this worker's in-flight refreshes, so a client per diagnosis is fine.
    return createExactClient({ profile, connectionId, http, now: clock, tokens: createTokenManager({ http, now: clock }) });
  },

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
