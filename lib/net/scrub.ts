/**
 * Defensive masking of anything that looks like a credential. Every failure detail is scrubbed
 * where it is made, in the worker (lib/net/errors.ts), before anything leaves it; the report and
 * the technical rows scrub again, for a provider message that echoed a token.
 */
import { shopSecretPatterns } from '../shops/descriptors';

export const REDACTED = '[redacted]';

/** Specific shapes first, so their prefix stays readable ("shpat_[redacted]"). */
const SPECIFIC: [RegExp, string][] = [
  // Authorization headers. "Basic" only with a base64 blob after it, so "Basic plan" stays.
  [/\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  [/\b(Basic)\s+[A-Za-z0-9+/]{12,}={0,2}/g, `$1 ${REDACTED}`],
  // Each shop platform's secret shapes, from its descriptor; group 1 is the prefix kept readable.
  ...shopSecretPatterns().map((pattern): [RegExp, string] => [pattern, `$1${REDACTED}`]),
  // key=value or "key": "value" pairs with a secret's name (not "code": "VAT code: 21" is evidence).
  [
    /\b(access_token|refresh_token|id_token|client_secret|consumer_secret|consumer_key|oauth_signature|oauth_consumer_key|api_key|apikey|password|secret|token)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
    `$1$2${REDACTED}`,
  ],
];

/** A run of base64 / base64url / hex characters long enough to be a key. */
const LONG_RUN = /[A-Za-z0-9+/_-]{32,}={0,2}/g;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;

/**
 * A long run is masked when it is pure hex, or mixes letters and digits (a random key always
 * does). GUIDs (Exact's record ids, useful to support) and long plain words are kept.
 */
function looksLikeKey(run: string): boolean {
  if (GUID.test(run)) return false;
  if (HEX.test(run)) return true;
  return /[0-9]/.test(run) && /[A-Za-z]/.test(run);
}

export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SPECIFIC) out = out.replace(pattern, replacement);
  return out.replace(LONG_RUN, (run) => (looksLikeKey(run) ? REDACTED : run));
}
