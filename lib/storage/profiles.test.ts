import { afterEach, describe, expect, it } from 'vitest';
import { ImportDoctorDb, replaceDbForTests } from './db';
import captured from './fixtures/profile-row-v1.json';
import { LandedDbV2 } from './fixtures/landed-db';
import { getProfile, listProfiles, listUnreadableProfiles, saveProfile } from './profiles';
import { PROFILE_MIGRATIONS, readStoredProfile } from './profile-versions';

let name = '';
const opened: Array<{ close(): void }> = [];

/** A merchant's browser as the landed release left it, holding these profile rows. */
async function landedWith(rows: object[]): Promise<void> {
  name = `landed-${Math.random()}`;
  const old = new LandedDbV2(name);
  await old.table('profiles').bulkPut(rows);
  old.close();
}

async function openToday(): Promise<ImportDoctorDb> {
  const today = new ImportDoctorDb(name);
  opened.push(today);
  replaceDbForTests(today);
  await today.open();
  return today;
}

afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('stored connection profiles across versions', () => {
  it('the captured v1 row reads as the same profile, today and after a reopen', () => {
    const read = readStoredProfile(captured.row.profile, undefined);
    expect(read).toEqual({ ok: true, profile: captured.row.profile });
  });

  it('opening the database migrates a landed row in place and marks its version', async () => {
    await landedWith([captured.row]);
    const today = await openToday();
    const row = await today.profiles.get(captured.row.id);
    expect(row?.schemaVersion).toBe(PROFILE_MIGRATIONS.current);
    expect(row?.profile).toEqual(captured.row.profile);
    expect(await listProfiles()).toEqual([captured.row.profile]);
    expect(await listUnreadableProfiles()).toEqual([]);
  });

  it('a row that cannot be migrated is kept and named, never dropped', async () => {
    const broken = { id: 'x1', profile: { ...captured.row.profile, id: 'x1', label: 'Oude winkel', platform: 'oscommerce' }, updatedAt: 1 };
    await landedWith([captured.row, broken]);
    const today = await openToday();
    expect((await listProfiles()).map((p) => p.id)).toEqual([captured.row.id]);
    expect(await listUnreadableProfiles()).toEqual([{ id: 'x1', label: 'Oude winkel', reason: 'invalid' }]);
    expect(await today.profiles.get('x1')).toMatchObject({ profile: broken.profile });
    expect(await getProfile('x1')).toBeNull();
  });

  it('a row written by a newer release is left alone and named as such', async () => {
    await landedWith([]);
    const today = await openToday();
    await today.profiles.put({ id: 'n1', profile: { label: 'Toekomst' }, schemaVersion: PROFILE_MIGRATIONS.current + 1, updatedAt: 1 });
    expect(await listUnreadableProfiles()).toEqual([{ id: 'n1', label: 'Toekomst', reason: 'newer-version' }]);
  });

  it('saving writes today\'s version', async () => {
    await landedWith([]);
    const today = await openToday();
    await saveProfile(captured.row.profile as never);
    expect((await today.profiles.get(captured.row.id))?.schemaVersion).toBe(PROFILE_MIGRATIONS.current);
  });
});
