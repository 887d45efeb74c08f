import { EXACT_HOSTS } from '../accounting/exact/settings';

/**
 * The Exact Online hosts the profile schema accepts (read from its own pattern in
 * lib/accounting/exact/settings.ts), so the options page's select can never offer a host the
 * schema refuses or miss one it accepts. The schema's first alternative (.nl) comes first.
 */
export function exactHosts(): string[] {
  return [...EXACT_HOSTS];
}
