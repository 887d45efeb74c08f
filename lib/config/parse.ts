import { z } from 'zod';
import { msg } from '../i18n/message';
import type { Platform } from '../model/order';
import { issuesFromZod, pathToString, type FieldIssue } from './issues';
import { profileRuleIssues, type RuleContext } from './profile-rules';
import { CONFIG_FORMAT, CONFIG_VERSION, ConfigDocumentSchema, MAX_CONFIG_CHARS, type ConfigDocument } from './schema';

export type ParsedConfig = { ok: true; document: ConfigDocument } | { ok: false; issues: FieldIssue[] };

export interface ParseOptions {
  /**
   * The status thresholds of a platform import-doctor supports, or undefined when it does not
   * (then a connection of that platform is refused). Omitted: platform rules are not checked.
   */
  rulesFor?: (platform: Platform) => RuleContext | undefined;
}

const HeaderSchema = z.object({ format: z.unknown(), version: z.unknown() });
const whole = (key: string, params?: Record<string, string | number>): ParsedConfig => ({
  ok: false,
  issues: [{ path: '', message: msg(key, params) }],
});

/**
 * Reads a configuration file: JSON, then the format and version (so a wrong file gets one clear
 * sentence instead of fifty field errors), then every field, then the platform rules.
 */
export function parseConfig(text: string, options: ParseOptions = {}): ParsedConfig {
  if (text.length > MAX_CONFIG_CHARS) return whole('config.error.too-large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return whole('config.error.bad-json', { detail: error instanceof Error ? error.message.slice(0, 200) : '' });
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== CONFIG_FORMAT) return whole('config.error.wrong-format');
  const version = header.data.version;
  if (version !== CONFIG_VERSION) {
    const newer = typeof version === 'number' && version > CONFIG_VERSION;
    return whole(newer ? 'config.error.newer-version' : 'config.error.wrong-version', {
      found: typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : '?',
      supported: CONFIG_VERSION,
    });
  }
  const parsed = ConfigDocumentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, json) };
  const issues = [...duplicateIds(parsed.data), ...ruleIssues(parsed.data, options)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, document: parsed.data };
}

function duplicateIds(document: ConfigDocument): FieldIssue[] {
  const seen = new Set<string>();
  return document.connections.flatMap((profile, index) => {
    if (!seen.has(profile.id)) {
      seen.add(profile.id);
      return [];
    }
    return [{ path: pathToString(['connections', index, 'id']), message: msg('config.issue.duplicate-id') }];
  });
}

function ruleIssues(document: ConfigDocument, options: ParseOptions): FieldIssue[] {
  const lookup = options.rulesFor;
  return document.connections.flatMap((profile, index) => {
    const prefix = ['connections', index];
    if (!lookup) return profileRuleIssues(profile, { thresholds: null }, prefix);
    const rules = lookup(profile.platform);
    if (rules === undefined) {
      return [{ path: pathToString([...prefix, 'platform']), message: msg('config.issue.platform-unsupported', { platform: profile.platform }) }];
    }
    return profileRuleIssues(profile, rules, prefix);
  });
}
