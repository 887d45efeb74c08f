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
    await storedSigning(() => 5).remember('w1', SITE, 'http');
    const restarted = storedSigning();
    expect(await restarted.signingFor('w1', SITE)).toBe('http');
    expect(await restarted.signingFor('w1', 'https://other.example.nl')).toBeNull();
    await db().secrets.where('connectionId').equals('w1').delete();
    expect(await storedSigning().signingFor('w1', SITE)).toBeNull();
  });

  it('keeps a connection not saved yet in memory only, and forgets on request', async () => {
    const memory = storedSigning();
    await memory.remember('new', SITE, 'https');
    expect(await memory.signingFor('new', SITE)).toBe('https');
    expect(await storedSigning().signingFor('new', SITE)).toBeNull();
    await memory.remember('new', SITE, null);
    expect(await memory.signingFor('new', SITE)).toBeNull();
  });
});
