import { beforeEach, describe, expect, it } from 'vitest';
import { budgetKey, recordBudget } from '../accounting/exact/rate-limit';
import { profileFixture } from '../config/fixtures';
import { ImportDoctorDb, replaceDbForTests } from '../storage/db';
import { saveProfile } from '../storage/profiles';
import { readBudget, readPopupData } from './popup-view';

const NOW = Date.UTC(2026, 2, 4, 10, 0, 0);
const DIVISION = 4133185;

beforeEach(() => replaceDbForTests(new ImportDoctorDb(`popup-view-${Math.random()}`)));

describe('readBudget (through the accounting contract)', () => {
  it('says nothing for an unknown connection, or one not connected to an administration yet', async () => {
    expect(await readBudget('nobody', () => NOW)).toBeNull();
    await saveProfile(profileFixture());
    expect(await readBudget('c1', () => NOW)).toBeNull();
  });

  it("gives the system's last reading for the connection's host and administration", async () => {
    const profile = profileFixture({ accounting: { system: 'exact', host: 'start.exactonline.nl', division: DIVISION } });
    await saveProfile(profile);
    const reading = new Headers({ 'X-RateLimit-Limit': '5000', 'X-RateLimit-Remaining': '400', 'X-RateLimit-Reset': String(NOW + 3_600_000) });
    // Another administration's reading is not this connection's.
    await recordBudget(budgetKey('start.exactonline.nl', DIVISION + 1), reading, NOW);
    expect(await readBudget('c1', () => NOW)).toBeNull();
    await recordBudget(budgetKey('start.exactonline.nl', DIVISION), reading, NOW);
    expect(await readBudget('c1', () => NOW)).toMatchObject({ limit: 5000, remaining: 400, low: true });
  });
});

describe('readPopupData', () => {
  it('lists a stored connection before any run', async () => {
    await saveProfile(profileFixture({ label: 'Webwinkel' }));
    const data = await readPopupData();
    expect(data.connections).toEqual([{ id: 'c1', label: 'Webwinkel', platform: 'shopify', status: null, run: null }]);
    expect(data.problems).toEqual([]);
  });
});
