import { beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/parse';
import { ShopifyCredentialsSchema } from '../../shops/shopify';
import { db } from '../../storage/db';
import { getProfile, saveProfile } from '../../storage/profiles';
import { readSecret, writeSecret } from '../../storage/secrets';
import { createSettingsHandlers } from './handlers';
import { fakeDeps, freshDb, profileFixture, senders } from './test-support';

const page = senders.optionsPage;
const doc = (connections: unknown[]) => JSON.stringify({ format: 'import-doctor/config', version: 1, exportedAt: '2025-01-01T00:00:00Z', connections });

beforeEach(() => freshDb());

describe('config.export', () => {
  it('exports every connection, readable again, without credentials', async () => {
    await saveProfile(profileFixture());
    await writeSecret('c1', 'shop', ShopifyCredentialsSchema, { accessToken: 'shpat_EXPORT_ME_NOT' });
    const answer = await createSettingsHandlers(fakeDeps().deps)['config.export'](undefined, page);
    if (!answer.ok) throw new Error('export failed');
    expect(answer.fileName).toBe('import-doctor-config-2025-06-01.json');
    expect(answer.count).toBe(1);
    expect(answer.text).not.toContain('shpat_EXPORT_ME_NOT');
    const parsed = parseConfig(answer.text);
    expect(parsed.ok && parsed.document.connections).toEqual([profileFixture()]);
  });
});

describe('config.import', () => {
  it('refuses the whole file when one connection is wrong, naming the field', async () => {
    const bad = { ...profileFixture({ id: 'c2' }), connector: { ...profileFixture().connector, statusThreshold: 'completed' } };
    const answer = await createSettingsHandlers(fakeDeps().deps)['config.import']({ document: doc([profileFixture(), bad]) }, page);
    expect(answer).toMatchObject({
      ok: false,
      error: { key: 'options.import.invalid' },
      issues: [{ path: 'connections[1].connector.statusThreshold', message: { key: 'config.issue.one-of' } }],
    });
    expect(await db().profiles.count()).toBe(0);
  });

  it('refuses platforms without an adapter', async () => {
    const bol = profileFixture({ id: 'b', platform: 'bol', shopAddress: null });
    const answer = await createSettingsHandlers(fakeDeps().deps)['config.import']({ document: doc([bol]) }, page);
    expect(answer).toMatchObject({ ok: false, issues: [{ path: 'connections[0].platform', message: { key: 'config.issue.platform-unsupported' } }] });
  });

  it('replaces a connection with the same id, keeping credentials that still fit', async () => {
    await saveProfile(profileFixture());
    await writeSecret('c1', 'shop', ShopifyCredentialsSchema, { accessToken: 'keep' });
    const answer = await createSettingsHandlers(fakeDeps().deps)['config.import']({ document: doc([profileFixture({ label: 'New name' })]) }, page);
    expect(answer).toMatchObject({ ok: true, imported: [{ id: 'c1', label: 'New name', replaced: true }] });
    expect((await getProfile('c1'))?.label).toBe('New name');
    expect(await readSecret('c1', 'shop', ShopifyCredentialsSchema)).toEqual({ accessToken: 'keep' });
  });
});
