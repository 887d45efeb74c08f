import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EXACT_APP_KIND, ExactAppSchema } from '../accounting/exact/tokens';
import { requestSchemas, type SettingsMessage } from '../messaging/protocol';
import { ShopifyCredentialsSchema } from '../shops/shopify';
import { db } from '../storage/db';
import { saveProfile } from '../storage/profiles';
import { readSecret, writeSecret } from '../storage/secrets';
import { createSettingsHandlers } from './settings/handlers';
import { dbSnapshot, fakeDeps, freshDb, profileFixture, senders } from './settings/test-support';

const TOKEN = 'shpat_SUPERSECRET_TOKEN_123';
const CLIENT_SECRET = 'exact-CLIENT-SECRET-456';

/** A valid payload per message, so a refusal can only come from the sender check. */
const validPayloads: Record<SettingsMessage, unknown> = {
  'connections.list': undefined,
  'connections.save': { profile: profileFixture(), shopCredentials: { accessToken: TOKEN } },
  'connections.delete': { id: 'c1' },
  'connections.test': { id: 'c1', side: 'shop' },
  'accounting.connect': { id: 'c1' },
  'accounting.redirectUri': { system: 'exact' },
  'accounting.refreshMasterData': { id: 'c1' },
  'config.export': undefined,
  'config.import': { document: JSON.stringify({ format: 'import-doctor/config', version: 1, exportedAt: '2025-01-01T00:00:00Z', connections: [] }) },
  'sync.runNow': { id: 'c1' },
  'sync.settings': undefined,
  'sync.saveSettings': { intervalMinutes: 30, windowDays: 14 },
};
const messages = Object.keys(validPayloads) as SettingsMessage[];

async function seed(): Promise<void> {
  await saveProfile(profileFixture());
  await writeSecret('c1', 'shop', ShopifyCredentialsSchema, { accessToken: TOKEN });
  await writeSecret('c1', EXACT_APP_KIND, ExactAppSchema, { clientId: 'client-1', clientSecret: CLIENT_SECRET });
}

beforeEach(async () => {
  freshDb();
  await seed();
});

describe('sender check', () => {
  const refusedSenders = ['contentScript', 'foreignExtension', 'lookalikeOrigin', 'noSender'] as const;
  for (const who of refusedSenders) {
    it.each(messages)(`refuses %s from ${who} and writes nothing`, async (type) => {
      const { deps, connect } = fakeDeps();
      const before = await dbSnapshot();
      const answer = await createSettingsHandlers(deps)[type](validPayloads[type], senders[who]);
      expect(answer).toEqual({ ok: false, error: { key: 'options.error.refused' } });
      expect(await dbSnapshot()).toBe(before);
      expect(connect).not.toHaveBeenCalled();
    });
  }

  it('answers an extension page, also one open in a tab', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    expect((await handlers['connections.list'](undefined, senders.optionsPage)).ok).toBe(true);
    expect((await handlers['accounting.redirectUri']({ system: 'exact' }, senders.optionsInTab)).ok).toBe(true);
  });
});

