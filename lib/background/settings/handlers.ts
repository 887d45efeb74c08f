import { requestSchemas, type ResponseOf, type SettingsMessage } from '../../messaging/protocol';
import { testConnection } from './connection-test';
import { deleteConnection, listConnections, saveConnection } from './connections';
import { exportConfiguration, importConfiguration } from './config';
import type { SettingsDeps } from './deps';
import { connectAccounting, redirectUri, refreshMasterData } from './accounting';
import { guarded, refusal, type Handler } from './guard';
import { getProfile } from '../../storage/profiles';
import { readSettings, writeSettings } from '../../sync/store';

/** One plain function per message: `(payload, sender) => Promise<answer>`; never throws. */
export type SettingsHandlers = { [K in SettingsMessage]: Handler<ResponseOf<K>> };

export function createSettingsHandlers(deps: SettingsDeps): SettingsHandlers {
  const s = requestSchemas;
  return {
    'connections.list': guarded(deps, s['connections.list'], () => listConnections(deps)),
    'connections.save': guarded(deps, s['connections.save'], (request) => changing(deps, saveConnection(deps, request))),
    'connections.delete': guarded(deps, s['connections.delete'], ({ id }) => changing(deps, deleteConnection(id))),
    'connections.test': guarded(deps, s['connections.test'], (request) => testConnection(deps, request)),
    'accounting.connect': guarded(deps, s['accounting.connect'], ({ id }) => connectAccounting(deps, id)),
    'accounting.redirectUri': guarded(deps, s['accounting.redirectUri'], async (request) => redirectUri(deps, request)),
    'accounting.refreshMasterData': guarded(deps, s['accounting.refreshMasterData'], ({ id }) => refreshMasterData(deps, id)),
    'config.export': guarded(deps, s['config.export'], () => exportConfiguration(deps)),
    'config.import': guarded(deps, s['config.import'], ({ document }) => changing(deps, importConfiguration(deps, document))),
    'sync.settings': guarded(deps, s['sync.settings'], async () => ({ ok: true as const, settings: await readSettings() })),
    'sync.saveSettings': guarded(deps, s['sync.saveSettings'], async (settings) => {
      await writeSettings(settings);
      return { ok: true as const, settings };
    }),
    'sync.runNow': guarded(deps, s['sync.runNow'], async ({ id }) => {
      const profile = await getProfile(id);
      if (!profile) return refusal('options.error.not-found');
      await deps.runSync(profile);
      return { ok: true as const };
    }),
  };
}

/** After the set of connections changed, what depends on it (own-domain page scripts) follows. */
async function changing<T>(deps: SettingsDeps, work: Promise<T>): Promise<T> {
  const answer = await work;
  await deps.connectionsChanged();
  return answer;
}
