import type { SandboxRequest, SandboxResponse } from '../core/types';
import { consentPage, errorPage } from './consent-page';
import type { ExactTokenStore, TokenOutcome } from './token-store';
import type { ExactUser, ExactWorld } from './world';

export interface TokenRequestRecord {
  at: number;
  grantType: string;
  clientId: string;
  status: number;
  /** The OAuth error code, null on success. */
  error: string | null;
}

export interface OAuthContext {
  world: ExactWorld;
  tokens: ExactTokenStore;
  now(): number;
  autoConsent(): boolean;
  /** The user who is "logged in" at Exact when the consent screen shows. */
  consentUser(): ExactUser | undefined;
  log(entry: TokenRequestRecord): void;
}

function withParams(target: string, params: Record<string, string | null>): string {
  const url = new URL(target);
  // URLSearchParams encodes the code's `!` as %21, as Exact's redirect does.
  for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
  return url.toString();
}

const redirect = (location: string): SandboxResponse => ({ status: 302, headers: { Location: location }, rawBody: '' });

function validRedirectUri(value: string | null): value is string {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** GET /api/oauth2/auth — the consent screen, or straight back with a code in auto-consent mode. */
export function authorize(req: SandboxRequest, ctx: OAuthContext): SandboxResponse {
  const clientId = req.query.get('client_id') ?? '';
  const app = ctx.world.apps.find((candidate) => candidate.clientId === clientId);
  if (!app) return errorPage(400, 'The client_id is unknown or the app is not registered.');
  const redirectUri = req.query.get('redirect_uri');
  if (!validRedirectUri(redirectUri)) return errorPage(400, 'The redirect_uri is missing or not an https URL.');
  if (req.query.get('response_type') !== 'code') return errorPage(400, 'response_type must be "code".');
  const user = ctx.consentUser();
  if (!user) return errorPage(400, 'No Exact Online user can sign in in this world.');
  const state = req.query.get('state');
  if (ctx.autoConsent()) {
    return redirect(withParams(redirectUri, { code: ctx.tokens.issueCode(clientId, redirectUri, user.userId), state }));
  }
  const division = ctx.world.divisions.find((d) => d.division === user.currentDivision);
  return consentPage({
    appName: app.name ?? 'import-doctor',
    clientId,
    redirectUri,
    state,
    userId: user.userId,
    userName: user.fullName,
    divisionName: division?.name ?? String(user.currentDivision),
  });
}

/** POST /api/oauth2/approve — the consent form's Authorize / Deny buttons. */
export function approve(req: SandboxRequest, ctx: OAuthContext): SandboxResponse {
  const form = new URLSearchParams(req.body);
  const clientId = form.get('client_id') ?? '';
  const redirectUri = form.get('redirect_uri');
  if (!ctx.world.apps.some((app) => app.clientId === clientId)) return errorPage(400, 'The client_id is unknown.');
  if (!validRedirectUri(redirectUri)) return errorPage(400, 'The redirect_uri is missing or not an https URL.');
  const user = ctx.world.users.find((candidate) => candidate.userId === form.get('user_id'));
  if (!user) return errorPage(400, 'Unknown user.');
  const state = form.get('state');
  if (form.get('decision') !== 'allow') return redirect(withParams(redirectUri, { error: 'access_denied', state }));
  return redirect(withParams(redirectUri, { code: ctx.tokens.issueCode(clientId, redirectUri, user.userId), state }));
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache', ...headers },
  body,
});

/** POST /api/oauth2/token — authorization_code and refresh_token grants, form-encoded, secret in the body. */
export function token(req: SandboxRequest, ctx: OAuthContext): SandboxResponse {
  const form = new URLSearchParams(req.body);
  const grantType = form.get('grant_type') ?? '';
  const clientId = form.get('client_id') ?? '';
  const answer = (response: SandboxResponse, error: string | null): SandboxResponse => {
    ctx.log({ at: ctx.now(), grantType, clientId, status: response.status, error });
    return response;
  };
  const app = ctx.world.apps.find((candidate) => candidate.clientId === clientId);
  if (!app || app.clientSecret !== form.get('client_secret')) {
    return answer(json(401, { error: 'invalid_client' }), 'invalid_client');
  }

  let outcome: TokenOutcome;
  if (grantType === 'authorization_code') {
    outcome = ctx.tokens.redeemCode(form.get('code') ?? '', clientId, form.get('redirect_uri') ?? '');
  } else if (grantType === 'refresh_token') {
    outcome = ctx.tokens.useRefreshToken(form.get('refresh_token') ?? '', clientId);
  } else {
    return answer(json(400, { error: 'unsupported_grant_type' }), 'unsupported_grant_type');
  }

  if (outcome.ok) return answer(json(200, outcome.tokens), null);
  const headers: Record<string, string> = outcome.tooEarly ? { Reason: 'TooEarlyToRefreshTokens' } : {};
  return answer(json(400, { error: outcome.error, error_description: outcome.description }, headers), outcome.error);
}
