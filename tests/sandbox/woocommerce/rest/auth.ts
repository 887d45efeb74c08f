import type { SandboxRequest } from '../../core/types';
import { ERRORS } from '../facts';
import type { WooKey, WooSite } from '../world';

/**
 * WooCommerce's REST authentication over https (WC_REST_Authentication, per the API notes):
 * HTTP Basic (username = consumer key, password = consumer secret), or, when the server strips
 * the Authorization header, `consumer_key` / `consumer_secret` in the query string. Both are
 * accepted here as on a real shop; the extension must only ever use Basic (its tests assert the
 * query string never carries a key; `usedQueryStringKeys` tells a test).
 */
export type AuthOutcome =
  | { kind: 'key'; key: WooKey }
  /** No credentials at all: the request runs as nobody, and the route's permission check answers 401. */
  | { kind: 'anonymous' }
  | { kind: 'refused'; error: { code: string; message: string; status: number } };

function header(req: SandboxRequest, name: string): string | null {
  const raw = req.headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value ?? null;
}

/** Key and secret from the Authorization header (Basic) or the query string; null when neither. */
export function presentedCredentials(req: SandboxRequest): { key: string; secret: string; via: 'basic' | 'query' } | null {
  const authorization = header(req, 'authorization');
  const basic = authorization ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization) : null;
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1), via: 'basic' };
  }
  const key = req.query.get('consumer_key');
  const secret = req.query.get('consumer_secret');
  if (key && secret) return { key, secret, via: 'query' };
  return null;
}

export function usedQueryStringKeys(req: SandboxRequest): boolean {
  return req.query.has('consumer_key') || req.query.has('consumer_secret');
}

export function authenticate(req: SandboxRequest, site: WooSite): AuthOutcome {
  const presented = presentedCredentials(req);
  if (presented === null) return { kind: 'anonymous' };
  const key = site.keys.find((k) => k.consumerKey === presented.key);
  if (!key) return { kind: 'refused', error: ERRORS.badKey };
  if (key.consumerSecret !== presented.secret) return { kind: 'refused', error: ERRORS.badSecret };
  const reading = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
  if (reading && key.permissions === 'write') return { kind: 'refused', error: ERRORS.noReadPermission };
  return { kind: 'key', key };
}