describe('payload check', () => {
  it.each(messages)('%s: any payload gets an answer, never a throw; a refused one writes nothing', async (type) => {
    const handler = createSettingsHandlers(fakeDeps().deps)[type];
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withObjectString: true }), async (payload) => {
        const before = await dbSnapshot();
        const answer = await handler(payload, senders.optionsPage);
        expect(typeof answer.ok).toBe('boolean');
        if (!requestSchemas[type].safeParse(payload).success) {
          expect(answer.ok).toBe(false);
          expect(await dbSnapshot()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses unknown keys and over-long strings', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    const extra = await handlers['connections.delete']({ id: 'c1', also: 'x' }, senders.optionsPage);
    const long = await handlers['connections.delete']({ id: 'x'.repeat(65) }, senders.optionsPage);
    expect(extra).toMatchObject({ ok: false, error: { key: 'options.error.invalid-request' } });
    expect(long).toMatchObject({ ok: false, issues: [{ path: 'id', message: { key: 'config.issue.too-long' } }] });
    expect(await db().profiles.count()).toBe(1);
  });
});

describe('secrets stay in the background', () => {
  it('save stores the credentials in the secrets table; no answer ever contains them', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    const saved = await handlers['connections.save'](
      { profile: profileFixture({ id: 'c2' }), shopCredentials: { accessToken: TOKEN }, accountingApp: { clientId: 'client-2', clientSecret: CLIENT_SECRET } },
      senders.optionsPage,
    );
    expect(saved).toMatchObject({ ok: true, entry: { status: { shopCredentialsSet: true, accountingAppSet: true, accountingConnected: false } } });
    expect(await readSecret('c2', 'shop', ShopifyCredentialsSchema)).toEqual({ accessToken: TOKEN });
    expect(await readSecret('c2', EXACT_APP_KIND, ExactAppSchema)).toEqual({ clientId: 'client-2', clientSecret: CLIENT_SECRET });

    const answers: unknown[] = [saved];
    for (const type of messages) answers.push(await handlers[type](type === 'connections.save' ? undefined : validPayloads[type], senders.optionsPage));
    const wire = JSON.stringify(answers);
    expect(wire).not.toContain(TOKEN);
    expect(wire).not.toContain(CLIENT_SECRET);
  });

  it('import never writes a secret, even when the file carries credential-looking keys', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    const secretsBefore = JSON.stringify(await db().secrets.toArray());
    const sneaky = { ...profileFixture({ id: 'c3' }), accessToken: 'shpat_FROM_FILE', credentials: { clientSecret: 'FROM_FILE' } };
    const document = JSON.stringify({ format: 'import-doctor/config', version: 1, exportedAt: '2025-01-01T00:00:00Z', connections: [sneaky] });
    const answer = await handlers['config.import']({ document }, senders.optionsPage);
    expect(answer).toMatchObject({ ok: true, imported: [{ id: 'c3', replaced: false }] });
    expect(JSON.stringify(await db().secrets.toArray())).toBe(secretsBefore);
    expect(JSON.stringify(await db().profiles.toArray())).not.toContain('FROM_FILE');
  });
});

describe('sync.runNow', () => {
  it('starts the reconciliation of a stored connection, and refuses an unknown one', async () => {
    const { deps } = fakeDeps();
    const handlers = createSettingsHandlers(deps);
    expect(await handlers['sync.runNow']({ id: 'c1' }, senders.popupPage)).toEqual({ ok: true });
    expect(deps.runSync).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }));
    expect(await handlers['sync.runNow']({ id: 'nope' }, senders.optionsPage)).toMatchObject({ ok: false, error: { key: 'options.error.not-found' } });
    expect(deps.runSync).toHaveBeenCalledTimes(1);
  });
});

describe('sync settings', () => {
  it('default to every 15 minutes over 30 days, and keep what is saved', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    expect(await handlers['sync.settings'](undefined, senders.popupPage)).toEqual({ ok: true, settings: { intervalMinutes: 15, windowDays: 30 } });
    expect((await handlers['sync.saveSettings']({ intervalMinutes: 60, windowDays: 7 }, senders.optionsPage)).ok).toBe(true);
    expect(await handlers['sync.settings'](undefined, senders.optionsPage)).toEqual({ ok: true, settings: { intervalMinutes: 60, windowDays: 7 } });
  });

  it('refuse a schedule that would strain the APIs, or a window Shopify cannot show', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    for (const bad of [{ intervalMinutes: 1, windowDays: 30 }, { intervalMinutes: 15, windowDays: 90 }, { intervalMinutes: 15, windowDays: 30, extra: 1 }]) {
      expect((await handlers['sync.saveSettings'](bad, senders.optionsPage)).ok).toBe(false);
    }
    expect(await handlers['sync.settings'](undefined, senders.optionsPage)).toMatchObject({ settings: { intervalMinutes: 15, windowDays: 30 } });
  });
});

describe('a shop on its own domain whose origin is not granted yet', () => {
  const denied = { kind: 'permission-missing' as const, side: 'shop' as const, call: 'site access', httpStatus: null, detail: 'the browser has not granted https://shop.example.test/*' };

  it('saves the keys with a warning that says to grant access, without trying them', async () => {
    const { deps, shopProbe } = fakeDeps();
    vi.mocked(deps.shopAccess).mockResolvedValue(denied);
    const answer = await createSettingsHandlers(deps)['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: TOKEN } }, senders.optionsPage);
    expect(answer).toMatchObject({ ok: true, warning: { error: { key: 'failure.permission-missing' } } });
    expect(shopProbe).not.toHaveBeenCalled();
  });

  it('"Test connection" says to grant access instead of calling the shop', async () => {
    const { deps, shopProbe } = fakeDeps();
    vi.mocked(deps.shopAccess).mockResolvedValue(denied);
    const answer = await createSettingsHandlers(deps)['connections.test']({ id: 'c1', side: 'shop' }, senders.optionsPage);
    expect(answer).toMatchObject({ ok: false, error: { key: 'failure.permission-missing' } });
    expect(shopProbe).not.toHaveBeenCalled();
  });
});
