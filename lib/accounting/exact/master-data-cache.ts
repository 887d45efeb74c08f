import { z } from 'zod';
import { db } from '../../storage/db';

/**
 * Read-through cache for Exact master data (VAT codes, GL accounts, warehouses) in Dexie. Why:
 * they change rarely, cost one or more calls each out of a 60-a-minute budget, and every diagnosis
 * needs them; with a warm cache a diagnosis spends no calls on them. A row is trusted only while
 * fresh and only if it still parses; anything else counts as a miss and is fetched again.
 */

/** How long master data is served from the cache. */
export const MASTER_DATA_TTL_MS = 6 * 60 * 60 * 1000;

export const MASTER_DATA_KINDS = ['vat-codes', 'gl-accounts', 'warehouses'] as const;
export type MasterDataKind = (typeof MASTER_DATA_KINDS)[number];

/**
 * One cache row per question: the kind plus what was asked (e.g. the mapped codes, sorted and
 * upper-cased), so a changed mapping is a miss, never an answer to another question.
 */
export function masterDataKey(host: string, division: number, what: MasterDataKind, asked: string): string {
  return `${kindPrefix(host, division, what)}:${asked}`;
}

const kindPrefix = (host: string, division: number, what: MasterDataKind): string => `exact:${host}:${division}:${what}`;

/** The cached list, or null on a miss (absent, stale, from the future, or unparsable). */
export async function readCached<T>(key: string, record: z.ZodType<T>, now: number): Promise<T[] | null> {
  const row = await db().cache.get(key);
  if (!row || row.expiresAt <= now || row.fetchedAt > now) return null;
  const parsed = z.array(record).safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

export async function writeCached<T>(key: string, value: T[], now: number): Promise<void> {
  await db().cache.put({ key, value, fetchedAt: now, expiresAt: now + MASTER_DATA_TTL_MS });
}

/** Serves from the cache, or loads, stores and returns. */
export async function cachedList<T>(key: string, record: z.ZodType<T>, now: () => number, load: () => Promise<T[]>): Promise<T[]> {
  const hit = await readCached(key, record, now());
  if (hit !== null) return hit;
  const fresh = await load();
  await writeCached(key, fresh, now());
  return fresh;
}

/** Drops the cached master data of one division (the "refresh now" button starts here). */
export async function invalidateMasterData(host: string, division: number): Promise<void> {
  // The prefix without the question also drops rows written before questions were part of the key.
  for (const what of MASTER_DATA_KINDS) await db().cache.where('key').startsWith(kindPrefix(host, division, what)).delete();
}
