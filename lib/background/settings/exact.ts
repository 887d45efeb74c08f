import { readApp } from '../../accounting/exact/tokens';
import type { Answer, ProtocolMap } from '../../messaging/protocol';
import type { Failure } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import { getProfile, saveProfile } from '../../storage/profiles';
import { EXACT_NAME } from './connection-test';
import type { SettingsDeps } from './deps';
import { failureRefusal, refusal } from './guard';
import { entryOf, writeExactLink } from './status';

type ConnectAnswer = ReturnType<ProtocolMap['exact.connect']>;

/** Error texts can carry the redirect URL; its code and state never reach a page. */
export function scrubDetail(text: string): string {
  return text.replace(/((?:code|state|access_token|refresh_token|client_secret)=)[^&#\s]*/gi, '$1…').slice(0, 300);
}

function connectFailure(error: unknown): Failure {
  if (error instanceof ApiError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'not-connected', side: 'accounting', call: 'Exact OAuth', httpStatus: null, detail: scrubDetail(detail) };
}

/**
 * Runs Exact's OAuth in the background (browser.identity window), stores the tokens (the adapter
 * does), remembers who connected which administration, and fills in the division if none was set.
 */
export async function connectExact(deps: SettingsDeps, id: string): Promise<ConnectAnswer> {
  const profile = await getProfile(id);
  if (!profile) return refusal('options.error.not-found');
  const app = await readApp(id);
  if (!app) return refusal('options.exact.app-missing');
  let connected;
  try {
    connected = await deps.accounting.connect({
      connectionId: id,
      profile,
      app,
      redirectUri: deps.redirectUri(),
      launchAuthFlow: (url) => deps.launchAuthFlow(url),
      http: deps.http,
      now: () => deps.now(),
    });
  } catch (error) {
    const failure = connectFailure(error);
    if (error instanceof ApiError) return failureRefusal(failure, EXACT_NAME);
    return refusal('options.exact.connect-failed', { failure });
  }
  // Re-read: the merchant may have saved the form while the Exact window was open.
  const current = (await getProfile(id)) ?? profile;
  const next =
    current.accounting.division === null ? { ...current, accounting: { ...current.accounting, division: connected.division } } : current;
  await db().transaction('rw', db().profiles, db().kv, async () => {
    if (next !== current) await saveProfile(next);
    await writeExactLink(id, {
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
  if (!(await getProfile(id))) return refusal('options.error.not-found');
  try {
    await deps.accounting.refreshMasterData(id, deps.http, () => deps.now());
    return { ok: true };
  } catch (error) {
    if (error instanceof ApiError) return failureRefusal(error.failure, EXACT_NAME);
    throw error;
  }
}

export function redirectUri(deps: SettingsDeps): ReturnType<ProtocolMap['exact.redirectUri']> {
  return { ok: true, redirectUri: deps.redirectUri() };
}
