import { ExactAppInputSchema, ShopCredentialsInputSchema, type ExactAppInput } from '../../lib/config/credentials';
import { issuesFromZod, type FieldIssue } from '../../lib/config/issues';
import { profileRuleIssues } from '../../lib/config/profile-rules';
import { msg, type Message } from '../../lib/i18n/message';
import type { PlatformInfo, SaveConnectionRequest } from '../../lib/messaging/protocol';
import { ConnectionProfileSchema } from '../../lib/model/connection';
import { profileCandidate, type FormState } from './form-state';
import { platformFields } from './platform-fields';

/** Field path (as in FieldIssue, without a `profile.` prefix) → what to show next to the field. */
export type FieldErrors = Record<string, Message>;

export type Validated = { ok: true; request: SaveConnectionRequest } | { ok: false; errors: FieldErrors };

/** Issues (from this form or from the background) as per-field errors; the first per field wins. */
export function errorsFromIssues(issues: readonly FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.replace(/^profile\./, '');
    errors[path] ??= issue.message;
  }
  return errors;
}

function shopCredentials(form: FormState, issues: FieldIssue[]): Record<string, string> | undefined {
  const fields = platformFields(form.platform).credentials;
  const typed = Object.fromEntries(fields.map((field) => [field.name, (form.shopCredentials[field.name] ?? '').trim()]));
  const filled = Object.values(typed).filter((value) => value !== '').length;
  if (filled === 0) return undefined;
  for (const [name, value] of Object.entries(typed)) {
    if (value === '') issues.push({ path: `shopCredentials.${name}`, message: msg('config.issue.empty') });
  }
  const parsed = ShopCredentialsInputSchema.safeParse(typed);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, typed, ['shopCredentials']));
  return filled === fields.length && parsed.success ? parsed.data : undefined;
}

function accountingApp(form: FormState, issues: FieldIssue[]): ExactAppInput | undefined {
  const typed = { clientId: form.clientId.trim(), clientSecret: form.clientSecret.trim() };
  if (typed.clientId === '' && typed.clientSecret === '') return undefined;
  const parsed = ExactAppInputSchema.safeParse(typed);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, typed, ['accountingApp']));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Checks the form the way the background will (profile schema, platform rules, credential
 * shapes), so the merchant sees every problem next to its field before anything is sent.
 */
export function validateForm(form: FormState, platform: PlatformInfo | undefined): Validated {
  const issues: FieldIssue[] = [];
  const candidate = profileCandidate(form);
  const parsed = ConnectionProfileSchema.safeParse(candidate);
  if (!parsed.success) issues.push(...issuesFromZod(parsed.error, candidate));
  // The rules read the candidate itself, so they speak in the same round as the schema.
  issues.push(...profileRuleIssues(candidate, platform ? { thresholds: platform.statusThresholds, skuSources: platform.skuSources } : { thresholds: null }));
  if (form.installedAt.trim() === '') issues.unshift({ path: 'connector.installedAt', message: msg('config.issue.empty') });
  if (!platform) issues.push({ path: 'platform', message: msg('config.issue.platform-unsupported', { platform: form.platform }) });
  const credentials = shopCredentials(form, issues);
  const app = accountingApp(form, issues);
  if (issues.length > 0 || !parsed.success) return { ok: false, errors: errorsFromIssues(issues) };
  const request: SaveConnectionRequest = { profile: parsed.data };
  if (credentials) request.shopCredentials = credentials;
  if (app) request.accountingApp = app;
  return { ok: true, request };
}
