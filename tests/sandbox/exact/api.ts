import type { SandboxRequest, SandboxResponse } from '../core/types';
import type { ErrorBudgetKey } from './error-budget';
import { MANDATORY_FILTERS_CONFIRMED, mandatoryFilterMessage, type MandatoryFilterRule } from './facts';
import { parseFilter, type Expr } from './odata-filter';
import { nextLink, ODataError, parseQueryOptions, runQuery, type EntityShape, type Row } from './odata';
import type { ExactRateLimits } from './rate-limits';
import { meRow } from './records';
import { findEntitySet, ME_SHAPE, type ExactEntitySet } from './resources';
import { refuseBulkFilter } from './bulk-filters';
import { exactError, serializeRow } from './serialize';
import { answerSyncPath } from './sync-endpoints';
import type { ExactTokenStore } from './token-store';
import type { ExactDivision, ExactUser, ExactWorld } from './world';

export interface ApiContext {
  world: ExactWorld;
  tokens: ExactTokenStore;
  limits: ExactRateLimits;
}

export const MESSAGES = {
  selectOrTop: 'Please add a $select or a $top=1 statement to the query string.',
  // (unconfirmed wording) bulk endpoints refuse a query without $select.
  selectRequired: 'Please add a $select statement to the query string.',
  forbidden: 'Forbidden: you have no access to this division.',
  // (unconfirmed wording) a user without the rights for one endpoint.
  forbiddenEndpoint: 'Forbidden: you have no rights for this resource.',
  notFound: 'Resource not found.',
} as const;

type Route =
  | { kind: 'me' }
  | { kind: 'set'; division: number; set: ExactEntitySet; count: boolean }
  | { kind: 'unknown'; division: number | null };

function parseRoute(path: string): Route {
  if (/^\/api\/v1\/current\/me\/?$/i.test(path)) return { kind: 'me' };
  const match = /^\/api\/v1\/(\d+)\/(.+?)(\/\$count)?\/?$/i.exec(path);
  if (!match?.[1] || !match[2]) return { kind: 'unknown', division: null };
  const division = Number(match[1]);
  const set = findEntitySet(match[2]);
  return set ? { kind: 'set', division, set, count: Boolean(match[3]) } : { kind: 'unknown', division };
}

const emptyDivision = (division: number): ExactDivision => ({
  division, name: String(division), vatCodes: [], glAccounts: [], warehouses: [], items: [],
  itemWarehouses: [], salesOrders: [], salesInvoices: [], salesEntries: [],
});

/** Without `Accept: application/json` Exact answers OData's default, Atom XML (third-party). */
function wantsJson(req: SandboxRequest): boolean {
  return /application\/json/i.test(String(req.headers.accept ?? '')) || req.query.get('$format') === 'json';
}

function atomFeed(req: SandboxRequest): SandboxResponse {
  const rawBody =
    '<?xml version="1.0" encoding="utf-8"?><feed xml:base="https://' + req.host + '/api/v1/" ' +
    'xmlns="http://www.w3.org/2005/Atom" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices" ' +
    'xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"><id>' + req.url.href.replace(/&/g, '&amp;') +
    '</id><title type="text" /></feed>';
  return { status: 200, headers: { 'Content-Type': 'application/atom+xml;type=feed;charset=utf-8' }, rawBody };
}

function collection(req: SandboxRequest, rows: readonly Row[], shape: EntityShape, pageSize: number, collectionUrl: string): SandboxResponse {
  const options = parseQueryOptions(req.query, shape);
  const result = runQuery(rows, options, shape, pageSize);
  const d: Record<string, unknown> = {};
  if (options.inlinecount) d.__count = String(result.total);
  d.results = result.page.map((row) => serializeRow(row, shape, options.select, collectionUrl, options.expand));
  if (result.next) d.__next = nextLink(`https://${req.host}${req.path}`, req.url.search, result.next);
  return { status: 200, body: { d } };
}

function answerSet(req: SandboxRequest, route: Extract<Route, { kind: 'set' }>, ctx: ApiContext): SandboxResponse {
  const { set } = route;
  const data = ctx.world.divisions.find((d) => d.division === route.division) ?? emptyDivision(route.division);
  if (data.forbiddenEndpoints?.some((path) => path.toLowerCase() === set.path.toLowerCase())) return exactError(403, MESSAGES.forbiddenEndpoint);
  const rows = set.rows(data);
  if (route.count) {
    const options = { ...parseQueryOptions(req.query, set), top: null, skip: 0, skiptoken: null };
    const { total } = runQuery(rows, options, set, Number.POSITIVE_INFINITY);
    return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, rawBody: String(total) };
  }
  const hasSelect = req.query.has('$select');
  if (set.requires === 'select' && !hasSelect) return exactError(400, MESSAGES.selectRequired);
  if (!hasSelect && !req.query.has('$top')) return exactError(400, MESSAGES.selectOrTop);
  // Which of Exact's 400s comes first when several apply is (unconfirmed).
  const refused = mandatoryFilterRefusal(req, set, data) ?? refuseBulkFilter(req, set, data);
  if (refused) return refused;
  const collectionUrl = `https://${req.host}/api/v1/${route.division}/${set.path}`;
  return collection(req, rows, set, set.pageSize, collectionUrl);
}

