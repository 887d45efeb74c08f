import { z } from 'zod';
import { accountingFor, allAccountingSystems } from '../../accounting/registry';
import type { ConnectionEntry, ConnectionStatus } from '../../messaging/protocol';
import type { AccountingSystemId, ConnectionProfile } from '../../model/connection';
import type { ShopAdapter } from '../../shops/types';
import { db } from '../../storage/db';
import { deleteSecret, readSecret } from '../../storage/secrets';

export const SHOP_KIND = 'shop';

/** Who connected the accounting system and to which administration: shown on the options page, not secret. */
const AccountingLinkSchema = z.object({
  userName: z.string().max(200).nullable(),
  division: z.number().int().positive(),
  divisionName: z.string().max(200).nullable(),
  /** The system's host this link was made on. */
  host: z.string().max(100),
  connectedAt: z.string().max(40),
});
export type AccountingLink = z.infer<typeof AccountingLinkSchema>;

/** A kv row per system and connection (`<system>-link:<id>`, as stored since the first version). */
const linkKey = (system: AccountingSystemId, connectionId: string) => `${system}-link:${connectionId}`;

export async function readAccountingLink(profile: ConnectionProfile): Promise<AccountingLink | null> {
  const row = await db().kv.get(linkKey(profile.accounting.system, profile.id));
  const parsed = AccountingLinkSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeAccountingLink(profile: ConnectionProfile, link: AccountingLink): Promise<void> {
  await db().kv.put({ key: linkKey(profile.accounting.system, profile.id), value: AccountingLinkSchema.parse(link) });
}

/** Forgets who connected, for every system (a deleted connection or a moved one). */
export async function deleteAccountingLinks(connectionId: string): Promise<void> {
  await db().kv.bulkDelete(allAccountingSystems().map((system) => linkKey(system.id, connectionId)));
}

/** Whether each credential is set; the values themselves never leave this function. */
export async function statusOf(profile: ConnectionProfile, adapter: ShopAdapter | undefined): Promise<ConnectionStatus> {
  const system = accountingFor(profile);
  const [shop, app, tokensHost, link] = await Promise.all([
    adapter ? readSecret(profile.id, SHOP_KIND, adapter.credentialsSchema) : Promise.resolve(null),
    system.readApp(profile.id),
    system.connectedHost(profile.id),
    readAccountingLink(profile),
  ]);
  const host = profile.accounting.host;
  const status: ConnectionStatus = {
    shopCredentialsSet: shop !== null,
    accountingAppSet: app !== null,
    accountingConnected: tokensHost === host,
  };
  if (link && link.host === host) {
    status.division = link.division;
    if (link.userName !== null) status.accountingUser = link.userName;
    if (link.divisionName !== null) status.divisionName = link.divisionName;
  }
  return status;
}

export async function entryOf(profile: ConnectionProfile, adapter: ShopAdapter | undefined): Promise<ConnectionEntry> {
  return { profile, status: await statusOf(profile, adapter) };
}

/**
 * When a connection now points elsewhere, credentials meant for the old place must not be sent to
 * the new one: another platform or shop address drops the shop credentials; another accounting
 * system or host drops the tokens and the link (the app stays for the same system: the merchant
 * may reconnect with it). Runs inside the caller's transaction.
 */
export async function retireStaleSecrets(previous: ConnectionProfile | null, next: ConnectionProfile): Promise<void> {
  if (!previous) return;
  const shopMoved = previous.platform !== next.platform || normalized(previous.shopAddress) !== normalized(next.shopAddress);
  if (shopMoved) await deleteSecret(next.id, SHOP_KIND);
  const before = accountingFor(previous);
  if (before.id !== next.accounting.system) await deleteSecret(next.id, before.secretKinds.app);
  if (before.id !== next.accounting.system || previous.accounting.host !== next.accounting.host) {
    await deleteSecret(next.id, before.secretKinds.tokens);
    await deleteAccountingLinks(next.id);
  }
}

function normalized(address: string | null): string {
  return (address ?? '').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
}
