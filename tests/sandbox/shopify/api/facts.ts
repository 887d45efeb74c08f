import type { ShopifyPlan } from '../world';

/**
 * Shopify's wire facts the sandbox reproduces, in one place so an unconfirmed one is easy to
 * correct (source: ../shared/api/shopify.md; "(unconfirmed)" as marked there).
 */

export const API_PATH = /^\/admin\/api\/(\d{4}-\d{2}|unstable)\/graphql\.json$/;

/** Orders older than this are invisible without the read_all_orders scope. */
export const DEFAULT_ORDER_WINDOW_DAYS = 60;

/** Leaky bucket per app + store (standard plan: 2000 points, 100 points/s restored). */
export const BUCKET_MAXIMUM = 2000;
export const BUCKET_RESTORE_PER_SECOND = 100;

/**
 * Per plan: restore rates as shopify.dev states them (standard 100, advanced 200, plus 1000,
 * enterprise 2000 points/s); bucket sizes other than standard's 2000 are (unconfirmed): taken
 * here as 20 seconds of restore, the standard plan's ratio.
 */
export const PLAN_THROTTLE: Record<ShopifyPlan, { maximum: number; restorePerSecond: number }> = {
  standard: { maximum: BUCKET_MAXIMUM, restorePerSecond: BUCKET_RESTORE_PER_SECOND },
  advanced: { maximum: 4000, restorePerSecond: 200 },
  plus: { maximum: 20_000, restorePerSecond: 1000 },
  enterprise: { maximum: 40_000, restorePerSecond: 2000 },
};
/** Max cost of one query (unconfirmed in our notes, widely observed). */
export const SINGLE_QUERY_MAX_COST = 1000;
/** Max page size of a connection. */
export const MAX_PAGE_SIZE = 250;

export const UNAUTHORIZED_BODY = {
  errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
} as const;

export const NOT_FOUND_BODY = { errors: 'Not Found' } as const;

/** Body that is not JSON or has no `query` (REST-style error object; wording unconfirmed). */
export const MISSING_QUERY_BODY = { errors: { query: 'Required parameter missing or invalid' } } as const;

export function throttledError(): { message: string; extensions: { code: string; documentation: string } } {
  return {
    message: 'Throttled',
    extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
  };
}

export function maxCostError(cost: number): { message: string; extensions: Record<string, unknown> } {
  return {
    message:
      `Query cost is ${cost}, which exceeds the single query max cost limit (${SINGLE_QUERY_MAX_COST}). ` +
      'See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the cost of a query is calculated.',
    extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: SINGLE_QUERY_MAX_COST },
  };
}

/** The sandbox never lets a mutation through; the server records the write as a violation. */
export function mutationRefusedError(): { message: string; extensions: { code: string } } {
  return {
    message: 'Access denied: the import-doctor sandbox is read-only and refuses mutations.',
    extensions: { code: 'ACCESS_DENIED' },
  };
}

// Messages of argument errors (wording unconfirmed).
export const MISSING_FIRST_OR_LAST = 'you must provide one of first or last';
export const pageSizeTooLarge = (arg: string): string =>
  `The argument '${arg}' on a connection must be at most ${MAX_PAGE_SIZE}.`;
export const INVALID_CURSOR = 'Invalid cursor for current pagination sort.';
export const invalidGlobalId = (id: string): string => `Invalid global id '${id}'`;
