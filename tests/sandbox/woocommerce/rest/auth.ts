import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SandboxRequest } from '../../core/types';
import { ERRORS, OAUTH, OAUTH_ERRORS } from '../facts';
import type { WooKey, WooSite } from '../world';

/**
 * WooCommerce's REST authentication (WC_REST_Authentication; facts.ts has the source lines):
 * Basic auth or query-string keys only where WordPress sees HTTPS, OAuth 1.0a one-legged on every
 * request, verified for real (signature recomputed, timestamp window, nonce reuse). A site
 * `behindTlsProxy` is one where WordPress does not see HTTPS. The extension must never put the
 * keys in the query string (`usedQueryStringKeys` tells a test).
 */
export type AuthOutcome =
  | { kind: 'key'; key: WooKey; via: 'basic' | 'query' | 'oauth' }
  /** No credentials WooCommerce looked at: the request runs as nobody, the route answers 401. */
  | { kind: 'anonymous' }
  | { kind: 'refused'; error: AuthError };

export interface AuthError {
  code: string;
  message: string;
  status: number;
}

type Step = { kind: 'key'; key: WooKey } | { kind: 'none' } | { kind: 'error'; error: AuthError };

/** Nonces each key has used: `used_nonces[timestamp] = nonce` (a column of the key's row). */
const usedNonces = new WeakMap<WooKey, Map<number, string>>();

function header(req: SandboxRequest, name: string, site?: WooSite): string | null {
  if (name === 'authorization' && site?.dropsAuthorizationHeader) return null;
  const raw = req.headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value ?? null;
}

/** Key and secret from the query string (read first) or the Basic header; null when neither. */
export function presentedCredentials(req: SandboxRequest, site?: WooSite): { key: string; secret: string; via: 'basic' | 'query' } | null {
  const key = req.query.get('consumer_key');
  const secret = req.query.get('consumer_secret');
  if (key && secret) return { key, secret, via: 'query' };
  const authorization = header(req, 'authorization', site);
  const basic = authorization ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization) : null;
  if (basic?.[1]) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0 && colon < decoded.length - 1) return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1), via: 'basic' };
  }
  return null;
}

export function usedQueryStringKeys(req: SandboxRequest): boolean {
  return req.query.has('consumer_key') || req.query.has('consumer_secret');
}

/** perform_basic_authentication: an unknown key is no error (nobody), a wrong secret is. */
function basicAuthentication(req: SandboxRequest, site: WooSite): Step {
  const presented = presentedCredentials(req, site);
  if (presented === null) return { kind: 'none' };
  const key = site.keys.find((k) => k.consumerKey === presented.key);
  if (!key) return { kind: 'none' };
  if (key.consumerSecret !== presented.secret) return { kind: 'error', error: ERRORS.badSecret };
  return { kind: 'key', key };
}

/** get_oauth_parameters: the query string, plus the oauth_* of an `Authorization: OAuth …` header. */
function oauthParameters(req: SandboxRequest, site: WooSite): Map<string, string> {
  const params = new Map<string, string>(req.query.entries());
  const authorization = header(req, 'authorization', site)?.trim() ?? '';
  if (authorization.startsWith('OAuth ')) {
    for (const m of authorization.matchAll(/(oauth_[a-z_-]*)=(?:"([^"]*)"|([^,]*))/g)) {
      // urldecode(): a '+' is a space.
      params.set(m[1] ?? '', rawurldecode((m[2] || m[3] || '').replace(/\+/g, ' ')));
    }
  }
  return params;
}

/** PHP's rawurlencode. */
const rawurlencode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The base string WooCommerce signs: method, the home URL of the path (http unless is_ssl()), params. */
export function wooBaseString(method: string, scheme: 'http' | 'https', host: string, path: string, params: Map<string, string>): string {
  const sorted = [...params.entries()].filter(([k]) => k !== 'oauth_signature').sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const joined = sorted.map(([k, v]) => rawurlencode(`${rawurlencode(k)}=${rawurlencode(v)}`)).join('%26');
  return `${method.toUpperCase()}&${rawurlencode(`${scheme}://${host}${path}`)}&${joined}`;
}

