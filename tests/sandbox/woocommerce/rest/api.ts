import type { SandboxRequest, SandboxResponse } from '../../core/types';
import { CORE_STATUSES, DEFAULT_PER_PAGE, ERRORS, EXCLUDED_FROM_ANY, MAX_PER_PAGE, NAMESPACE, ORDERBY, REST_HEADERS, REST_PREFIX, wooErrorBody } from '../facts';
import type { WooOrder, WooSite } from '../world';
import { authenticate } from './auth';
import { orderJson, wooGmtDate, wooLocalDate } from './order-json';

const ORDER_ROUTE = new RegExp(`^${REST_PREFIX}/${NAMESPACE}/orders/(\\d+)/?$`);
const LIST_ROUTE = new RegExp(`^${REST_PREFIX}/${NAMESPACE}/orders/?$`);

const json = (status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=UTF-8', ...REST_HEADERS, ...headers },
  body,
});
const error = (e: { code: string; message: string; status: number }, extra: Record<string, unknown> = {}): SandboxResponse =>
  json(e.status, wooErrorBody(e.code, e.message, e.status, extra));

function invalidParam(name: string, why: string): SandboxResponse {
  const { code, status } = ERRORS.invalidParam;
  return error({ code, status, message: `Invalid parameter(s): ${name}` }, { params: { [name]: why }, details: {} });
}

/** The site's base URL (`https://host/path`). */
export const siteBase = (site: WooSite): string => `https://${site.host}${site.path}`;

/**
 * `{site}/wp-json/...`: the WooCommerce REST API v3 routes import-doctor reads (`GET orders/{id}`,
 * `GET orders`) and WordPress's answer for every other route. Authentication is checked first (a
 * wrong key fails on any route, as WooCommerce's authentication runs before routing); a request
 * without credentials reaches the route's permission check and gets 401 there.
 */
export function answerRest(req: SandboxRequest, site: WooSite, rest: string, now: () => number = Date.now): SandboxResponse {
  if (rest === REST_PREFIX || rest === `${REST_PREFIX}/`) {
    return json(200, { name: site.name, url: siteBase(site), namespaces: ['oembed/1.0', 'wc/v3', 'wc/store/v1', 'wp/v2'] });
  }
  // WooCommerce authenticates requests to its own namespaces only.
  const auth = rest.startsWith(`${REST_PREFIX}/wc/`) ? authenticate(req, site, now()) : ({ kind: 'anonymous' } as const);
  if (auth.kind === 'refused') return error(auth.error);
  const single = ORDER_ROUTE.exec(rest);
  const list = LIST_ROUTE.test(rest);
  if ((!single && !list) || req.method !== 'GET') return error(ERRORS.noRoute);
  const canRead = auth.kind === 'key' && auth.key.userCanReadOrders !== false;
  if (!canRead) {
    const status = auth.kind === 'anonymous' ? 401 : 403;
    return error({ ...(single ? ERRORS.cannotView : ERRORS.cannotList), status });
  }
  if (single) {
    const order = site.orders.find((o) => o.id === Number(single[1]));
    if (!order) return error(ERRORS.invalidId);
    return json(200, orderJson(order, site, siteBase(site)));
  }
  return listOrders(req, site);
}

function intParam(req: SandboxRequest, name: string, fallback: number, min: number, max: number): number | SandboxResponse {
  const raw = req.query.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n)) return invalidParam(name, `${name} is not of type integer.`);
  if (n < min || n > max) return invalidParam(name, `${name} must be between ${min} (inclusive) and ${max} (inclusive)`);
  return n;
}

