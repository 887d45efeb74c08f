import type { HttpDeps } from '../../../net/http';

/**
 * An in-memory Exact Online for unit tests: a `fetch` that routes by URL and plays Exact's rules
 * (600 s access tokens, refresh only after 570 s, rotating refresh tokens, 60 records a page with
 * __next, rate-limit headers, 401 for a bad bearer). Rule breaks by the client under test are
 * collected in `violations` so a test can insist there are none. Not the e2e sandbox.
 */

export const FAKE_HOST = 'start.exactonline.nl';
export const FAKE_DIVISION = 123456;
export const FAKE_APP = { clientId: 'client-id-1', clientSecret: 'client-secret-1' };
export const FAKE_REDIRECT = 'https://abcdefghijklmnop.chromiumapp.org/exact';
export const START_MS = Date.UTC(2025, 0, 15, 9, 0, 0);

export type ExactRecord = Record<string, unknown>;

export interface FakeRequest {
  method: string;
  url: URL;
  /** Path below /api/v1/{division}/, e.g. "vat/VATCodes"; "token" for the token endpoint; "current/Me". */
  route: string;
  headers: Headers;
  body: string;
  at: number;
}

export interface FakeExactOptions {
  pageSize?: number;
  /** Page size of the bulk endpoints (Exact: 1000). */
  bulkPageSize?: number;
  /** Lifetime of issued access tokens, seconds (Exact: 600). */
  accessLifetimeS?: number;
  /** Whether `$filter … eq '…'` ignores case (SQL Server's usual collation). */
  caseInsensitive?: boolean;
  dailyLimit?: number;
  minutelyLimit?: number;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** `Field eq 'value'` (or `Field eq 1`) clauses of a $filter (or-lists of one field, as the client builds them). */
export function parseEqFilter(filter: string): Map<string, (string | number)[]> | null {
  const clauses = new Map<string, (string | number)[]>();
  const stripped = filter.trim().replace(/^\(/, '').replace(/\)$/, '');
  const pattern = /^\s*([A-Za-z_]\w*) eq (?:'((?:[^']|'')*)'|(\d+))\s*(?:or\s+|$)/;
  let rest = stripped;
  while (rest.length > 0) {
    const match = pattern.exec(rest);
    if (!match?.[1] || (match[2] === undefined && match[3] === undefined)) return null;
    const values = clauses.get(match[1]) ?? [];
    values.push(match[3] !== undefined ? Number(match[3]) : (match[2] ?? '').replace(/''/g, "'"));
    clauses.set(match[1], values);
    rest = rest.slice(match[0].length);
  }
  return clauses;
}

/** Bulk endpoints serve the same records as their normal twins (api/exact-online.md §3). */
export const BULK_ROUTES: Record<string, string> = {
  'bulk/SalesOrder/SalesOrders': 'salesorder/SalesOrders',
  'bulk/SalesInvoice/SalesInvoices': 'salesinvoice/SalesInvoices',
  'bulk/Logistics/Items': 'logistics/Items',
  'bulk/Financial/GLAccounts': 'financial/GLAccounts',
};

/** `Field ge datetime'…'` (no zone: read as UTC), the date filter of the paged document list. */
export function parseDateFilter(filter: string): { field: string; fromMs: number } | null {
  const match = /^\s*([A-Za-z_]\w*) ge datetime'(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})'\s*$/.exec(filter);
  if (!match?.[1] || !match[2]) return null;
  return { field: match[1], fromMs: Date.parse(`${match[2]}Z`) };
}

function dateMs(value: unknown): number | null {
  const match = typeof value === 'string' ? /^\/Date\((-?\d+)\)\/$/.exec(value) : null;
  return match?.[1] ? Number(match[1]) : null;
}

export function exactDate(iso: string): string {
  return `/Date(${Date.parse(iso)})/`;
}