/** PHP's rawurldecode: %XX only (a '+' stays), a broken escape left as it is. */
function rawurldecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function oauthAuthentication(req: SandboxRequest, site: WooSite, nowMs: number): Step {
  const params = oauthParameters(req, site);
  const missing = OAUTH.required.filter((name) => !params.get(name));
  if (missing.length === OAUTH.required.length) return { kind: 'none' };
  if (missing.length > 0) {
    const message = `${missing.length === 1 ? 'Missing OAuth parameter' : 'Missing OAuth parameters'} ${missing.join(', ')}`;
    return { kind: 'error', error: { code: OAUTH.missingParameterCode, message, status: 401 } };
  }
  const key = site.keys.find((k) => k.consumerKey === params.get('oauth_consumer_key'));
  if (!key) return { kind: 'error', error: ERRORS.badKey };

  const method = params.get('oauth_signature_method') ?? '';
  if (!(OAUTH.methods as readonly string[]).includes(method)) return { kind: 'error', error: OAUTH_ERRORS.badMethod };
  const scheme = site.behindTlsProxy ? 'http' : 'https';
  const base = wooBaseString(req.method, scheme, req.host, req.path, params);
  const algorithm = method === 'HMAC-SHA256' ? 'sha256' : 'sha1';
  const expected = createHmac(algorithm, `${key.consumerSecret}&`).update(base).digest('base64');
  const received = rawurldecode((params.get('oauth_signature') ?? '').replace(/ /g, '+'));
  if (!sameText(expected, received)) return { kind: 'error', error: OAUTH_ERRORS.badSignature };

  const now = Math.floor(nowMs / 1000);
  const timestamp = Number(params.get('oauth_timestamp'));
  if (!Number.isFinite(timestamp) || timestamp < now - OAUTH.windowSeconds || timestamp > now + OAUTH.windowSeconds) {
    return { kind: 'error', error: OAUTH_ERRORS.badTimestamp };
  }
  const nonce = params.get('oauth_nonce') ?? '';
  const used = usedNonces.get(key) ?? new Map<number, string>();
  if ([...used.values()].includes(nonce)) return { kind: 'error', error: OAUTH_ERRORS.usedNonce };
  used.set(timestamp, nonce);
  for (const at of used.keys()) if (at < now - OAUTH.windowSeconds) used.delete(at);
  usedNonces.set(key, used);
  return { kind: 'key', key };
}

export function authenticate(req: SandboxRequest, site: WooSite, nowMs: number = Date.now()): AuthOutcome {
  // is_ssl(): only a site whose WordPress sees HTTPS looks at Basic auth and query-string keys.
  const basic: Step = site.behindTlsProxy ? { kind: 'none' } : basicAuthentication(req, site);
  let outcome: AuthOutcome;
  if (basic.kind === 'key') {
    outcome = { kind: 'key', key: basic.key, via: presentedCredentials(req, site)?.via ?? 'basic' };
  } else {
    const oauth = oauthAuthentication(req, site, nowMs);
    if (oauth.kind === 'error') outcome = { kind: 'refused', error: oauth.error };
    // An error Basic set stays, even when OAuth then finds a user.
    else if (basic.kind === 'error') outcome = { kind: 'refused', error: basic.error };
    else outcome = oauth.kind === 'key' ? { kind: 'key', key: oauth.key, via: 'oauth' } : { kind: 'anonymous' };
  }
  if (outcome.kind !== 'key') return outcome;
  // check_user_permissions: the key's own read/write setting.
  const reading = req.method === 'GET' || req.method === 'HEAD';
  if (reading && outcome.key.permissions === 'write') return { kind: 'refused', error: ERRORS.noReadPermission };
  return outcome;
}
