import { createHash } from 'node:crypto';

/** A deterministic GUID (version-4 shaped) from a seed, so a scenario's Exact ids are stable. */
export function guid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  const variant = '89ab'[parseInt(h.charAt(16), 16) % 4] ?? '8';
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
