import { ConnectionProfileSchema, type ConnectionProfile } from '../model/connection';
import { CONFIG_FORMAT, CONFIG_VERSION, type ConfigDocument } from './schema';

/**
 * The export document. Every profile is re-parsed with the profile schema, which keeps only the
 * keys it declares: a token that somehow rode along on a profile object is dropped here.
 */
export function exportConfig(profiles: readonly ConnectionProfile[], now: Date = new Date()): ConfigDocument {
  return {
    format: CONFIG_FORMAT,
    version: CONFIG_VERSION,
    exportedAt: now.toISOString(),
    connections: profiles.map((profile) => ConnectionProfileSchema.parse(profile)),
  };
}

/** The file text: pretty-printed so support staff can read and diff it. */
export function serializeConfig(document: ConfigDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `import-doctor-config-2024-03-01.json` */
export function configFileName(now: Date = new Date()): string {
  return `import-doctor-config-${now.toISOString().slice(0, 10)}.json`;
}