/** Field names a $filter mentions (unparsable filters are the OData evaluator's business). */
function filterFields(filter: string): Set<string> {
  const names = new Set<string>();
  const walk = (expr: Expr): void => {
    if (expr.kind === 'field') names.add(expr.name.toLowerCase());
    else if (expr.kind === 'call') expr.args.forEach(walk);
    else if (expr.kind === 'compare' || expr.kind === 'logical') {
      walk(expr.left);
      walk(expr.right);
    } else if (expr.kind === 'not') walk(expr.operand);
  };
  try {
    walk(parseFilter(filter));
  } catch {
    // left to runQuery, which answers Exact's syntax error
  }
  return names;
}

/** The rules this division applies: the confirmed ones always, plus the division's own (facts.ts). */
export function mandatoryFilterRules(division: Pick<ExactDivision, 'mandatoryFilters'>): MandatoryFilterRule {
  return { ...MANDATORY_FILTERS_CONFIRMED, ...(division.mandatoryFilters ?? {}) };
}

/** Exact's 400 for a GET without a $filter on one of the endpoint's mandatory fields. */
function mandatoryFilterRefusal(req: SandboxRequest, set: ExactEntitySet, division: ExactDivision): SandboxResponse | null {
  const rules = mandatoryFilterRules(division);
  const path = Object.keys(rules).find((candidate) => candidate.toLowerCase() === set.path.toLowerCase());
  const fields = path === undefined ? undefined : rules[path];
  if (!fields) return null;
  const used = filterFields(req.query.get('$filter') ?? '');
  if (fields.some((field) => used.has(field.toLowerCase()))) return null;
  return exactError(400, mandatoryFilterMessage(fields));
}

/** Whose error budget an answer counts against: app, user, division, endpoint; null when unknown. */
export function errorBudgetKey(req: SandboxRequest, ctx: ApiContext): ErrorBudgetKey | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  // An unknown or expired token names no app and user (whether Exact still counts it is unconfirmed).
  const grant = bearer?.[1] ? ctx.tokens.authenticate(bearer[1]) : null;
  const match = /^\/api\/v1\/(\d+)\/(.+?)\/?$/i.exec(req.path);
  if (!grant || !match?.[1] || !match[2]) return null;
  return { clientId: grant.clientId, userId: grant.userId, division: Number(match[1]), endpoint: match[2].replace(/\/\$count$/i, '') };
}

function answerMe(req: SandboxRequest, user: ExactUser, ctx: ApiContext): SandboxResponse {
  const division = ctx.world.divisions.find((d) => d.division === user.currentDivision);
  const row = meRow(user, division?.name ?? null, ME_SHAPE.fields);
  return collection(req, [row], ME_SHAPE, 60, `https://${req.host}/api/v1/current/Me`);
}

/** Everything under /api/v1: bearer token, division rights, rate limits, then the OData answer. */
export function handleApi(req: SandboxRequest, ctx: ApiContext): SandboxResponse {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
  const grant = bearer?.[1] ? ctx.tokens.authenticate(bearer[1]) : null;
  const user = grant ? ctx.world.users.find((candidate) => candidate.userId === grant.userId) : undefined;
  // 401 body is (unconfirmed) in Exact; an empty one is what clients must cope with.
  if (!grant || !user) return { status: 401, rawBody: '' };

  const route = parseRoute(req.path);
  const division = route.kind === 'me' ? user.currentDivision : route.division ?? user.currentDivision;
  if (!user.divisions.includes(division)) return exactError(403, MESSAGES.forbidden);

  const rate = ctx.limits.consume(grant.clientId, division);
  if (!rate.ok) return { status: 429, headers: rate.headers, rawBody: '' };
  const withRate = (response: SandboxResponse): SandboxResponse => ({
    ...response,
    headers: { ...rate.headers, ...(response.headers ?? {}) },
  });

  if (req.method !== 'GET' && req.method !== 'HEAD') return withRate(exactError(405, 'Method not allowed.'));
  if (route.kind === 'unknown') return withRate(answerSyncPath(req, route.division, ctx.world) ?? exactError(404, MESSAGES.notFound));
  if (!wantsJson(req)) return withRate(atomFeed(req));
  try {
    return withRate(route.kind === 'me' ? answerMe(req, user, ctx) : answerSet(req, route, ctx));
  } catch (error) {
    if (error instanceof ODataError) return withRate(exactError(error.status, error.message));
    throw error;
  }
}
