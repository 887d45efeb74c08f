import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';
import { INVALID_CLIENT_BODY, LOGIN_HOST, TOKEN_PATH, TOKEN_SCOPE, unsupportedGrantBody } from './facts';
import type { BolRateLimits } from './rate-limits';
import type { BolTokenStore } from './tokens';
import type { BolWorld } from './world';

const header = (req: SandboxRequest, name: string): string | undefined => {
  const raw = req.headers[name];
  return Array.isArray(raw) ? raw[0] : raw;
};

/** `Authorization: Basic base64(id:secret)` → the pair; null when absent or not Basic. */
export function basicCredentials(req: SandboxRequest): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header(req, 'authorization')?.trim() ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

/** grant_type from the query (bol's documented form) or a form body (picqer's form). */
function grantType(req: SandboxRequest): string | null {
  const fromQuery = req.query.get('grant_type');
  if (fromQuery) return fromQuery;
  const type = header(req, 'content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams(req.body).get('grant_type');
  return null;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', ...headers },
  body,
});

/**
 * `login.bol.com`: `POST /token?grant_type=client_credentials` with Basic auth issues a bearer
 * token for the retailer whose API credentials match (read from the world at every request).
 */
export function bolLoginHost(world: BolWorld, tokens: BolTokenStore, limits: BolRateLimits): HostDefinition {
  return {
    hostnames: [LOGIN_HOST],
    describe: 'bol.com login: POST /token (client credentials, Basic auth)',
    side: 'shop',
    allowsWrite: (req) => req.method === 'POST' && req.path === TOKEN_PATH,
    handle(req) {
      if (req.path !== TOKEN_PATH) {
        return { status: 404, headers: { 'Content-Type': 'text/html' }, rawBody: '<html><body><h1>Not Found</h1></body></html>' };
      }
      if (req.method !== 'POST') return json(405, { error: 'invalid_request', error_description: 'Request method not supported' }, { Allow: 'POST' });
      const pair = basicCredentials(req);
      const rate = limits.consume(`token|${pair?.clientId ?? req.host}`, 'token');
      if (!rate.ok) return json(429, { error: 'too_many_requests', error_description: 'Too many token requests' }, rate.headers);
      const grant = grantType(req);
      if (grant !== 'client_credentials') {
        tokens.recordRequest(pair?.clientId ?? null, false);
        return json(400, unsupportedGrantBody(grant));
      }
      const account = pair
        ? world.accounts.find((a) => a.credentials.some((c) => c.clientId === pair.clientId && c.clientSecret === pair.clientSecret))
        : undefined;
      if (!pair || !account) {
        tokens.recordRequest(pair?.clientId ?? null, false);
        return json(401, INVALID_CLIENT_BODY, { 'WWW-Authenticate': 'Basic realm="bol.com"' });
      }
      tokens.recordRequest(pair.clientId, true);
      const { token, expiresIn } = tokens.issue(account.retailerId, pair.clientId);
      return json(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: TOKEN_SCOPE });
    },
  };
}
