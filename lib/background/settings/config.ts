import { configFileName, exportConfig, serializeConfig } from '../../config/export';
import { parseConfig } from '../../config/parse';
import { rulesOf } from '../../config/profile-rules';
import type { ImportedConnection, ProtocolMap } from '../../messaging/protocol';
import { db } from '../../storage/db';
import { getProfile, listProfiles, saveProfile } from '../../storage/profiles';
import type { SettingsDeps } from './deps';
import { refusal } from './guard';
import { retireStaleSecrets } from './status';

type ExportAnswer = ReturnType<ProtocolMap['config.export']>;
type ImportAnswer = ReturnType<ProtocolMap['config.import']>;

/** The configuration file of every connection: settings only, by construction (lib/config). */
export async function exportConfiguration(deps: SettingsDeps): Promise<ExportAnswer> {
  const now = new Date(deps.now());
  const document = exportConfig(await listProfiles(), now);
  return { ok: true, text: serializeConfig(document), fileName: configFileName(now), count: document.connections.length };
}

/**
 * Imports a configuration file: all connections or none. A connection with an existing id replaces
 * that one's settings; credentials are never imported (the file has none), and stored ones that
 * no longer fit the new shop address or accounting host are dropped, as on save.
 */
export async function importConfiguration(deps: SettingsDeps, text: string): Promise<ImportAnswer> {
  const parsed = parseConfig(text, { rulesFor: (platform) => rulesOf(deps.adapterFor(platform)) });
  if (!parsed.ok) return refusal('options.import.invalid', { issues: parsed.issues });
  const imported: ImportedConnection[] = [];
  await db().transaction('rw', db().profiles, db().secrets, db().kv, async () => {
    for (const profile of parsed.document.connections) {
      const previous = await getProfile(profile.id);
      await retireStaleSecrets(previous, profile);
      await saveProfile(profile);
      imported.push({ id: profile.id, label: profile.label, platform: profile.platform, replaced: previous !== null });
    }
  });
  return { ok: true, imported };
}
