import { msg } from '../i18n/message';
import type { ConnectionProfile } from '../model/connection';
import { descriptorOf } from '../shops/descriptors';
import { pathToString, type FieldIssue, type PathSegment } from './issues';

/**
 * Rules the zod schema cannot state because they depend on the platform or on the runtime: the
 * shape of the shop address, the connector's shop URL (where the platform's descriptor compares it), a real IANA time zone,
 * a status threshold the platform offers, a warehouse code when the warehouse module is on.
 * Shared by the options form (inline errors), the save handler and the config import.
 */
export interface RuleContext {
  /** The platform's thresholds (adapter.statusThresholds); null skips that rule. */
  thresholds: readonly string[] | null;
  /** The platform's article-code choices (adapter.skuSources); absent skips that rule. */
  skuSources?: readonly string[];
}

/** The rules a registered platform imposes (its adapter's thresholds and article-code choices). */
export function rulesOf(adapter: { statusThresholds: readonly string[]; skuSources?: readonly string[] }): RuleContext;
export function rulesOf(adapter: { statusThresholds: readonly string[]; skuSources?: readonly string[] } | undefined): RuleContext | undefined;
export function rulesOf(adapter: { statusThresholds: readonly string[]; skuSources?: readonly string[] } | undefined): RuleContext | undefined {
  return adapter && { thresholds: adapter.statusThresholds, skuSources: adapter.skuSources ?? [] };
}

export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * What the rules read of a profile. A ConnectionProfile has it; so does the options form's
 * candidate before the schema accepts it, so the form can show these problems in the same round
 * as the schema's (an empty date must not hide a wrong shop address).
 */
export interface RuleSubject {
  platform: ConnectionProfile['platform'];
  shopAddress: string | null;
  timeZone: string;
  connector: Pick<ConnectionProfile['connector'], 'shopUrl' | 'statusThreshold' | 'skuSource' | 'warehouseModule' | 'warehouseCode'>;
}

export function profileRuleIssues(profile: RuleSubject, context: RuleContext, prefix: readonly PathSegment[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: PathSegment[], key: string, params?: Record<string, string>) =>
    issues.push({ path: pathToString([...prefix, ...path]), message: msg(key, params) });

  const descriptor = descriptorOf(profile.platform);
  if (descriptor.address.kind !== 'none' && !descriptor.address.valid(profile.shopAddress)) {
    add(['shopAddress'], descriptor.address.issueKey);
  }
  const connectorUrl = profile.connector.shopUrl;
  if (descriptor.capabilities.comparesConnectorShopUrl && (connectorUrl === null || !isHttpUrl(connectorUrl))) {
    add(['connector', 'shopUrl'], connectorUrl === null ? 'config.issue.connector-url-required' : 'config.issue.url');
  }
  if (!isTimeZone(profile.timeZone)) add(['timeZone'], 'config.issue.time-zone');
  const thresholds = context.thresholds;
  const skuSource = profile.connector.skuSource;
  if (skuSource !== undefined && context.skuSources !== undefined && !context.skuSources.includes(skuSource)) {
    add(['connector', 'skuSource'], context.skuSources.length === 0 ? 'config.issue.sku-source-none' : 'config.issue.one-of', { options: context.skuSources.join(', ') });
  }
  if (thresholds !== null && !thresholds.includes(profile.connector.statusThreshold)) {
    add(['connector', 'statusThreshold'], 'config.issue.one-of', { options: thresholds.join(', ') });
  }
  if (profile.connector.warehouseModule && profile.connector.warehouseCode === null) {
    add(['connector', 'warehouseCode'], 'config.issue.warehouse-code-required');
  }
  return issues;
}
