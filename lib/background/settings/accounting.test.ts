import { beforeEach, describe, expect, it } from 'vitest';
import { EXACT_TOKENS_KIND, ExactTokensSchema } from '../../accounting/exact/tokens';
import { ApiError } from '../../net/errors';
import { getProfile, saveProfile } from '../../storage/profiles';
import { writeSecret } from '../../storage/secrets';
import { scrubDetail } from './accounting';
import { createSettingsHandlers } from './handlers';
import { fakeDeps, freshDb, OWN_ID, profileFixture, senders } from './test-support';

const page = senders.optionsPage;
const app = { clientId: 'client-1', clientSecret: 'secret-1' };

beforeEach(() => freshDb());

describe('accounting.connect', () => {
  it('runs the flow with the stored app and the redirect URI, fills the division and shows who connected', async () => {
    const { deps, connect } = fakeDeps();
    connect.mockImplementation(async (input) => {
      await writeSecret(input.connectionId, EXACT_TOKENS_KIND, ExactTokensSchema, {
        accessToken: 'a', refreshToken: 'r', issuedAt: 0, expiresAt: 1, host: input.profile.accounting.host, generation: 1,
      });
      return { division: 4133185, userName: 'Jan de Vries', divisionName: 'Demo BV' };
    });
    const handlers = createSettingsHandlers(deps);
    await handlers['connections.save']({ profile: profileFixture(), accountingApp: app }, page);
    const answer = await handlers['accounting.connect']({ id: 'c1' }, page);
    expect(connect).toHaveBeenCalledWith(expect.objectContaining({ connectionId: 'c1', app, redirectUri: `https://${OWN_ID}.chromiumapp.org/exact` }));
    expect(answer).toMatchObject({
      ok: true,
      entry: { profile: { accounting: { division: 4133185 } }, status: { accountingConnected: true, accountingUser: 'Jan de Vries', division: 4133185, divisionName: 'Demo BV' } },
    });
    expect((await getProfile('c1'))?.accounting.division).toBe(4133185);
    expect(JSON.stringify(answer)).not.toContain('secret-1');
  });

  it('keeps a division the merchant chose', async () => {
    const handlers = createSettingsHandlers(fakeDeps().deps);
    await handlers['connections.save']({ profile: profileFixture({ accounting: { system: 'exact', host: 'start.exactonline.nl', division: 77 } }), accountingApp: app }, page);
    await handlers['accounting.connect']({ id: 'c1' }, page);
    expect((await getProfile('c1'))?.accounting.division).toBe(77);
  });

  it('asks for the app first, and explains a failed sign-in', async () => {
    const { deps, connect } = fakeDeps();
    const handlers = createSettingsHandlers(deps);
    await saveProfile(profileFixture());
    expect(await handlers['accounting.connect']({ id: 'c1' }, page)).toMatchObject({ ok: false, error: { key: 'options.accounting.app-missing' } });
    await handlers['connections.save']({ profile: profileFixture(), accountingApp: app }, page);
    connect.mockRejectedValue(new ApiError({ kind: 'not-connected', side: 'accounting', call: 'Exact OAuth authorize', httpStatus: null, detail: 'window closed' }));
    expect(await handlers['accounting.connect']({ id: 'c1' }, page)).toMatchObject({ ok: false, error: { key: 'failure.not-connected' } });
    connect.mockRejectedValue(new Error('landed on https://x.chromiumapp.org/exact?code=ABC&state=DEF'));
    const odd = await handlers['accounting.connect']({ id: 'c1' }, page);
    expect(odd).toMatchObject({ ok: false, error: { key: 'options.accounting.connect-failed' } });
    expect(JSON.stringify(odd)).not.toMatch(/ABC|DEF/);
  });
});

describe('accounting.redirectUri and accounting.refreshMasterData', () => {
  it('gives the redirect URI to register', async () => {
    expect(await createSettingsHandlers(fakeDeps().deps)['accounting.redirectUri']({ system: 'exact' }, page)).toEqual({
      ok: true,
      redirectUri: `https://${OWN_ID}.chromiumapp.org/exact`,
    });
  });

  it('refreshes master data of a known connection only', async () => {
    const { deps, refreshMasterData } = fakeDeps();
    const handlers = createSettingsHandlers(deps);
    expect(await handlers['accounting.refreshMasterData']({ id: 'c1' }, page)).toMatchObject({ ok: false, error: { key: 'options.error.not-found' } });
    await saveProfile(profileFixture());
    expect(await handlers['accounting.refreshMasterData']({ id: 'c1' }, page)).toEqual({ ok: true });
    expect(refreshMasterData).toHaveBeenCalledWith('c1', deps.http, expect.any(Function));
  });
});

it('scrubs codes and states from error details', () => {
  expect(scrubDetail('https://x/exact?code=ABC!&state=123#x')).toBe('https://x/exact?code=…&state=…#x');
});
