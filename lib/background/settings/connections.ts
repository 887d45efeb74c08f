import { forgetConnection } from '../../sync/store';
import { issuesFromZod } from '../../config/issues';
import { profileRuleIssues, rulesOf } from '../../config/profile-rules';
import type { ConnectionEntry, PlatformInfo, ProtocolMap, Refusal, SaveConnectionRequest } from '../../messaging/protocol';
import type { ConnectionProfile } from '../../model/connection';
import { toFailure } from '../../net/errors';
import type { ShopAdapter } from '../../shops/types';
import { db } from '../../storage/db';
import { deleteProfile, getProfile, listProfiles, listUnreadableProfiles, saveProfile } from '../../storage/profiles';
import { deleteSecret, writeSecret } from '../../storage/secrets';
import type { SettingsDeps } from './deps';
import { failureRefusal, refusal } from './guard';
import { deleteAccountingLinks, entryOf, retireStaleSecrets, SHOP_KIND } from './status';

type ListAnswer = ReturnType<ProtocolMap['connections.list']>;
type SaveAnswer = ReturnType<ProtocolMap['connections.save']>;

/** A shop answer that proves the entered credentials (or address) wrong: nothing is saved. */
const REFUSING_KINDS = new Set(['unauthorized', 'forbidden', 'not-found']);

export function platformInfo(adapter: ShopAdapter): PlatformInfo {
  return {
    platform: adapter.platform,
    displayName: adapter.displayName,
    statusThresholds: [...adapter.statusThresholds],
    skuSources: [...(adapter.skuSources ?? [])],
  };
}

export async function listConnections(deps: SettingsDeps): Promise<ListAnswer> {
  const profiles = await listProfiles();
  const connections = await Promise.all(profiles.map((profile) => entryOf(profile, deps.adapterFor(profile.platform))));
  return { ok: true, connections, platforms: deps.adapters().map(platformInfo), unreadable: await listUnreadableProfiles() };
}

/** Shop credentials as the adapter defines them, tried against the shop before anything is stored. */
async function checkedShopCredentials(
  deps: SettingsDeps,
  adapter: ShopAdapter,
  profile: ConnectionProfile,
  input: Record<string, string>,
): Promise<{ credentials: unknown; warning?: Refusal } | Refusal> {
  const parsed = adapter.credentialsSchema.safeParse(input);
  if (!parsed.success) {
    return refusal('options.error.shop-credentials-invalid', { issues: issuesFromZod(parsed.error, input, ['shopCredentials']) });
  }
  // Saved all the same: the merchant may grant the shop's origin after entering its keys.
  const denied = await deps.shopAccess(profile);
  if (denied) return { credentials: parsed.data, warning: failureRefusal(denied, adapter.displayName) };
  try {
    await adapter.createClient(profile, parsed.data, deps.http).probeCredentials();
    return { credentials: parsed.data };
  } catch (error) {
    const failure = toFailure(error, { side: 'shop', call: `${adapter.displayName} credential test` });
    const answer = failureRefusal(failure, adapter.displayName);
    if (REFUSING_KINDS.has(failure.kind)) return answer;
    return { credentials: parsed.data, warning: answer };
  }
}

export async function saveConnection(deps: SettingsDeps, request: SaveConnectionRequest): Promise<SaveAnswer> {
  const { profile } = request;
  const adapter = deps.adapterFor(profile.platform);
  if (!adapter) return refusal('options.error.platform-unsupported', {}, { platform: profile.platform });
  const issues = profileRuleIssues(profile, rulesOf(adapter), ['profile']);
  if (issues.length > 0) return refusal('options.error.fix-fields', { issues });

  let shop: { credentials: unknown; warning?: Refusal } | null = null;
  if (request.shopCredentials) {
    const checked = await checkedShopCredentials(deps, adapter, profile, request.shopCredentials);
    if ('ok' in checked) return checked;
    shop = checked;
  }
  const system = deps.accountingFor(profile);
  const app = request.accountingApp ? system.appSchema.parse(request.accountingApp) : null;
  // A different app cannot refresh the tokens another app was given: reconnect needed.
  const previousApp = app ? await system.readApp(profile.id) : null;

  await db().transaction('rw', db().profiles, db().secrets, db().kv, async () => {
    await retireStaleSecrets(await getProfile(profile.id), profile);
    await saveProfile(profile);
    if (shop) await writeSecret(profile.id, SHOP_KIND, adapter.credentialsSchema, shop.credentials);
    if (app) {
      if (previousApp && previousApp.clientId !== app.clientId) {
        await deleteSecret(profile.id, system.secretKinds.tokens);
        await deleteAccountingLinks(profile.id);
      }
      await writeSecret(profile.id, system.secretKinds.app, system.appSchema, app);
    }
  });
  const entry: ConnectionEntry = await entryOf(profile, adapter);
  return shop?.warning ? { ok: true, entry, warning: shop.warning } : { ok: true, entry };
}

export async function deleteConnection(id: string): Promise<{ ok: true }> {
  await db().transaction('rw', db().profiles, db().secrets, db().kv, async () => {
    await deleteProfile(id);
    await deleteAccountingLinks(id);
  });
  // Its orders leave the popup and the badge with it.
  await forgetConnection(id);
  return { ok: true };
}
