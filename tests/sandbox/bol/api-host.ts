import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';
import {
  API_HOST,
  CHANGE_INTERVAL_MAX_MINUTES,
  HANDLED_VISIBLE_HOURS,
  SINGLE_READ_RETENTION_DAYS,
  DEFAULT_FULFILMENT_METHOD,
  DEFAULT_STATUS,
  EMPTY_PAGE_BODY,
  LATEST_CHANGE_MONTHS,
  LIST_NEWEST_FIRST,
  MEDIA_TYPE,
  PAGE_SIZE,
  problem,
  WRONG_VERSION_STATUS,
} from './facts';
import { fullOrder, reducedOrder, type ListFilter } from './order-view';
import { exhaustedHeaders, type BolRateLimits, type Endpoint } from './rate-limits';
import type { BolTokenStore } from './tokens';
import type { BolAccount, BolWorld } from './world';

const LIST_PATH = '/retailer/orders';
const SINGLE_PATH = /^\/retailer\/orders\/([^/]+)$/;

const header = (req: SandboxRequest, name: string): string | undefined => {
  const raw = req.headers[name];
  return Array.isArray(raw) ? raw.join(', ') : raw;
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { 'Content-Type': `${MEDIA_TYPE};charset=UTF-8`, ...headers }, body };
}

function problemAnswer(req: SandboxRequest, status: number, title: string, detail: string, headers: Record<string, string> = {}, violations?: { name: string; reason: string }[]) {
  return answer(status, problem(status, title, detail, `https://${API_HOST}${req.path}`, violations), headers);
}

/** Accept must name the v10 media type (a list of types, parameters allowed). */
function acceptsV10(req: SandboxRequest): boolean {
  const accept = header(req, 'accept') ?? '';
  return accept.split(',').some((part) => part.split(';')[0]?.trim().toLowerCase() === MEDIA_TYPE);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; violations: { name: string; reason: string }[] };

/** GET /retailer/orders query parameters (§4.1); invalid ones are a 400 with violations. */
function listQuery(query: URLSearchParams, now: number): Parsed<{ page: number; filter: ListFilter }> {
  const violations: { name: string; reason: string }[] = [];
  const invalid = (name: string, value: string) => violations.push({ name, reason: `Request contains invalid value(s): '${value}'.` });
  const pageRaw = query.get('page') ?? '1';
  const page = /^[0-9]{1,9}$/.test(pageRaw) ? Number(pageRaw) : NaN;
  if (!(page >= 1)) invalid('page', pageRaw);
  const method = (query.get('fulfilment-method') ?? DEFAULT_FULFILMENT_METHOD).toUpperCase();
  if (!['FBR', 'FBB', 'ALL'].includes(method)) invalid('fulfilment-method', method);
  const status = (query.get('status') ?? DEFAULT_STATUS).toUpperCase();
  if (!['OPEN', 'SHIPPED', 'ALL'].includes(status)) invalid('status', status);
  const minutesRaw = query.get('change-interval-minute');
  const minutes = minutesRaw === null ? null : /^[0-9]{1,2}$/.test(minutesRaw) ? Number(minutesRaw) : NaN;
  if (minutes !== null && !(minutes >= 0 && minutes <= CHANGE_INTERVAL_MAX_MINUTES)) invalid('change-interval-minute', minutesRaw ?? '');
  const date = query.get('latest-change-date');
  if (date !== null) {
    const earliest = new Date(now);
    earliest.setUTCMonth(earliest.getUTCMonth() - LATEST_CHANGE_MONTHS);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) && Date.parse(date) >= Date.parse(earliest.toISOString().slice(0, 10));
    if (!valid) invalid('latest-change-date', date);
  }
  const vvb = query.get('vvb-only');
  if (vvb !== null && vvb !== 'true' && vvb !== 'false') invalid('vvb-only', vvb);
  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    value: {
      page,
      filter: {
        fulfilmentMethod: method as ListFilter['fulfilmentMethod'],
        status: status as ListFilter['status'],
        changedSinceMs: minutes === null ? null : now - (minutes ?? 0) * 60_000,
        latestChangeDate: date,
        handledVisibleSinceMs: now - HANDLED_VISIBLE_HOURS * 3_600_000,
        vvbOnly: vvb === 'true',
      },
    },
  };
}

