import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../net/errors';
import { readSecret } from '../../storage/secrets';
import { buildAuthorizeUrl, codeFromRedirect, connectExact, randomState, type ConnectExactInput } from './oauth';
import { EXACT_APP_KIND, ExactAppSchema, readTokens } from './tokens';
import { FAKE_APP, FAKE_DIVISION, FAKE_HOST, FAKE_REDIRECT, createFakeExact, type FakeExact } from './test-support/fake-exact';
import { CONNECTION_ID, exactProfile, freshDb } from './test-support/setup';

let fake: FakeExact;

beforeEach(() => {
  freshDb();
  fake = createFakeExact();
});

/** Plays Exact's sign-in page: checks the authorize URL, then redirects with a fresh code. */
function signIn(answer: (params: URLSearchParams, code: string) => string = (p, code) => `${FAKE_REDIRECT}?code=${encodeURIComponent(code)}&state=${p.get('state')}`) {
  const seen: string[] = [];
  const launchAuthFlow = (url: string) => {
    seen.push(url);
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe(`https://${FAKE_HOST}/api/oauth2/auth`);
    return Promise.resolve(answer(parsed.searchParams, fake.issueCode(FAKE_REDIRECT)));
  };
  return { seen, launchAuthFlow };
}

function input(launchAuthFlow: ConnectExactInput['launchAuthFlow'], division: number | null = null): ConnectExactInput {
  return {
    connectionId: CONNECTION_ID,
    profile: exactProfile(division),
    app: FAKE_APP,
    redirectUri: FAKE_REDIRECT,
    launchAuthFlow,
    http: fake.http,
    now: () => fake.clock.now,
  };
}

async function failureOf(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return (error as ApiError).failure;
}

describe('authorize URL', () => {
  it('carries client id, redirect, response_type=code, force_login=0 and the state', () => {
    const url = new URL(buildAuthorizeUrl({ host: FAKE_HOST, clientId: 'id 1', redirectUri: FAKE_REDIRECT, state: 's1' }));
    expect(url.origin + url.pathname).toBe('https://start.exactonline.nl/api/oauth2/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'id 1',
      redirect_uri: FAKE_REDIRECT,
      response_type: 'code',
      force_login: '0',
      state: 's1',
    });
  });

  it('uses a fresh random state every time', () => {
    const states = new Set(Array.from({ length: 50 }, randomState));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the URL-decoded code only from our redirect with our state', () => {
    expect(codeFromRedirect(`${FAKE_REDIRECT}?code=ab%21cd&state=s`, FAKE_REDIRECT, 's')).toBe('ab!cd');
    expect(() => codeFromRedirect(`https://evil.example/exact?code=x&state=s`, FAKE_REDIRECT, 's')).toThrow(ApiError);
    expect(() => codeFromRedirect(`${FAKE_REDIRECT}?code=x&state=other`, FAKE_REDIRECT, 's')).toThrow(ApiError);
    expect(() => codeFromRedirect(`${FAKE_REDIRECT}?code=x`, FAKE_REDIRECT, 's')).toThrow(ApiError);
    expect(() => codeFromRedirect(`${FAKE_REDIRECT}?error=access_denied&state=s`, FAKE_REDIRECT, 's')).toThrow(/access_denied/);
  });
});

describe('connectExact', () => {
  it('exchanges the code, stores app and tokens, and reads the division', async () => {
    const flow = signIn();
    const result = await connectExact(input(flow.launchAuthFlow));
    expect(result).toEqual({ division: FAKE_DIVISION, userName: 'Anna de Vries', divisionName: 'Webwinkel BV' });

    const [exchange] = fake.tokenRequests();
    expect(Object.fromEntries(new URLSearchParams(exchange?.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'code!1/x',
      redirect_uri: FAKE_REDIRECT,
      client_id: FAKE_APP.clientId,
      client_secret: FAKE_APP.clientSecret,
    });
    expect(await readSecret(CONNECTION_ID, EXACT_APP_KIND, ExactAppSchema)).toEqual(FAKE_APP);
    expect(await readTokens(CONNECTION_ID)).toMatchObject({
      accessToken: 'access-2',
      refreshToken: 'refresh-2',
      host: FAKE_HOST,
      generation: 1,
      expiresAt: fake.clock.now + 600_000,
    });
    const [me] = fake.apiRequests();
    expect(me?.url.pathname).toBe('/api/v1/current/Me');
    expect(me?.url.searchParams.get('$select')).toBe('CurrentDivision,FullName,DivisionCustomerName');
    expect(me?.headers.get('authorization')).toBe('Bearer access-2');
    expect(fake.violations).toEqual([]);
  });

  it('the window closed by the merchant: not-connected, nothing stored, no exchange', async () => {
    const failure = await failureOf(connectExact(input(() => Promise.reject(new Error('The user did not approve access.')))));
    expect(failure).toMatchObject({ kind: 'not-connected', side: 'accounting' });
    expect(failure.detail).toMatch(/closed/);
    expect(fake.requests).toHaveLength(0);
    expect(await readTokens(CONNECTION_ID)).toBeNull();
  });

  it('a state that does not match: refused before any exchange', async () => {
    const flow = signIn((_, code) => `${FAKE_REDIRECT}?code=${code}&state=forged`);
    const failure = await failureOf(connectExact(input(flow.launchAuthFlow)));
    expect(failure.detail).toMatch(/state mismatch/);
    expect(fake.requests).toHaveLength(0);
  });

  it('the state is single use: a replayed redirect from an earlier sign-in is refused', async () => {
    const first = signIn();
    let earlierRedirect = '';
    await connectExact(
      input(async (url) => {
        earlierRedirect = await first.launchAuthFlow(url);
        return earlierRedirect;
      }),
    );
    const failure = await failureOf(connectExact(input(() => Promise.resolve(earlierRedirect))));
    expect(failure.detail).toMatch(/state mismatch/);
    expect(fake.tokenRequests()).toHaveLength(1);
  });

  it('the exchange refused (code already used): unauthorized with a clear detail, nothing stored', async () => {
    fake.intercept = (request) =>
      request.route === 'token' ? new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 }) : undefined;
    const failure = await failureOf(connectExact(input(signIn().launchAuthFlow)));
    expect(failure).toMatchObject({ kind: 'unauthorized', side: 'accounting', httpStatus: 400 });
    expect(failure.detail).toMatch(/refused the authorization code/);
    expect(fake.tokenRequests()).toHaveLength(1);
    expect(await readTokens(CONNECTION_ID)).toBeNull();
    expect(await readSecret(CONNECTION_ID, EXACT_APP_KIND, ExactAppSchema)).toBeNull();
  });

  it('keeps the stored generation increasing across reconnects', async () => {
    await connectExact(input(signIn().launchAuthFlow));
    fake.advance(600_000);
    await connectExact(input(signIn().launchAuthFlow));
    expect((await readTokens(CONNECTION_ID))?.generation).toBe(2);
  });
});
