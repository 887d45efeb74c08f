import { type ConnectionProfile, ConnectionProfileSchema } from '../model/connection';
import { db, type ProfileRow } from './db';
import { PROFILE_MIGRATIONS, readStoredProfile, type ProfileRead } from './profile-versions';

/** A stored connection that today's code cannot read: kept, never used, named on the options page. */
export interface UnreadableProfile {
  id: string;
  label: string | null;
  reason: Extract<ProfileRead, { ok: false }>['reason'];
}

const read = (row: ProfileRow | undefined): ProfileRead | null => (row ? readStoredProfile(row.profile, row.schemaVersion) : null);

/** Connection profiles (no secrets), migrated to today's version. Unreadable rows: listUnreadableProfiles. */
export async function listProfiles(): Promise<ConnectionProfile[]> {
  const rows = await db().profiles.toArray();
  return rows.flatMap((row) => {
    const result = read(row);
    return result?.ok ? [result.profile] : [];
  });
}

export async function listUnreadableProfiles(): Promise<UnreadableProfile[]> {
  const rows = await db().profiles.toArray();
  return rows.flatMap((row) => {
    const result = read(row);
    return result && !result.ok ? [{ id: row.id, label: result.label, reason: result.reason }] : [];
  });
}

export async function getProfile(id: string): Promise<ConnectionProfile | null> {
  const result = read(await db().profiles.get(id));
  return result?.ok ? result.profile : null;
}

export async function saveProfile(profile: ConnectionProfile): Promise<void> {
  const checked = ConnectionProfileSchema.parse(profile);
  await db().profiles.put({ id: checked.id, profile: checked, schemaVersion: PROFILE_MIGRATIONS.current, updatedAt: Date.now() });
}

export async function deleteProfile(id: string): Promise<void> {
  await db().transaction('rw', db().profiles, db().secrets, async () => {
    await db().profiles.delete(id);
    await db().secrets.where('connectionId').equals(id).delete();
  });
}
