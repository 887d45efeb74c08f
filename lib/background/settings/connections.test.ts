import { beforeEach, describe, expect, it } from 'vitest';
import { EXACT_APP_KIND, EXACT_TOKENS_KIND, ExactAppSchema, ExactTokensSchema } from '../../accounting/exact/tokens';
import { ApiError } from '../../net/errors';
import { ShopifyCredentialsSchema } from '../../shops/shopify';
import { db } from '../../storage/db';
import { getProfile, saveProfile } from '../../storage/profiles';
import { readSecret, writeSecret } from '../../storage/secrets';
import { createSettingsHandlers } from './handlers';
import { fakeDeps, freshDb, profileFixture, senders, unauthorized } from './test-support';

const page = senders.optionsPage;
const tokens = { accessToken: 'a', refreshToken: 'r', issuedAt: 0, expiresAt: 1, host: 'start.exactonline.nl', generation: 1 };

beforeEach(() => freshDb());

describe('connections.save', () => {
  it('refuses credentials the shop refuses, and stores nothing', async () => {
    const { deps, shopProbe } = fakeDeps();
    shopProbe.mockRejectedValue(unauthorized('shop'));
    const answer = await createSettingsHandlers(deps)['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'bad' } }, page);
    expect(answer).toMatchObject({ ok: false, error: { key: 'failure.unauthorized', params: { side: 'Shopify' } }, failure: { kind: 'unauthorized' } });
    expect(await db().profiles.count()).toBe(0);
    expect(await db().secrets.count()).toBe(0);
  });

  it('saves with a warning when the shop cannot be reached to try the credentials', async () => {
    const { deps, shopProbe } = fakeDeps();
    shopProbe.mockRejectedValue(new ApiError({ kind: 'offline', side: 'shop', call: 'probe', httpStatus: null, detail: 'offline' }));
    const answer = await createSettingsHandlers(deps)['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'tok' } }, page);
    expect(answer).toMatchObject({ ok: true, warning: { error: { key: 'failure.offline' } } });
    expect(await readSecret('c1', 'shop', ShopifyCredentialsSchema)).toEqual({ accessToken: 'tok' });
  });

  it('names the fields that break a platform rule', async () => {
    const { deps } = fakeDeps();
    const profile = profileFixture({ shopAddress: 'www.demo.nl', connector: { ...profileFixture().connector, statusThreshold: 'completed' } });
    const answer = await createSettingsHandlers(deps)['connections.save']({ profile }, page);
    expect(answer).toMatchObject({
      ok: false,
      error: { key: 'options.error.fix-fields' },
      issues: [
        { path: 'profile.shopAddress', message: { key: 'config.issue.shopify-address' } },
        { path: 'profile.connector.statusThreshold', message: { key: 'config.issue.one-of', params: { options: 'paid, unpaid' } } },
      ],
    });
  });

  it('refuses a platform without an adapter', async () => {
    const answer = await createSettingsHandlers(fakeDeps().deps)['connections.save']({ profile: profileFixture({ platform: 'bol', shopAddress: null }) }, page);
    expect(answer).toMatchObject({ ok: false, error: { key: 'options.error.platform-unsupported' } });
  });

  it('keeps stored credentials when none are sent, drops them when the shop address changes', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    await handlers['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'tok' } }, page);
    await handlers['connections.save']({ profile: profileFixture({ label: 'Renamed' }) }, page);
    expect(await readSecret('c1', 'shop', ShopifyCredentialsSchema)).not.toBeNull();
    await handlers['connections.save']({ profile: profileFixture({ shopAddress: 'other.myshopify.com' }) }, page);
    expect(await readSecret('c1', 'shop', ShopifyCredentialsSchema)).toBeNull();
  });

  it('drops Exact tokens when the host or the app changes', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    const app = { clientId: 'client-1', clientSecret: 's1' };
    await handlers['connections.save']({ profile: profileFixture(), accountingApp: app }, page);
    await writeSecret('c1', EXACT_TOKENS_KIND, ExactTokensSchema, tokens);
    await handlers['connections.save']({ profile: profileFixture(), accountingApp: { ...app, clientSecret: 's2' } }, page);
    expect(await readSecret('c1', EXACT_TOKENS_KIND, ExactTokensSchema)).not.toBeNull();
    await handlers['connections.save']({ profile: profileFixture(), accountingApp: { clientId: 'client-2', clientSecret: 's2' } }, page);
    expect(await readSecret('c1', EXACT_TOKENS_KIND, ExactTokensSchema)).toBeNull();
    await writeSecret('c1', EXACT_TOKENS_KIND, ExactTokensSchema, tokens);
    const moved = profileFixture({ accounting: { system: 'exact', host: 'start.exactonline.be', division: null } });
    await handlers['connections.save']({ profile: moved }, page);
    expect(await readSecret('c1', EXACT_TOKENS_KIND, ExactTokensSchema)).toBeNull();
    expect(await readSecret('c1', EXACT_APP_KIND, ExactAppSchema)).toEqual({ clientId: 'client-2', clientSecret: 's2' });
  });
});

describe('connections.test', () => {
  it('says ok, or the failure sentence for the side that failed', async () => {
    const { deps, accountingProbe } = fakeDeps();
    const handlers = createSettingsHandlers(deps);
    await handlers['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'tok' } }, page);
    expect(await handlers['connections.test']({ id: 'c1', side: 'shop' }, page)).toEqual({ ok: true });
    accountingProbe.mockRejectedValue(unauthorized('accounting'));
    expect(await handlers['connections.test']({ id: 'c1', side: 'accounting' }, page)).toMatchObject({
      ok: false,
      error: { key: 'failure.unauthorized', params: { side: 'Exact Online' } },
    });
  });

  it("passes on what the shop's probe noted (WooCommerce: requests signed)", async () => {
    const { deps, shopProbe } = fakeDeps();
    const handlers = createSettingsHandlers(deps);
    await handlers['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'tok' } }, page);
    shopProbe.mockResolvedValue({ notice: { key: 'options.test.woocommerce-signed' } });
    expect(await handlers['connections.test']({ id: 'c1', side: 'shop' }, page)).toEqual({ ok: true, notice: { key: 'options.test.woocommerce-signed' } });
  });

  it('reports missing shop credentials as not connected', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    await saveProfile(profileFixture());
    expect(await handlers['connections.test']({ id: 'c1', side: 'shop' }, page)).toMatchObject({ ok: false, failure: { kind: 'not-connected' } });
    expect(await handlers['connections.test']({ id: 'nope', side: 'shop' }, page)).toMatchObject({ ok: false, error: { key: 'options.error.not-found' } });
  });
});

describe('connections.delete', () => {
  it('removes the profile, its secrets and its Exact link', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    await handlers['connections.save']({ profile: profileFixture(), shopCredentials: { accessToken: 'tok' }, accountingApp: { clientId: 'c', clientSecret: 's' } }, page);
    await handlers['accounting.connect']({ id: 'c1' }, page);
    expect(await handlers['connections.delete']({ id: 'c1' }, page)).toEqual({ ok: true });
    expect(await db().profiles.count()).toBe(0);
    expect(await db().secrets.count()).toBe(0);
    expect(await db().kv.count()).toBe(0);
    expect(await getProfile('c1')).toBeNull();
  });
});