function listOrders(account: BolAccount, page: number, filter: ListFilter) {
  const matching = account.orders
    .map((order) => reducedOrder(order, filter))
    .filter((order): order is NonNullable<typeof order> => order !== null)
    .sort((a, b) => {
      const byTime = Date.parse(a.orderPlacedDateTime) - Date.parse(b.orderPlacedDateTime) || a.orderId.localeCompare(b.orderId);
      return LIST_NEWEST_FIRST ? -byTime : byTime;
    });
  const slice = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return slice.length === 0 ? EMPTY_PAGE_BODY : { orders: slice };
}

/** Single reads by id: every order, unless a retention is set (unconfirmed, facts.ts). */
function readableById(order: BolAccount['orders'][number], now: number): boolean {
  if (SINGLE_READ_RETENTION_DAYS === null) return true;
  const latest = Math.max(...order.orderItems.map((item) => Date.parse(item.latestChangedDateTime)));
  return latest >= now - SINGLE_READ_RETENTION_DAYS * 86_400_000;
}

export interface BolApiHostOptions {
  now: () => number;
}

/**
 * `api.bol.com`: the Retailer API's order reads (`GET /retailer/orders`, `GET /retailer/orders/{id}`)
 * for the retailer a live bearer token belongs to, with the v10 media type, per-endpoint rate limits
 * and bol's problem bodies. Writes (e.g. PUT /retailer/orders/cancellation) are refused by the core.
 */
export function bolApiHost(world: BolWorld, tokens: BolTokenStore, limits: BolRateLimits, options: BolApiHostOptions): HostDefinition {
  return {
    hostnames: [API_HOST],
    describe: `bol.com Retailer API v10: GET /retailer/orders and /retailer/orders/{id} (${world.accounts.map((a) => a.name).join(', ')})`,
    side: 'shop',
    allowsWrite: () => false,
    rateLimitHeaders: (retryAfterSeconds) => exhaustedHeaders('single', retryAfterSeconds),
    handle(req) {
      const single = SINGLE_PATH.exec(req.path);
      const endpoint: Endpoint | null = req.path === LIST_PATH ? 'list' : single ? 'single' : null;
      if (endpoint === null) return problemAnswer(req, 404, 'Not Found', `No endpoint GET ${req.path}.`);
      if (req.method !== 'GET' && req.method !== 'HEAD') return problemAnswer(req, 405, 'Method Not Allowed', `Request method '${req.method}' not supported`);

      const bearer = /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization')?.trim() ?? '')?.[1];
      const holder = bearer ? tokens.holder(bearer) : null;
      const account = holder ? world.accounts.find((a) => a.retailerId === holder.retailerId) : undefined;
      if (!holder || !account) {
        return problemAnswer(req, 401, 'Unauthorized', 'Full authentication is required to access this resource.', { 'WWW-Authenticate': 'Bearer' });
      }
      // The credentials may have been withdrawn since the token was issued (read from the world).
      if (!account.credentials.some((c) => c.clientId === holder.clientId)) {
        return problemAnswer(req, 401, 'Unauthorized', 'The access token is no longer valid.', { 'WWW-Authenticate': 'Bearer' });
      }
      if (!acceptsV10(req)) {
        return problemAnswer(req, WRONG_VERSION_STATUS, 'Not Acceptable', `Accept header must be ${MEDIA_TYPE}.`);
      }
      const rate = limits.consume(account.retailerId, endpoint);
      if (!rate.ok) return problemAnswer(req, 429, 'Too Many Requests', 'Too many requests, retry later.', rate.headers);

      if (single) {
        const orderId = decodeURIComponent(single[1] ?? '');
        const order = account.orders.find((o) => o.orderId === orderId);
        if (!order || !readableById(order, options.now())) return problemAnswer(req, 404, 'Not Found', `Order for order id ${orderId} not found.`, rate.headers);
        return answer(200, fullOrder(order), rate.headers);
      }
      const query = listQuery(req.query, options.now());
      if (!query.ok) return problemAnswer(req, 400, 'Bad Request', 'Validation failed for request.', rate.headers, query.violations);
      return answer(200, listOrders(account, query.value.page, query.value.filter), rate.headers);
    },
  };
}
