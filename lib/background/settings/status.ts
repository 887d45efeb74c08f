import { z } from 'zod';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, readTokens } from '../../accounting/exact/tokens';
import type { ConnectionEntry, ConnectionStatus } from '../../messaging/protocol';
import type { ConnectionProfile } from '../../model/connection';
import type { ShopAdapter } from '../../shops/types';
import { db } from '../../storage/db';
import { deleteSecret, readSecret } from '../../storage/secrets';

export const SHOP_KIND = 'shop';

/** Who connected Exact and to which administration: shown on the options page, not secret. */
const ExactLinkSchema = z.object({
  userName: z.string().max(200).nullable(),
  division: z.number().int().positive(),
  divisionName: z.string().max(200).nullable(),
  /** The Exact host this link was made on. */
  host: z.string().max(100),
  connectedAt: z.string().max(40),
});
export type ExactLink = z.infer<typeof ExactLinkSchema>;

const linkKey = (connectionId: string) => `exact-link:${connectionId}`;

export async function readExactLink(connectionId: string): Promise<ExactLink | null> {
  const row = await db().kv.get(linkKey(connectionId));
  const parsed = ExactLinkSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeExactLink(connectionId: string, link: ExactLink): Promise<void> {
  await db().kv.put({ key: linkKey(connectionId), value: ExactLinkSchema.parse(link) });
}

export async function deleteExactLink(connectionId: string): Promise<void> {
  await db().kv.delete(linkKey(connectionId));
}

/** Whether each credential is set; the values themselves never leave this function. */
export async function statusOf(profile: ConnectionProfile, adapter: ShopAdapter | undefined): Promise<ConnectionStatus> {
  const [shop, app, tokens, link] = await Promise.all([
    adapter ? readSecret(profile.id, SHOP_KIND, adapter.credentialsSchema) : Promise.resolve(null),
    readSecret(profile.id, EXACT_APP_KIND, ExactAppSchema),
    readTokens(profile.id),
    readExactLink(profile.id),
  ]);
  const host = profile.accounting.host;
  const status: ConnectionStatus = {
    shopCredentialsSet: shop !== null,
    exactAppSet: app !== null,
    exactConnected: tokens !== null && tokens.host === host,
  };
  if (link && link.host === host) {
    status.division = link.division;
    if (link.userName !== null) status.exactUser = link.userName;
    if (link.divisionName !== null) status.divisionName = link.divisionName;
  }
  return status;
}

export async function entryOf(profile: ConnectionProfile, adapter: ShopAdapter | undefined): Promise<ConnectionEntry> {
  return { profile, status: await statusOf(profile, adapter) };
}

/**
 * When a connection now points elsewhere, credentials meant for the old place must not be sent to
 * the new one: another platform or shop address drops the shop credentials; another Exact host
 * drops the tokens and the link (the app stays: the merchant may reconnect with it).
 * Runs inside the caller's transaction.
 */
export async function retireStaleSecrets(previous: ConnectionProfile | null, next: ConnectionProfile): Promise<void> {
  if (!previous) return;
  const shopMoved = previous.platform !== next.platform || normalized(previous.shopAddress) !== normalized(next.shopAddress);
  if (shopMoved) await deleteSecret(next.id, SHOP_KIND);
  if (previous.accounting.host !== next.accounting.host) {
    await deleteSecret(next.id, EXACT_TOKENS_KIND);
    await deleteExactLink(next.id);
  }
}

function normalized(address: string | null): string {
  return (address ?? '').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
}
