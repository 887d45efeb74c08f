import type { ConnectionProfile } from '../../model/connection';
import type { Failure, FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps } from '../../net/http';
import { NO_RETRY } from '../../net/retry';
import { writeSecret } from '../../storage/secrets';
import { collectionUrl } from './odata';
import { budgetKey, recordBudget } from './rate-limit';
import { MeSchema, TokenResponseSchema } from './schemas';
import {
  EXACT_APP_KIND,
  EXACT_TOKENS_KIND,
  ExactAppSchema,
  ExactTokensSchema,
  describeTokenError,
  formBody,
  readTokens,
  tokenUrl,
  tokensFrom,
  type ExactApp,
} from './tokens';

/**
 * Connecting Exact: the OAuth authorization-code flow. Why a module of its own, free of `browser`:
 * the background wires `launchAuthFlow` to identity.launchWebAuthFlow, and tests drive it with a
 * fake. The state is random and single use (T6), the code is exchanged at once (it lives 3
 * minutes and works once), and the tokens are stored before the first call uses them.
 */

export const AUTHORIZE_CALL = 'Exact OAuth authorize';
export const EXCHANGE_CALL = 'Exact POST oauth2/token (code)';
export const ME_CALL = 'Exact GET current/Me';

export interface AuthorizeUrlInput {
  host: string;
  clientId: string;
  redirectUri: string;
  state: string;
}

/** `https://{host}/api/oauth2/auth?client_id=…&redirect_uri=…&response_type=code&force_login=0&state=…` */
export function buildAuthorizeUrl(input: AuthorizeUrlInput): string {
  const query = new URLSearchParams({
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    response_type: 'code',
    force_login: '0',
    state: input.state,
  });
  return `https://${input.host}/api/oauth2/auth?${query.toString()}`;
}

/** 32 random bytes as hex, from the platform's CSPRNG. */
export function randomState(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface ConnectExactInput {
  connectionId: string;
  profile: ConnectionProfile;
  app: ExactApp;
  /** browser.identity.getRedirectURL('exact') in the background. */
  redirectUri: string;
  /** Opens the sign-in window and resolves with the final redirect URL (rejects when closed). */
  launchAuthFlow: (url: string) => Promise<string>;
  http: HttpDeps;
  now: () => number;
}

export interface ConnectExactResult {
  /** The division Exact's API currently uses for this user (fills profile.accounting.division). */
  division: number;
  userName: string | null;
  divisionName: string | null;
}

function fail(kind: FailureKind, call: string, detail: string, httpStatus: number | null = null): ApiError {
  return new ApiError({ kind, side: 'accounting', call, httpStatus, detail } satisfies Failure);
}

/** The `code` from Exact's redirect, after checking where it landed and the state. */
export function codeFromRedirect(finalUrl: string, redirectUri: string, expectedState: string): string {
  let landed: URL;
  let expected: URL;
  try {
    landed = new URL(finalUrl);
    expected = new URL(redirectUri);
  } catch {
    throw fail('not-connected', AUTHORIZE_CALL, 'Exact sign-in ended on an address that is not a URL: try again');
  }
  if (landed.origin !== expected.origin || landed.pathname !== expected.pathname) {
    throw fail('not-connected', AUTHORIZE_CALL, 'Exact sign-in ended on an unexpected address: try again');
  }
  const params = landed.searchParams;
  // The state is checked first: an answer that is not for this sign-in is not read any further.
  if (params.get('state') !== expectedState) {
    throw fail('unauthorized', AUTHORIZE_CALL, 'the answer from Exact does not belong to this sign-in (state mismatch): try again');
  }
  const error = params.get('error');
  if (error !== null) {
    const description = params.get('error_description');
    throw fail('not-connected', AUTHORIZE_CALL, `Exact sign-in was not completed: ${error}${description ? ` (${description.slice(0, 200)})` : ''}`);
  }
  // searchParams has already URL-decoded the code (%21 → !).
  const code = params.get('code');
  if (code === null || code === '') throw fail('not-connected', AUTHORIZE_CALL, 'Exact sign-in returned no authorization code: try again');
  return code;
}

/**
 * Signs in to Exact, stores the app credentials and the token pair, and reads who and which
 * division the connection now is.
 */
export async function connectExact(input: ConnectExactInput): Promise<ConnectExactResult> {
  const { connectionId, profile, app, redirectUri, http, now } = input;
  const host = profile.accounting.host;
  const checkedApp = ExactAppSchema.parse(app);
  const state = randomState();
  const authorizeUrl = buildAuthorizeUrl({ host, clientId: checkedApp.clientId, redirectUri, state });

  let finalUrl: string;
  try {
    finalUrl = await input.launchAuthFlow(authorizeUrl);
  } catch {
    throw fail('not-connected', AUTHORIZE_CALL, 'the Exact sign-in window was closed before access was granted');
  }
  const code = codeFromRedirect(finalUrl, redirectUri, state);
  // Exchanged at once, with nothing awaited in between: the code (3 minutes, single use) cannot age here.
  const sentAt = now();
  const exchanged = await requestJson(
    {
      side: 'accounting',
      call: EXCHANGE_CALL,
      url: tokenUrl(host),
      method: 'POST',
      purpose: 'token',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: formBody({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: checkedApp.clientId,
        client_secret: checkedApp.clientSecret,
      }),
      schema: TokenResponseSchema,
      // The code works once: never resend it.
      retry: NO_RETRY,
      describeError: (status, body) => {
        const described = describeTokenError(status, body);
        if (status !== 400 && status !== 401) return described;
        return {
          kind: 'unauthorized',
          detail: `Exact refused the authorization code${described?.detail ? ` (${described.detail})` : ''}: check the app's client id, secret and redirect URL, then sign in again`,
        };
      },
    },
    http,
  ).catch((error: unknown) => {
    if (error instanceof ApiError) throw error;
    throw fail('malformed', EXCHANGE_CALL, 'the token exchange failed unexpectedly');
  });

  const previous = await readTokens(connectionId);
  const tokens = tokensFrom(exchanged.data, host, sentAt, now(), (previous?.generation ?? 0) + 1);
  await writeSecret(connectionId, EXACT_APP_KIND, ExactAppSchema, checkedApp);
  await writeSecret(connectionId, EXACT_TOKENS_KIND, ExactTokensSchema, tokens);

  const seen: { headers: Headers | null } = { headers: null };
  const me = await requestJson(
    {
      side: 'accounting',
      call: ME_CALL,
      url: collectionUrl(`https://${host}/api/v1/current/Me`, { select: ['CurrentDivision', 'FullName', 'DivisionCustomerName'] }),
      headers: { Accept: 'application/json', Authorization: `Bearer ${tokens.accessToken}` },
      schema: MeSchema,
      observe: (response) => {
        seen.headers = response.headers;
      },
    },
    http,
  );
  const record = me.data.d.results[0];
  if (!record) throw fail('malformed', ME_CALL, 'current/Me returned no user');
  const division = profile.accounting.division ?? record.CurrentDivision;
  if (seen.headers !== null) await recordBudget(budgetKey(host, division), seen.headers, now());
  return {
    division: record.CurrentDivision,
    userName: record.FullName ?? null,
    divisionName: record.DivisionCustomerName ?? null,
  };
}
