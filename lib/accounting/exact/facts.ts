/**
 * Exact Online facts the product builds on, in one place (the sandbox's counterpart is
 * tests/sandbox/exact/facts.ts, with the sources). Unconfirmed ones are marked so.
 */

/**
 * Exact's error budget (Exact's "API limits" page): "No more than 10 errors per API key, per user,
 * per company, per endpoint, and per hour … Response code 400, 401, 403, and 404 are counted as
 * errors." Exceeding it blocks the app for an hour, longer on repeat.
 */
export const EXACT_ERROR_LIMIT = 10;
export const ERROR_WINDOW_MS = 60 * 60 * 1000;
export const COUNTED_STATUSES: ReadonlySet<number> = new Set([400, 401, 403, 404]);

/**
 * The division's main warehouse: `Main` is Exact's 0/1 flag on inventory/Warehouses (field list:
 * picqer/exact-php-client Warehouse.php). That Exact accepts a $filter on it is (unconfirmed); the
 * endpoint has no sync twin, so Exact's mandatory-filter rule is not expected to apply there.
 */
export const MAIN_WAREHOUSE_FILTER = 'Main eq 1';
