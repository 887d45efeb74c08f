import type { z } from 'zod';
import type { AccountingClient } from '../types';
import {
  GlAccountSchema,
  VatCodeSchema,
  WarehouseSchema,
  type AccountingDocument,
  type DocumentType,
  type Item,
  type ItemWarehouse,
} from '../../model/accounting';
import type { ConnectionProfile } from '../../model/connection';
import type { Failure, FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import { excerpt, requestJson, type HttpDeps } from '../../net/http';
import { assertErrorBudget, endpointOf, errorBudgetKey, recordAnswers } from './error-budget';
import { MAIN_WAREHOUSE_FILTER } from './facts';
import { createDocumentReader } from './documents-since';
import { cachedList, masterDataKey, type MasterDataKind } from './master-data-cache';
import { MAX_URL_CHARS, chunkedFilterUrls, collectionUrl, eq } from './odata';
import { assertDailyBudget, budgetKey, exactServerWait, recordBudget } from './rate-limit';
import {
  DOCUMENT_SOURCES,
  ExactErrorBodySchema,
  GL_ACCOUNT_FIELDS,
  GlAccountRecordSchema,
  ITEM_FIELDS,
  ITEM_WAREHOUSE_FIELDS,
  ItemRecordSchema,
  ItemWarehouseRecordSchema,
  MeSchema,
  VAT_CODE_FIELDS,
  VatCodeRecordSchema,
  WAREHOUSE_FIELDS,
  WarehouseRecordSchema,
  collectionSchema,
} from './schemas';
import type { ExactTokenManager } from './tokens';

/**
 * The Exact Online AccountingClient for one connection (background only). Why one place: every
 * call gets the same bearer handling (refresh once on a 401, then give up), the same budget
 * bookkeeping and guard, sequential __next paging that never sends the token to another host, and
 * failures named like "Exact GET vat/VATCodes" (never a URL, never a token).
 */

/** Guards against a __next loop: 100 pages of 60 is 6,000 records, far beyond any division's master data. */
export const MAX_PAGES = 100;

export interface ExactClientDeps {
  profile: ConnectionProfile;
  connectionId: string;
  http: HttpDeps;
  now: () => number;
  tokens: ExactTokenManager;
}

/** Reads Exact's `{"error":{"message":{"value":…}}}` into the technical detail. */
export function describeExactError(status: number, bodyText: string): { kind?: FailureKind; detail?: string } | null {
  try {
    const parsed = ExactErrorBodySchema.safeParse(JSON.parse(bodyText));
    if (parsed.success) return { detail: `HTTP ${status}: ${excerpt(parsed.data.error.message.value)}` };
  } catch {
    // not JSON: lib/net keeps its own excerpt
  }
  return null;
}

/**
 * Case variants sent for one code. Exact's `Code eq '…'` is an exact match as far as the docs
 * say (whether the database compares case-insensitively is unconfirmed), while the connector
 * matches SKUs ignoring case. So each code is asked as given, upper-cased and lower-cased (one
 * request still), and the answer is matched case-insensitively here. A code in mixed case that
 * differs from the SKU's mixed case is only found when Exact itself ignores case.
 */
export function caseVariants(code: string): string[] {
  return [...new Set([code, code.toUpperCase(), code.toLowerCase()])];
}

function normalizedCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.map((code) => code.trim()).filter((code) => code !== ''))];
}