/** An instant from `after`/`before`: with an offset as given, without one in GMT or site time. */
function dateParam(raw: string, gmt: boolean, timeZone: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/.test(raw)) return null;
  const withOffset = /(?:Z|[+-]\d{2}:?\d{2})$/.test(raw);
  if (withOffset || gmt) {
    const ms = Date.parse(withOffset ? raw : `${raw}Z`);
    return Number.isNaN(ms) ? null : ms;
  }
  // Site time: find the instant whose local rendering is `raw` (two tries settle DST offsets).
  const asUtc = Date.parse(`${raw.slice(0, 19)}Z`);
  if (Number.isNaN(asUtc)) return null;
  let guess = asUtc;
  for (let i = 0; i < 2; i += 1) {
    const shown = Date.parse(`${wooLocalDate(new Date(guess).toISOString(), timeZone)}Z`);
    guess += asUtc - shown;
  }
  return guess;
}

function listOrders(req: SandboxRequest, site: WooSite): SandboxResponse {
  const page = intParam(req, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  if (typeof page !== 'number') return page;
  const perPage = intParam(req, 'per_page', DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  if (typeof perPage !== 'number') return perPage;
  const order = req.query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'order is not one of asc and desc.');
  const orderby = req.query.get('orderby') ?? 'date';
  if (!(ORDERBY as readonly string[]).includes(orderby)) return invalidParam('orderby', `orderby is not one of ${ORDERBY.join(', ')}.`);
  const gmtRaw = req.query.get('dates_are_gmt');
  if (gmtRaw !== null && !['true', 'false', '1', '0'].includes(gmtRaw)) return invalidParam('dates_are_gmt', 'dates_are_gmt is not of type boolean.');
  const gmt = gmtRaw === 'true' || gmtRaw === '1';
  const timeZone = site.timeZone ?? 'Europe/Amsterdam';

  const bounds: { after?: number; before?: number } = {};
  for (const name of ['after', 'before'] as const) {
    const raw = req.query.get(name);
    if (raw === null) continue;
    const ms = dateParam(raw, gmt, timeZone);
    if (ms === null) return invalidParam(name, 'Invalid date.');
    bounds[name] = ms;
  }

  const registered = new Set<string>([...CORE_STATUSES, ...site.orders.map((o) => o.status)]);
  const wanted = (req.query.get('status') ?? 'any').split(',').map((s) => s.trim()).filter(Boolean);
  for (const status of wanted) {
    if (status !== 'any' && !registered.has(status)) return invalidParam('status', `status[0] is not one of any, ${[...registered].join(', ')}.`);
  }
  const statusMatches = (o: WooOrder): boolean =>
    wanted.some((s) => (s === 'any' ? !(EXCLUDED_FROM_ANY as readonly string[]).includes(o.status) : s === o.status));

  // Dates compare at whole seconds, as stored; `after` and `before` are exclusive.
  const created = (o: WooOrder): number => Date.parse(`${wooGmtDate(o.createdAt)}Z`);
  const matching = site.orders.filter(
    (o) => statusMatches(o) && (bounds.after === undefined || created(o) > bounds.after) && (bounds.before === undefined || created(o) < bounds.before),
  );
  const key = (o: WooOrder): number => (orderby === 'id' ? o.id : created(o));
  const sorted = [...matching].sort((a, b) => key(a) - key(b) || a.id - b.id);
  if (order === 'desc') sorted.reverse();

  const total = sorted.length;
  const totalPages = Math.ceil(total / perPage);
  const slice = sorted.slice((page - 1) * perPage, page * perPage);
  const base = siteBase(site);
  const link = (p: number): string => {
    const query = new URLSearchParams(req.query);
    query.set('page', String(p));
    query.delete('consumer_key');
    query.delete('consumer_secret');
    return `${base}${REST_PREFIX}/${NAMESPACE}/orders?${query.toString()}`;
  };
  const links = [
    ...(page > 1 && page - 1 <= totalPages ? [`<${link(page - 1)}>; rel="prev"`] : []),
    ...(page < totalPages ? [`<${link(page + 1)}>; rel="next"`] : []),
  ];
  return json(
    200,
    slice.map((o) => orderJson(o, site, base)),
    { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages), ...(links.length > 0 ? { Link: links.join(', ') } : {}) },
  );
}
