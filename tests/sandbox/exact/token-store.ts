import { randomBytes } from 'node:crypto';

/** Lifetimes and the refresh rule of api/exact-online.md §5. */
export const TOKEN_RULES = {
  codeTtlMs: 3 * 60_000,
  accessTtlMs: 600_000,
  /** A refresh is allowed only 570 s after the previous token of the same grant was issued. */
  minRefreshIntervalMs: 570_000,
  refreshTtlMs: 30 * 24 * 3600_000,
} as const;

export interface TokenSet {
  access_token: string;
  token_type: 'bearer';
  /** A string on the wire, as Exact sends it. */
  expires_in: string;
  refresh_token: string;
}

export interface Grant {
  clientId: string;
  userId: string;
}

interface Code extends Grant { redirectUri: string; expiresAt: number; used: boolean }
interface Access extends Grant { expiresAt: number }
interface Refresh extends Grant { chain: number; expiresAt: number; spent: boolean }

export type TokenOutcome =
  | { ok: true; tokens: TokenSet }
  | { ok: false; error: 'invalid_grant' | 'access_denied'; description: string; tooEarly?: boolean };

/**
 * Exact-looking opaque values. Codes and refresh tokens carry a `!`, which a client must URL-encode
 * in a form body and URL-decode from the redirect (%21), as with the real ones.
 */
function opaque(withBang: boolean): string {
  const part = (): string => randomBytes(18).toString('base64url');
  return `stampNL001.${part()}${withBang ? `!${part()}` : part()}`;
}

/** Authorization codes, access tokens and rotating refresh tokens, on an injectable clock. */
export class ExactTokenStore {
  private codes = new Map<string, Code>();
  private access = new Map<string, Access>();
  private refresh = new Map<string, Refresh>();
  /** Per grant chain (one consent and its refreshes): when its latest token was issued. */
  private chainIssuedAt = new Map<number, number>();
  private nextChain = 1;

  constructor(private readonly now: () => number) {}

  issueCode(clientId: string, redirectUri: string, userId: string): string {
    const code = opaque(true);
    this.codes.set(code, { clientId, userId, redirectUri, expiresAt: this.now() + TOKEN_RULES.codeTtlMs, used: false });
    return code;
  }

  redeemCode(code: string, clientId: string, redirectUri: string): TokenOutcome {
    const entry = this.codes.get(code);
    const refuse = (description: string): TokenOutcome => ({ ok: false, error: 'invalid_grant', description });
    if (!entry) return refuse('Invalid authorization code');
    if (entry.used) return refuse('Authorization code already used');
    if (this.now() >= entry.expiresAt) return refuse('Authorization code expired');
    if (entry.clientId !== clientId) return refuse('Authorization code was issued to another client');
    if (entry.redirectUri !== redirectUri) return refuse('redirect_uri does not match the authorization request');
    entry.used = true;
    return { ok: true, tokens: this.issue(entry, this.nextChain++) };
  }

  useRefreshToken(token: string, clientId: string): TokenOutcome {
    const entry = this.refresh.get(token);
    const refuse = (description: string): TokenOutcome => ({ ok: false, error: 'invalid_grant', description });
    if (!entry || entry.clientId !== clientId) return refuse('Invalid refresh token');
    if (entry.spent) return refuse('Old refresh token used');
    if (this.now() >= entry.expiresAt) return refuse('Refresh token expired');
    const issuedAt = this.chainIssuedAt.get(entry.chain) ?? 0;
    if (this.now() - issuedAt < TOKEN_RULES.minRefreshIntervalMs) {
      return { ok: false, error: 'access_denied', description: 'Rate limit exceeded: access_token not expired', tooEarly: true };
    }
    entry.spent = true;
    return { ok: true, tokens: this.issue(entry, entry.chain) };
  }

  private issue(grant: Grant, chain: number): TokenSet {
    const now = this.now();
    const accessToken = opaque(false);
    const refreshToken = opaque(true);
    const owner = { clientId: grant.clientId, userId: grant.userId };
    this.access.set(accessToken, { ...owner, expiresAt: now + TOKEN_RULES.accessTtlMs });
    this.refresh.set(refreshToken, { ...owner, chain, expiresAt: now + TOKEN_RULES.refreshTtlMs, spent: false });
    this.chainIssuedAt.set(chain, now);
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: String(TOKEN_RULES.accessTtlMs / 1000),
      refresh_token: refreshToken,
    };
  }

  /** The grant behind a bearer token, or null when it is unknown, expired or revoked. */
  authenticate(accessToken: string): Grant | null {
    const entry = this.access.get(accessToken);
    if (!entry || this.now() >= entry.expiresAt) return null;
    return { clientId: entry.clientId, userId: entry.userId };
  }

  /** The merchant revoked the app: every token stops working, refresh included. */
  revokeAll(): void {
    this.access.clear();
    this.refresh.clear();
  }

  expireAccessTokens(): void {
    this.access.clear();
  }
}
