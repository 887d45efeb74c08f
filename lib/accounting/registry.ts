import type { AccountingSettings, AccountingSystemId } from './settings';
import type { AccountingSystem } from './types';
import { exactAccounting } from './exact';

/**
 * Every accounting system, one line each: the background, the settings handlers and the popup's
 * view reach a system only through here (lint forbids lib/background from importing a system's
 * folder). A new system is a folder under lib/accounting/, a member in lib/accounting/settings.ts
 * and a line here.
 */
export const accountingSystems: { readonly [K in AccountingSystemId]: AccountingSystem } = {
  exact: exactAccounting,
};

/** The system a connection keeps its books in. */
export function accountingFor(settings: { accounting: Pick<AccountingSettings, 'system'> }): AccountingSystem {
  return accountingSystems[settings.accounting.system];
}

/** All systems, in the order the options page offers them. */
export function allAccountingSystems(): AccountingSystem[] {
  return Object.values(accountingSystems);
}
