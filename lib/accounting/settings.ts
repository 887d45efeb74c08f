import { z } from 'zod';
import { EXACT_DISPLAY_NAME, EXACT_HOSTS, ExactAccountingSchema } from './exact/settings';

export { ExactAccountingSchema } from './exact/settings';

/**
 * A connection's `accounting`: one member per accounting system, keyed on `system` (one line per
 * system, beside lib/accounting/registry.ts). Each member's stored JSON is its own shape, so
 * adding a system changes no stored profile. Only zod here: lib/model/connection.ts imports it.
 */
export const AccountingSettingsSchema = z.discriminatedUnion('system', [ExactAccountingSchema]);
export type AccountingSettings = z.infer<typeof AccountingSettingsSchema>;
export type AccountingSystemId = AccountingSettings['system'];

/** The system ids, for requests that name a system (the union's keys). */
export const AccountingSystemIdSchema = z.enum(['exact']);
// Compile-time: the enum and the union's keys are the same set.
const sameIds: [z.infer<typeof AccountingSystemIdSchema>, AccountingSystemId] extends [AccountingSystemId, z.infer<typeof AccountingSystemIdSchema>] ? true : never = true;
void sameIds;

const DISPLAY_NAMES: Record<AccountingSystemId, string> = { exact: EXACT_DISPLAY_NAME };
/** The API hosts of each system, read from its settings schema (Exact: one host per country). */
const HOSTS: Record<AccountingSystemId, readonly string[]> = { exact: EXACT_HOSTS };

/** Every accounting system's hosts as manifest match patterns (wxt.config.ts): only zod behind it, so Node can load it. */
export function accountingHostPermissions(): string[] {
  return Object.values(HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));
}

/** A system's name as the merchant knows it, for code that names a side without reaching the system (call names, texts). */
export function accountingSystemName(system: AccountingSystemId): string {
  return DISPLAY_NAMES[system];
}
