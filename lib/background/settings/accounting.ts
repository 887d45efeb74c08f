import type { Answer, ProtocolMap, RedirectUriRequest } from '../../messaging/protocol';
import type { Failure } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import { getProfile, saveProfile } from '../../storage/profiles';
import type { SettingsDeps } from './deps';
import { failureRefusal, refusal } from './guard';
import { entryOf, writeAccountingLink } from './status';

type ConnectAnswer = ReturnType<ProtocolMap['accounting.connect']>;

/** Error texts can carry the redirect URL; its code and state never reach a page. */
export function scrubDetail(text: string): string {
  return text.replace(/((?:code|state|access_token|refresh_token|client_secret)=)[^&#\s]*/gi, '$1…').slice(0, 300);
}

function connectFailure(error: unknown, systemName: string): Failure {
  if (error instanceof ApiError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'not-connected', side: 'accounting', call: `${systemName} OAuth`, httpStatus: null, detail: scrubDetail(detail) };
}

/**
 * Runs the accounting system's OAuth in the background (browser.identity window), stores the
 * tokens (the system does), remembers who connected which administration, and fills in the
 * division if none was set.
 */
export async function connectAccounting(deps: SettingsDeps, id: string): Promise<ConnectAnswer> {
  const profile = await getProfile(id);
  if (!profile) return refusal('options.error.not-found');
  const system = deps.accountingFor(profile);
  const app = await system.readApp(id);
  if (!app) return refusal('options.accounting.app-missing', {}, { system: system.displayName });
  let connected;
  try {
    connected = await system.connect({
      connectionId: id,
      profile,
      app,
      redirectUri: deps.redirectUri(system.id),
      launchAuthFlow: (url) => deps.launchAuthFlow(url),
      http: deps.http,
      now: () => deps.now(),
    });
  } catch (error) {
    const failure = connectFailure(error, system.displayName);
    if (error instanceof ApiError) return failureRefusal(failure, system.displayName);
    return refusal('options.accounting.connect-failed', { failure }, { system: system.displayName });
  }
  // Re-read: the merchant may have saved the form while the sign-in window was open.
  const current = (await getProfile(id)) ?? profile;
  const next =
    current.accounting.division === null ? { ...current, accounting: { ...current.accounting, division: connected.division } } : current;
  await db().transaction('rw', db().profiles, db().kv, async () => {
    if (next !== current) await saveProfile(next);
    await writeAccountingLink(next, {
      userName: connected.userName?.slice(0, 200) ?? null,
      division: connected.division,
      divisionName: connected.divisionName?.slice(0, 200) ?? null,
      host: next.accounting.host,
      connectedAt: new Date(deps.now()).toISOString(),
    });
  });
  return { ok: true, entry: await entryOf(next, deps.adapterFor(next.platform)) };
}

export async function refreshMasterData(deps: SettingsDeps, id: string): Promise<Answer> {
  const profile = await getProfile(id);
  if (!profile) return refusal('options.error.not-found');
  const system = deps.accountingFor(profile);
  try {
    await system.refreshMasterData(id, deps.http, () => deps.now());
    return { ok: true };
  } catch (error) {
    if (error instanceof ApiError) return failureRefusal(error.failure, system.displayName);
    throw error;
  }
}

export function redirectUri(deps: SettingsDeps, { system }: RedirectUriRequest): ReturnType<ProtocolMap['accounting.redirectUri']> {
  return { ok: true, redirectUri: deps.redirectUri(system) };
}