export function createExactClient(deps: ExactClientDeps): AccountingClient {
  const { profile, connectionId, http, now, tokens } = deps;
  const host = profile.accounting.host;
  const origin = `https://${host}`;

  const failure = (kind: FailureKind, call: string, detail: string, httpStatus: number | null = null): ApiError =>
    new ApiError({ kind, side: 'accounting', call, httpStatus, detail } satisfies Failure);

  function division(call: string): number {
    const value = profile.accounting.division;
    if (value === null) throw failure('not-connected', call, 'no Exact division chosen for this connection: reconnect Exact');
    return value;
  }

  const divisionBase = (call: string) => `${origin}/api/v1/${division(call)}`;
  const budgetKeyOrNull = () => (profile.accounting.division === null ? null : budgetKey(host, profile.accounting.division));

  /**
   * One GET with the bearer; a 401 refreshes once (if Exact allows) and retries once. Every answer
   * Exact counts as an error is booked on the endpoint's error budget, which is checked first.
   */
  async function authorizedGet<T>(call: string, url: string, schema: z.ZodType<T>): Promise<T> {
    const key = budgetKeyOrNull();
    if (key !== null) await assertDailyBudget(key, now(), call);
    const errorsKey = profile.accounting.division === null ? null : errorBudgetKey(host, profile.accounting.division, endpointOf(url));
    if (errorsKey !== null) await assertErrorBudget(errorsKey, now(), call);
    const send = async (accessToken: string): Promise<T> => {
      const seen: { headers: Headers | null; statuses: number[] } = { headers: null, statuses: [] };
      try {
        const response = await requestJson(
          {
            side: 'accounting',
            call,
            url,
            headers: { Accept: 'application/json', Authorization: `Bearer ${accessToken}` },
            schema,
            observe: (res) => {
              seen.headers = res.headers;
              seen.statuses.push(res.status);
            },
            serverWait: exactServerWait,
            describeError: describeExactError,
          },
          http,
        );
        return response.data;
      } finally {
        if (key !== null && seen.headers !== null) await recordBudget(key, seen.headers, now());
        if (errorsKey !== null) await recordAnswers(errorsKey, seen.statuses, now());
      }
    };
    const first = await tokens.getAccessToken(connectionId, host);
    try {
      return await send(first);
    } catch (error) {
      if (!isHttp401(error)) throw error;
    }
    const second = await tokens.refreshAfterUnauthorized(connectionId, first, call);
    try {
      return await send(second);
    } catch (error) {
      if (!isHttp401(error)) throw error;
      throw failure('unauthorized', call, 'Exact refused a freshly refreshed access token: reconnect Exact', 401);
    }
  }

  /** Follows __next sequentially (Exact discourages parallel paging), same host and path only. */
  async function getAll<T>(call: string, firstUrl: string, record: z.ZodType<T>): Promise<T[]> {
    const schema = collectionSchema(record);
    const expectedPath = new URL(firstUrl).pathname;
    const visited = new Set<string>();
    const out: T[] = [];
    let url = firstUrl;
    for (let page = 1; ; page += 1) {
      visited.add(url);
      const data = await authorizedGet(call, url, schema);
      out.push(...data.d.results);
      const next = data.d.__next;
      if (next === null || next === undefined) return out;
      if (page >= MAX_PAGES) throw failure('malformed', call, `more than ${MAX_PAGES} pages`);
      url = checkedNext(call, next, expectedPath, visited);
    }
  }

  function checkedNext(call: string, next: string, expectedPath: string, visited: Set<string>): string {
    let parsed: URL;
    try {
      parsed = new URL(next);
    } catch {
      throw failure('malformed', call, '__next is not a URL');
    }
    // The bearer token goes to this connection's Exact host only.
    if (parsed.protocol !== 'https:' || parsed.host !== host || parsed.username || parsed.password) {
      throw failure('malformed', call, `__next points outside ${host}`);
    }
    if (parsed.pathname !== expectedPath) throw failure('malformed', call, '__next points to another resource');
    if (visited.has(next)) throw failure('malformed', call, '__next repeats a page');
    return next;
  }

  /** One filtered list (the filter is built here from fixed fields and quoted literals only). */
  function listWhere<T>(path: string, select: readonly string[], filter: string, record: z.ZodType<T>): Promise<T[]> {
    const call = `Exact GET ${path}`;
    return getAll(call, collectionUrl(`${divisionBase(call)}/${path}`, { select, filter }), record);
  }

  /** Every chunk of an `or` list, fetched one after another. */
  async function listByCodes<T>(path: string, select: readonly string[], field: string, values: string[], record: z.ZodType<T>): Promise<T[]> {
    const call = `Exact GET ${path}`;
    const urls = chunkedFilterUrls(`${divisionBase(call)}/${path}`, select, field, values);
    const out: T[] = [];
    for (const url of urls) out.push(...(await getAll(call, url, record)));
    return out;
  }

  /** Master data: from the Dexie cache while fresh (per question asked), else from Exact. */
  function cached<T>(what: MasterDataKind, path: string, asked: string, stored: z.ZodType<T>, load: () => Promise<T[]>): Promise<T[]> {
    const call = `Exact GET ${path}`;
    return cachedList(masterDataKey(host, division(call), what, asked), stored, now, load);
  }

  /**
   * The records whose Code is one of `codes`, asked with `Code eq …` (case variants, as for items)
   * and kept when equal ignoring case and surrounding spaces. Nothing asked: nothing read.
   */
  async function byCode<T extends { code: string }>(
    what: MasterDataKind,
    path: string,
    select: readonly string[],
    codes: readonly string[],
    stored: z.ZodType<T>,
    wire: z.ZodType<T>,
  ): Promise<T[]> {
    const wanted = normalizedCodes(codes);
    if (wanted.length === 0) return [];
    const upper = new Set(wanted.map((code) => code.toUpperCase()));
    const asked = [...upper].sort().map(encodeURIComponent).join(',');
    return cached(what, path, asked, stored, async () => {
      const found = await listByCodes(path, select, 'Code', wanted.flatMap(caseVariants), wire);
      return found.filter((record) => upper.has(record.code.trim().toUpperCase()));
    });
  }

  const documents = createDocumentReader({
    host,
    timeZone: profile.timeZone,
    http,
    now,
    division,
    budgetKey: budgetKeyOrNull,
    failure: (kind, call, detail) => failure(kind, call, detail),
    authorizedGet,
    checkedNext,
  });

  return {
    async probe() {
      const call = 'Exact GET current/Me';
      await authorizedGet(call, collectionUrl(`${origin}/api/v1/current/Me`, { select: ['CurrentDivision'] }), MeSchema);
    },

    async vatCodes(codes) {
      return byCode('vat-codes', 'vat/VATCodes', VAT_CODE_FIELDS, codes, VatCodeSchema, VatCodeRecordSchema);
    },

    async glAccounts(codes) {
      return byCode('gl-accounts', 'financial/GLAccounts', GL_ACCOUNT_FIELDS, codes, GlAccountSchema, GlAccountRecordSchema);
    },

    /** The configured warehouse by code, or the main one (facts.ts: Main is Exact's 0/1 flag). */
    async warehouses(wanted) {
      const path = 'inventory/Warehouses';
      if ('code' in wanted) return byCode('warehouses', path, WAREHOUSE_FIELDS, [wanted.code], WarehouseSchema, WarehouseRecordSchema);
      return cached('warehouses', path, 'main', WarehouseSchema, () => listWhere(path, WAREHOUSE_FIELDS, MAIN_WAREHOUSE_FILTER, WarehouseRecordSchema));
    },

    /**
     * What Exact itself answers for `YourRef eq '<ref>'` is returned unfiltered: the connector's
     * duplicate check asks Exact the same question, so Exact's notion of "equal" is the one that
     * decides whether the order is skipped.
     */
    async documentsByReference(type: DocumentType, reference: string): Promise<AccountingDocument[]> {
      if (reference.trim() === '') return [];
      const source = DOCUMENT_SOURCES[type];
      const call = `Exact GET ${source.path}`;
      const url = collectionUrl(`${divisionBase(call)}/${source.path}`, {
        select: source.fields,
        filter: eq('YourRef', reference),
      });
      // No Exact reference is thousands of characters long; such a URL would only earn a 4xx.
      if (url.length > MAX_URL_CHARS) return [];
      return getAll(call, url, source.schema);
    },

    /** The reconciliation's paged list: bulk, or sync where the bulk filter is refused (documents-since.ts). */
    documentsSince: (type: DocumentType, since: string, cursor: string | null) => documents.documentsSince(type, since, cursor),

    async itemsByCodes(codes: string[]): Promise<Item[]> {
      const wanted = normalizedCodes(codes);
      if (wanted.length === 0) return [];
      const found = await listByCodes('logistics/Items', ITEM_FIELDS, 'Code', wanted.flatMap(caseVariants), ItemRecordSchema);
      const lower = new Set(wanted.map((code) => code.toLowerCase()));
      const byCode = new Map<string, Item>();
      for (const item of found) {
        if (lower.has(item.code.toLowerCase()) && !byCode.has(item.code)) byCode.set(item.code, item);
      }
      return [...byCode.values()];
    },

    async itemWarehouses(itemCodes: string[]): Promise<ItemWarehouse[]> {
      const wanted = normalizedCodes(itemCodes);
      if (wanted.length === 0) return [];
      const found = await listByCodes(
        'inventory/ItemWarehouses',
        ITEM_WAREHOUSE_FIELDS,
        'ItemCode',
        wanted.flatMap(caseVariants),
        ItemWarehouseRecordSchema,
      );
      const lower = new Set(wanted.map((code) => code.toLowerCase()));
      const seen = new Set<string>();
      return found.filter((link) => {
        const id = `${link.itemCode}\u0000${link.warehouseCode}`;
        if (!lower.has(link.itemCode.toLowerCase()) || seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    },
  };
}

function isHttp401(error: unknown): boolean {
  return error instanceof ApiError && error.failure.httpStatus === 401;
}
