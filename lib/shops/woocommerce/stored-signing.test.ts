import { beforeEach, describe, expect, it } from 'vitest';
import { ImportDoctorDb, db, replaceDbForTests } from '../../storage/db';
import { storedSigning } from './stored-signing';

const SITE = 'https://shop.example.nl';

describe('stored signing memory', () => {
  beforeEach(() => {
    replaceDbForTests(new ImportDoctorDb(`signing-${Math.random()}`));
  });

  it('survives a worker restart for a saved connection, and goes with its secrets', async () => {
    await db().profiles.put({ id: 'w1', profile: {}, updatedAt: 0 });
    await storedSigning(() => 5).remember('w1', SITE, true);
    const restarted = storedSigning();
    expect(await restarted.needsSigning('w1', SITE)).toBe(true);
    expect(await restarted.needsSigning('w1', 'https://other.example.nl')).toBe(false);
    await db().secrets.where('connectionId').equals('w1').delete();
    expect(await storedSigning().needsSigning('w1', SITE)).toBe(false);
  });

  it('keeps a connection not saved yet in memory only, and forgets on request', async () => {
    const memory = storedSigning();
    await memory.remember('new', SITE, true);
    expect(await memory.needsSigning('new', SITE)).toBe(true);
    expect(await storedSigning().needsSigning('new', SITE)).toBe(false);
    await memory.remember('new', SITE, false);
    expect(await memory.needsSigning('new', SITE)).toBe(false);
  });
});
