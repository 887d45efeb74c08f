import { z } from 'zod';
import { ApiError } from '../../net/errors';
import { db } from '../../storage/db';
import { COUNTED_STATUSES, ERROR_WINDOW_MS, EXACT_ERROR_LIMIT } from './facts';

/**
 * Exact's error budget, kept on our side. Exact blocks an app for an hour and longer after 10
 * errors (400, 401, 403, 404) per API key, user, division and endpoint within an hour (Exact's "API
 * limits" page, see ./facts.ts). A persistent 403 on one endpoint, asked on every
 * 15-minute run and every panel check, would earn that block. So every counted answer is stored
 * per division and endpoint (Dexie: a worker restart keeps it), and at STOP_AT errors in the
 * rolling hour we stop asking that endpoint until the oldest of them leaves the window.
 */

export { COUNTED_STATUSES, ERROR_WINDOW_MS, EXACT_ERROR_LIMIT } from './facts';

/** Where we stop: two errors short of Exact's limit, for calls in flight and the merchant's other apps. */
export const STOP_AT = 8;

const ErrorLogSchema = z.object({ errors: z.array(z.number().int()).max(1000) });

export function errorBudgetKey(host: string, division: number, endpoint: string): string {
  return `exact:${host}:${division}:errors:${endpoint.toLowerCase()}`;
}

/** The endpoint of an Exact API URL: what follows `/api/v1/{division}/` (or `/api/v1/`), without query. */
export function endpointOf(url: string): string {
  const path = new URL(url).pathname.replace(/^\/api\/v1\/(\d+\/)?/i, '').replace(/\/\$count$/i, '');
  return path.replace(/\(.*$/, '');
}

async function readErrors(key: string, now: number): Promise<number[]> {
  const row = await db().kv.get(key);
  const parsed = ErrorLogSchema.safeParse(row?.value);
  // A stored time in the future is not ours to trust: it could keep an endpoint closed forever.
  return parsed.success ? parsed.data.errors.filter((at) => at > now - ERROR_WINDOW_MS && at <= now) : [];
}

/** Epoch ms until which this endpoint is not asked, or null when it may be. */
export async function closedUntil(key: string, now: number): Promise<number | null> {
  const errors = (await readErrors(key, now)).sort((a, b) => a - b);
  if (errors.length < STOP_AT) return null;
  // Open again once fewer than STOP_AT errors remain within the hour.
  const oldestThatMatters = errors[errors.length - STOP_AT] ?? now;
  return oldestThatMatters + ERROR_WINDOW_MS;
}

/** Fails fast, without a request, while the endpoint's budget is spent. */
export async function assertErrorBudget(key: string, now: number, call: string): Promise<void> {
  const until = await closedUntil(key, now);
  if (until === null) return;
  throw new ApiError({
    kind: 'error-budget',
    side: 'accounting',
    call,
    httpStatus: null,
    detail: `Exact answered this request with an error ${STOP_AT} times within the hour (Exact blocks the app at ${EXACT_ERROR_LIMIT}); not asked again until ${new Date(until).toISOString()}`,
    retryAt: new Date(until).toISOString(),
  });
}

/** Counts the answers Exact counts (400, 401, 403, 404); anything else leaves the budget alone. */
export async function recordAnswers(key: string, statuses: readonly number[], now: number): Promise<void> {
  const counted = statuses.filter((status) => COUNTED_STATUSES.has(status));
  if (counted.length === 0) return;
  await db().transaction('rw', db().kv, async () => {
    const errors = await readErrors(key, now);
    await db().kv.put({ key, value: { errors: [...errors, ...counted.map(() => now)] } });
  });
}
