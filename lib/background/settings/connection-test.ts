import type { Message } from '../../i18n/message';
import type { Answer, TestConnectionRequest } from '../../messaging/protocol';
import { toFailure } from '../../net/errors';
import { getProfile } from '../../storage/profiles';
import { readSecret } from '../../storage/secrets';
import type { SettingsDeps } from './deps';
import { failureRefusal, refusal } from './guard';
import { SHOP_KIND } from './status';

/** "Test connection": one cheap authenticated call with the STORED credentials of one side. */
export async function testConnection(deps: SettingsDeps, { id, side }: TestConnectionRequest): Promise<Answer<{ notice?: Message }>> {
  const profile = await getProfile(id);
  if (!profile) return refusal('options.error.not-found');

  if (side === 'accounting') {
    const system = deps.accountingFor(profile);
    try {
      await system.createClient(profile, id, deps.http, () => deps.now()).probe();
      return { ok: true };
    } catch (error) {
      return failureRefusal(toFailure(error, { side: 'accounting', call: `${system.displayName} credential test` }), system.displayName);
    }
  }

  const adapter = deps.adapterFor(profile.platform);
  if (!adapter) return refusal('options.error.platform-unsupported', {}, { platform: profile.platform });
  const call = `${adapter.displayName} credential test`;
  const credentials = await readSecret(id, SHOP_KIND, adapter.credentialsSchema);
  if (credentials === null) {
    return failureRefusal({ kind: 'not-connected', side: 'shop', call, httpStatus: null, detail: 'no shop credentials stored' }, adapter.displayName);
  }
  const denied = await deps.shopAccess(profile);
  if (denied) return failureRefusal(denied, adapter.displayName);
  try {
    // A note says how the key was accepted (e.g. signed, as the site does not see HTTPS).
    const note = await adapter.createClient(profile, credentials, deps.http).probeCredentials();
    return note ? { ok: true, notice: note.notice } : { ok: true };
  } catch (error) {
    return failureRefusal(toFailure(error, { side: 'shop', call }), adapter.displayName);
  }
}
