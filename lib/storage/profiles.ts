import { ConnectionProfileSchema, type ConnectionProfile } from '../model/connection';
import { db } from './db';

/** Connection profiles (no secrets). Rows that no longer parse are skipped, not trusted. */
export async function listProfiles(): Promise<ConnectionProfile[]> {
  const rows = await db().profiles.toArray();
  return rows.flatMap((row) => {
    const parsed = ConnectionProfileSchema.safeParse(row.profile);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getProfile(id: string): Promise<ConnectionProfile | null> {
  const row = await db().profiles.get(id);
  const parsed = ConnectionProfileSchema.safeParse(row?.profile);
  return parsed.success ? parsed.data : null;
}

export async function saveProfile(profile: ConnectionProfile): Promise<void> {
  const checked = ConnectionProfileSchema.parse(profile);
  await db().profiles.put({ id: checked.id, profile: checked, updatedAt: Date.now() });
}

export async function deleteProfile(id: string): Promise<void> {
  await db().transaction('rw', db().profiles, db().secrets, async () => {
    await db().profiles.delete(id);
    await db().secrets.where('connectionId').equals(id).delete();
  });
}
