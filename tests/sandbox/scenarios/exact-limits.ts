import { MANDATORY_FILTERS_MASTER_DATA } from '../exact/facts';
import { shopifyChecks } from './shopify-checks';
import type { Scenario } from './types';

/**
 * shopify-checks against a division that enforces Exact's mandatory $filter on every master-data
 * endpoint import-doctor reads (../exact/facts.ts): the same orders must get the same verdicts.
 */
export function exactMandatoryFilters(): Scenario {
  const base = shopifyChecks();
  return {
    ...base,
    name: 'exact-mandatory-filters',
    description: 'shopify-checks, with a division that refuses VAT codes, GL accounts, warehouses and item–warehouse links without a $filter.',
    exact: {
      ...base.exact,
      divisions: base.exact.divisions.map((division) => ({ ...division, mandatoryFilters: MANDATORY_FILTERS_MASTER_DATA })),
    },
  };
}

/**
 * shopify-checks where the connected user may not read VAT codes: every diagnosis and every
 * reconciliation earns a 403 on vat/VATCodes, which Exact counts towards its error block.
 */
export function exactVatCodesForbidden(): Scenario {
  const base = shopifyChecks();
  return {
    ...base,
    name: 'exact-vat-codes-forbidden',
    description: 'shopify-checks, with an Exact user who may not read VAT codes (a persistent 403 that Exact counts towards its error block).',
    exact: {
      ...base.exact,
      divisions: base.exact.divisions.map((division) => ({ ...division, forbiddenEndpoints: ['vat/VATCodes'] })),
    },
  };
}