export function createFakeExact(options: FakeExactOptions = {}) {
  const pageSize = options.pageSize ?? 60;
  const bulkPageSize = options.bulkPageSize ?? 1000;
  const accessLifetimeMs = (options.accessLifetimeS ?? 600) * 1000;
  const caseInsensitive = options.caseInsensitive ?? true;

  const clock = { now: START_MS };
  let serial = 0;
  const access = new Map<string, number>(); // token → expiresAt
  let currentRefresh: string | null = null;
  const spentRefresh = new Set<string>();
  let lastIssuedAt = Number.NEGATIVE_INFINITY;
  const codes = new Map<string, { used: boolean; redirectUri: string }>();

  const rate = {
    dailyLimit: options.dailyLimit ?? 5000,
    dailyRemaining: options.dailyLimit ?? 5000,
    dailyReset: START_MS + 24 * 3600_000,
    minutelyLimit: options.minutelyLimit ?? 60,
    minutelyRemaining: options.minutelyLimit ?? 60,
    minutelyReset: START_MS + 60_000,
  };

  const fake = {
    clock,
    data: {
      'vat/VATCodes': [] as ExactRecord[],
      'financial/GLAccounts': [] as ExactRecord[],
      'inventory/Warehouses': [] as ExactRecord[],
      'logistics/Items': [] as ExactRecord[],
      'inventory/ItemWarehouses': [] as ExactRecord[],
      'salesorder/SalesOrders': [] as ExactRecord[],
      'salesinvoice/SalesInvoices': [] as ExactRecord[],
      'salesentry/SalesEntries': [] as ExactRecord[],
    } as Record<string, ExactRecord[]>,
    me: { CurrentDivision: FAKE_DIVISION, FullName: 'Anna de Vries', DivisionCustomerName: 'Webwinkel BV', UserID: 'u-1' },
    requests: [] as FakeRequest[],
    violations: [] as string[],
    /** Seen by every request first; a Response returned here is the answer (fault injection). */
    intercept: null as ((request: FakeRequest) => Response | undefined | Promise<Response | undefined>) | null,
    /** Sleeps requested by the client (lib/net's retry waits); each advances the clock. */
    sleeps: [] as number[],
    rate,
    expiresInAsNumber: false,

    advance(ms: number) {
      clock.now += ms;
    },

    /** Issues a pair as if the merchant had just connected; returns what the client should store. */
    issuePair() {
      serial += 1;
      const accessToken = `access-${serial}`;
      const refreshToken = `refresh-${serial}`;
      access.set(accessToken, clock.now + accessLifetimeMs);
      if (currentRefresh !== null) spentRefresh.add(currentRefresh);
      currentRefresh = refreshToken;
      lastIssuedAt = clock.now;
      return { accessToken, refreshToken, issuedAt: clock.now, expiresAt: clock.now + accessLifetimeMs };
    },

    /** The refresh token Exact currently accepts (the newest). */
    get currentRefreshToken() {
      return currentRefresh;
    },

    /** Exact forgets an access token early (the case a 401 handles). */
    revokeAccess(token: string) {
      access.delete(token);
    },

    /** Exact forgets the refresh token (consent withdrawn). */
    revokeRefresh() {
      if (currentRefresh !== null) spentRefresh.add(currentRefresh);
      currentRefresh = null;
    },

    /** A code as Exact puts it into the redirect. */
    issueCode(redirectUri: string) {
      serial += 1;
      const code = `code!${serial}/x`;
      codes.set(code, { used: false, redirectUri });
      return code;
    },

    tokenRequests() {
      return fake.requests.filter((r) => r.route === 'token');
    },
    apiRequests() {
      return fake.requests.filter((r) => r.route !== 'token');
    },
  };

  function rateHeaders(): Record<string, string> {
    return {
      'X-RateLimit-Limit': String(rate.dailyLimit),
      'X-RateLimit-Remaining': String(rate.dailyRemaining),
      'X-RateLimit-Reset': String(rate.dailyReset),
      'X-RateLimit-Minutely-Limit': String(rate.minutelyLimit),
      'X-RateLimit-Minutely-Remaining': String(rate.minutelyRemaining),
      'X-RateLimit-Minutely-Reset': String(rate.minutelyReset),
    };
  }

  function issueTokenAnswer(): Response {
    const pair = fake.issuePair();
    return json(200, {
      access_token: pair.accessToken,
      token_type: 'bearer',
      expires_in: fake.expiresInAsNumber ? accessLifetimeMs / 1000 : String(accessLifetimeMs / 1000),
      refresh_token: pair.refreshToken,
    });
  }

  function tokenEndpoint(request: FakeRequest): Response {
    if (request.method !== 'POST') return json(405, {});
    if (request.headers.get('content-type') !== 'application/x-www-form-urlencoded') {
      fake.violations.push('token request not form-encoded');
      return json(400, { error: 'invalid_request' });
    }
    const form = new URLSearchParams(request.body);
    if (form.get('client_id') !== FAKE_APP.clientId || form.get('client_secret') !== FAKE_APP.clientSecret) {
      return json(401, { error: 'invalid_client' });
    }
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = form.get('code') ?? '';
      const known = codes.get(code);
      if (!known || known.used || known.redirectUri !== form.get('redirect_uri')) return json(400, { error: 'invalid_grant' });
      known.used = true;
      return issueTokenAnswer();
    }
    if (grant === 'refresh_token') {
      const token = form.get('refresh_token') ?? '';
      if (clock.now - lastIssuedAt < 570_000) {
        fake.violations.push(`refresh ${(clock.now - lastIssuedAt) / 1000} s after the last token (TooEarlyToRefreshTokens)`);
        return json(
          400,
          { error: 'access_denied', error_description: 'Rate limit exceeded: access_token not expired' },
          { Reason: 'TooEarlyToRefreshTokens: Rate limit exceeded: access_token not expired' },
        );
      }
      if (spentRefresh.has(token)) {
        fake.violations.push(`old refresh token reused: ${token}`);
        return json(400, { error: 'invalid_grant', error_description: 'Old refresh token used' });
      }
      if (token !== currentRefresh) return json(400, { error: 'invalid_grant' });
      return issueTokenAnswer();
    }
    return json(400, { error: 'unsupported_grant_type' });
  }

  function tickRate(): Response | null {
    if (clock.now >= rate.minutelyReset) {
      rate.minutelyRemaining = rate.minutelyLimit;
      rate.minutelyReset = clock.now + 60_000;
    }
    if (rate.dailyRemaining <= 0 && clock.now < rate.dailyReset) {
      return new Response('', {
        status: 429,
        headers: {
          'X-RateLimit-Limit': String(rate.dailyLimit),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(rate.dailyReset),
        },
      });
    }
    if (rate.minutelyRemaining <= 0) {
      return new Response('', {
        status: 429,
        headers: {
          'X-RateLimit-Minutely-Limit': String(rate.minutelyLimit),
          'X-RateLimit-Minutely-Remaining': '0',
          'X-RateLimit-Minutely-Reset': String(rate.minutelyReset),
        },
      });
    }
    rate.dailyRemaining -= 1;
    rate.minutelyRemaining -= 1;
    return null;
  }

  function select(record: ExactRecord, fields: string[] | null): ExactRecord {
    const out: ExactRecord = { __metadata: { uri: `https://${FAKE_HOST}/api/v1/…`, type: 'Exact.Web.Api.Models.Fake' } };
    for (const [key, value] of Object.entries(record)) if (fields === null || fields.includes(key)) out[key] = value;
    return out;
  }

  function apiEndpoint(request: FakeRequest): Response {
    if (request.method !== 'GET') {
      fake.violations.push(`${request.method} to the API`);
      return json(405, {});
    }
    if (request.headers.get('accept') !== 'application/json') fake.violations.push('no Accept: application/json');
    const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    const expiresAt = bearer === undefined ? undefined : access.get(bearer);
    if (expiresAt === undefined || expiresAt <= clock.now) return new Response('', { status: 401 });
    const limited = tickRate();
    if (limited) return limited;

    const params = request.url.searchParams;
    const selectParam = params.get('$select');
    if (selectParam === null) fake.violations.push(`no $select on ${request.route}`);
    const fields = selectParam === null ? null : selectParam.split(',');
    if (request.route === 'current/Me') return json(200, { d: { results: [select(fake.me, fields)] } }, rateHeaders());

    const bulk = BULK_ROUTES[request.route];
    const rows = fake.data[bulk ?? request.route];
    if (!rows) return json(404, { error: { code: '', message: { lang: '', value: 'Unknown resource' } } }, rateHeaders());
    if (bulk && selectParam === null) return json(400, { error: { code: '', message: { lang: '', value: 'Please add a $select statement to the query string.' } } }, rateHeaders());
    const size = bulk ? bulkPageSize : pageSize;
    let matching = rows;
    const filter = params.get('$filter');
    const dated = filter === null ? null : parseDateFilter(filter);
    if (dated !== null) {
      matching = rows.filter((row) => {
        const ms = dateMs(row[dated.field]);
        return ms !== null && ms >= dated.fromMs;
      });
    } else if (filter !== null) {
      const clauses = parseEqFilter(filter);
      if (clauses === null) return json(400, { error: { code: '', message: { lang: '', value: `bad filter: ${filter}` } } }, rateHeaders());
      const same = (a: unknown, b: string | number) =>
        typeof b === 'number'
          ? a === b || a === (b === 1)
          : typeof a === 'string' && (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);
      matching = rows.filter((row) => [...clauses].every(([field, values]) => values.some((v) => same(row[field], v))));
    }
    const skip = Number(params.get('$skiptoken') ?? '0');
    const page = matching.slice(skip, skip + size).map((row) => select(row, fields));
    const d: ExactRecord = { results: page };
    if (skip + size < matching.length) {
      const base = request.url.href.replace(/&\$skiptoken=[^&]*/, '');
      d.__next = `${base}&$skiptoken=${skip + size}`;
    }
    return json(200, { d }, rateHeaders());
  }

  const fakeFetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? init.body : '';
    if (url.host !== FAKE_HOST || url.protocol !== 'https:') {
      fake.violations.push(`request to ${url.origin}`);
      throw new TypeError('fetch failed');
    }
    let route: string;
    if (url.pathname === '/api/oauth2/token') route = 'token';
    else if (url.pathname === '/api/v1/current/Me') route = 'current/Me';
    else {
      const match = /^\/api\/v1\/(\d+)\/(.+)$/.exec(url.pathname);
      if (!match?.[2] || Number(match[1]) !== FAKE_DIVISION) return json(404, {});
      route = match[2];
    }
    const request: FakeRequest = { method, url, route, headers, body, at: clock.now };
    fake.requests.push(request);
    const injected = await fake.intercept?.(request);
    if (injected) return injected;
    return route === 'token' ? tokenEndpoint(request) : apiEndpoint(request);
  };

  const http: HttpDeps = {
    fetch: fakeFetch,
    sleep: (ms: number) => {
      fake.sleeps.push(ms);
      clock.now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => clock.now,
  };
  return Object.assign(fake, { fetch: fakeFetch, http });
}

