import { randomBytes } from 'node:crypto';
import { TOKEN_LIFETIME_S } from './facts';

interface Issued {
  retailerId: string;
  clientId: string;
  expiresAt: number;
}

/** A JWT-looking opaque value, as bol issues (the client must not read it). */
function jwtLike(): string {
  const part = (n: number): string => randomBytes(n).toString('base64url');
  return `eyJhbGciOiJSUzI1NiJ9.${part(48)}.${part(64)}`;
}

/** Access tokens issued by login.bol.com and honoured by api.bol.com, on an injectable clock. */
export class BolTokenStore {
  private tokens = new Map<string, Issued>();
  private requests: { clientId: string | null; at: number; granted: boolean }[] = [];

  constructor(private readonly now: () => number) {}

  issue(retailerId: string, clientId: string): { token: string; expiresIn: number } {
    const token = jwtLike();
    this.tokens.set(token, { retailerId, clientId, expiresAt: this.now() + TOKEN_LIFETIME_S * 1000 });
    return { token, expiresIn: TOKEN_LIFETIME_S };
  }

  /** Every token request, granted or not (for "one token per lifetime" assertions). */
  recordRequest(clientId: string | null, granted: boolean): void {
    this.requests.push({ clientId, at: this.now(), granted });
  }

  tokenRequests(): { clientId: string | null; at: number; granted: boolean }[] {
    return [...this.requests];
  }

  /** The retailer and client of a live token; null for an unknown or expired one. */
  holder(token: string): Issued | null {
    const issued = this.tokens.get(token);
    if (!issued || issued.expiresAt <= this.now()) return null;
    return issued;
  }

  /** bol forgets every token (the merchant regenerated the secret, or a test wants 401s). */
  revokeAll(): void {
    this.tokens.clear();
  }

  /** Every token ends now (as if the clock jumped past their lifetime). */
  expireAll(): void {
    for (const issued of this.tokens.values()) issued.expiresAt = this.now();
  }
}
