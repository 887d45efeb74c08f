import type { SandboxRequest, SandboxResponse } from '../core/types';
import { checkFilter, evaluate, parseFilter, parseQueryOptions, type EdmType, type EntityShape, type Row } from './odata';
import { ODataError } from './odata-lexer';
import { findEntitySet } from './resources';
import { exactError, serializeRow } from './serialize';
import { FILTER_REFUSED, SYNC_FILTERABLE, SYNC_PAGE_SIZE } from './sync-facts';
import { filterFields } from './bulk-filters';
import type { ExactDivision, ExactWorld } from './world';

/**
 * Exact's sync endpoints for the documents the reconciliation reads (facts in sync-facts.ts):
 * every row of the division with its `Timestamp`, in Timestamp order, 1000 a page, filtered on
 * `Timestamp` only.
 */

interface SyncSet {
  path: string;
  typeName: string;
  /** The normal endpoint whose rows this one serves. */
  source: string;
  /** The record's own id, for the per-record part of its Timestamp. */
  idField: string;
}

const SYNC_SETS: readonly SyncSet[] = [
  { path: 'sync/SalesOrder/SalesOrderHeaders', typeName: 'Exact.Web.Api.Models.Sync.SalesOrderHeader', source: 'salesorder/SalesOrders', idField: 'OrderID' },
];

export const MESSAGES = {
  // (unconfirmed wording) as for the bulk endpoints (api.ts).
  selectRequired: 'Please add a $select statement to the query string.',
} as const;

/** Stable per record while the world does not change it; grows with Created (sync-facts.ts). */
export function timestampOf(row: Row, idField: string): number {
  const created = row.Created instanceof Date ? row.Created.getTime() : 0;
  let hash = 0;
  for (const ch of String(row[idField] ?? '')) hash = (hash * 31 + ch.charCodeAt(0)) % 1000;
  return created * 1000 + hash;
}

function shapeOf(set: SyncSet): { shape: EntityShape; rows(division: ExactDivision): Row[] } | null {
  const source = findEntitySet(set.source);
  if (!source) return null;
  // Int64 in Exact; this sandbox's filter types know Int32, which compares the same here.
  const fields = new Map<string, EdmType>([['Timestamp', 'Int32'], ...source.fields]);
  return {
    shape: { typeName: set.typeName, key: 'Timestamp', fields, navigation: [] },
    rows: (division) => source.rows(division).map((row) => ({ ...row, Timestamp: timestampOf(row, set.idField) })),
  };
}

/**
 * For a path no entity set serves: the sync endpoint's answer (Exact's error body for a bad
 * query), or null when the path is no sync endpoint either.
 */
export function answerSyncPath(req: SandboxRequest, division: number | null, world: ExactWorld): SandboxResponse | null {
  const path = /^\/api\/v1\/\d+\/(.+?)\/?$/i.exec(req.path)?.[1];
  if (division === null || path === undefined || !findSyncSet(path)) return null;
  const data = world.divisions.find((d) => d.division === division) ?? { ...EMPTY, division, name: String(division) };
  try {
    return answerSync(req, path, data);
  } catch (error) {
    if (error instanceof ODataError) return exactError(error.status, error.message);
    throw error;
  }
}

const EMPTY: ExactDivision = {
  division: 0, name: '', vatCodes: [], glAccounts: [], warehouses: [], items: [],
  itemWarehouses: [], salesOrders: [], salesInvoices: [], salesEntries: [],
};

export function findSyncSet(path: string): SyncSet | undefined {
  const wanted = path.toLowerCase();
  return SYNC_SETS.find((set) => set.path.toLowerCase() === wanted);
}

/** The answer of a sync endpoint below /api/v1/{division}/, or null when `path` is none. */
export function answerSync(req: SandboxRequest, path: string, division: ExactDivision): SandboxResponse | null {
  const set = findSyncSet(path);
  const served = set ? shapeOf(set) : null;
  if (!set || !served) return null;
  const { shape } = served;
  if (!req.query.has('$select')) return exactError(400, MESSAGES.selectRequired);

  const query = new URLSearchParams(req.query);
  const skiptokenRaw = query.get('$skiptoken');
  query.delete('$skiptoken');
  const options = parseQueryOptions(query, shape);
  let after: number | null = null;
  if (skiptokenRaw !== null) {
    const match = /^(\d{1,19})L?$/.exec(skiptokenRaw.trim());
    if (!match?.[1]) throw new ODataError(`Invalid $skiptoken '${skiptokenRaw}'.`);
    after = Number(match[1]);
  }
  if (options.filter) {
    const refused = filterFields(options.filter).filter((field) => !SYNC_FILTERABLE.includes(field));
    if (refused.length > 0) return exactError(400, `${FILTER_REFUSED}${refused.join(', ')}`);
    checkFilter(parseFilter(query.get('$filter') ?? ''), shape.fields, shape.typeName);
  }

  const ordered = served
    .rows(division)
    .filter((row) => (options.filter ? evaluate(options.filter, row) === true : true))
    .filter((row) => after === null || Number(row.Timestamp) > after)
    .sort((a, b) => Number(a.Timestamp) - Number(b.Timestamp));
  const limit = options.top === null ? SYNC_PAGE_SIZE : Math.min(options.top, SYNC_PAGE_SIZE);
  const page = ordered.slice(0, limit);
  const collectionUrl = `https://${req.host}/api/v1/${division.division}/${set.path}`;
  const results = page.map((row) => {
    const record = serializeRow(row, shape, options.select, collectionUrl, []);
    const timestamp = String(row.Timestamp);
    return {
      ...record,
      __metadata: { uri: `${collectionUrl}(${timestamp}L)`, type: shape.typeName },
      ...('Timestamp' in record ? { Timestamp: timestamp } : {}),
    };
  });
  const last = page[page.length - 1];
  const d: Record<string, unknown> = { results };
  if (ordered.length > page.length && last && options.top === null) {
    const kept = req.url.search
      .replace(/^\?/, '')
      .split('&')
      .filter((pair) => pair !== '' && !/^(\$|%24)skiptoken=/i.test(pair));
    d.__next = `https://${req.host}${req.path}?${[...kept, `$skiptoken=${String(last.Timestamp)}L`].join('&')}`;
  }
  return { status: 200, body: { d } };
}