export type FakeExact = ReturnType<typeof createFakeExact>;

/** Exact records for the fake, built from plain values. */
export const records = {
  vat: (code: string, percentage: number | null = 0.21, blocked = false): ExactRecord => ({
    ID: `vat-${code}`,
    Code: code,
    Description: `VAT ${code}`,
    IsBlocked: blocked,
    Percentage: percentage,
    Account: 'ignored',
  }),
  gl: (code: string, blocked = false): ExactRecord => ({
    ID: `gl-${code}`,
    Code: code,
    Description: `GL ${code}`,
    IsBlocked: blocked,
    Type: 110,
  }),
  warehouse: (code: string, main: 0 | 1 | boolean = 0): ExactRecord => ({
    ID: `wh-${code}`,
    Code: code,
    Description: `Warehouse ${code}`,
    Main: main,
  }),
  item: (code: string, stock = true, start: string | null = '2020-01-01T00:00:00Z', end: string | null = null): ExactRecord => ({
    ID: `item-${code}`,
    Code: code,
    Description: `Item ${code}`,
    StartDate: start === null ? null : exactDate(start),
    EndDate: end === null ? null : exactDate(end),
    IsStockItem: stock,
  }),
  itemWarehouse: (itemCode: string, warehouseCode: string): ExactRecord => ({
    ID: `iw-${itemCode}-${warehouseCode}`,
    ItemCode: itemCode,
    WarehouseCode: warehouseCode,
  }),
  salesOrder: (yourRef: string, number: number, date: string, amount: number, created: string | null = date): ExactRecord => ({
    OrderID: `so-${number}`,
    OrderNumber: number,
    YourRef: yourRef,
    OrderDate: exactDate(date),
    AmountDC: amount,
    OrderedByName: 'Jan Jansen',
    Created: created === null ? null : exactDate(created),
    SalesOrderLines: { __deferred: { uri: 'https://start.exactonline.nl/…' } },
  }),
  salesInvoice: (yourRef: string, number: number | null, date: string, amount: number): ExactRecord => ({
    InvoiceID: `si-${number ?? 'draft'}`,
    InvoiceNumber: number,
    YourRef: yourRef,
    InvoiceDate: exactDate(date),
    AmountDC: amount,
    InvoiceToName: 'Jan Jansen',
    Created: exactDate(date),
  }),
  salesEntry: (yourRef: string, number: number, date: string, amount: number): ExactRecord => ({
    EntryID: `se-${number}`,
    EntryNumber: number,
    YourRef: yourRef,
    EntryDate: exactDate(date),
    AmountDC: amount,
    CustomerName: null,
    Created: exactDate(date),
  }),
};
