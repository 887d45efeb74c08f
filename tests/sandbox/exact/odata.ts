import { checkFilter, compareValues, evaluate, type Row } from './odata-eval';
import { parseFilter, type EdmType, type Expr } from './odata-filter';
import { ODataError } from './odata-lexer';

export { ODataError } from './odata-lexer';
export { parseFilter, type EdmType, type Expr, type ODataValue } from './odata-filter';
export { evaluate, checkFilter, type Row } from './odata-eval';

/** What the query layer needs to know about an entity set. */
export interface EntityShape {
  /** e.g. Exact.Web.Api.Models.SalesOrder */
  typeName: string;
  key: string;
  /** Every property, with its type ('Unknown' for ones this sandbox always leaves null). */
  fields: ReadonlyMap<string, EdmType>;
  /** Navigation properties (deferred links), selectable but not filterable. */
  navigation: readonly string[];
}

export interface QueryOptions {
  select: string[] | null;
  filter: Expr | null;
  orderby: { field: string; desc: boolean }[];
  top: number | null;
  skip: number;
  skiptoken: string | null;
  inlinecount: boolean;
  expand: string[];
}

function nonNegativeInt(name: string, raw: string | null): number | null {
  if (raw === null) return null;
  if (!/^\s*\d+\s*$/.test(raw)) throw new ODataError(`Invalid value '${raw}' for the ${name} query option.`);
  return Number(raw);
}

function knownProperty(shape: EntityShape, name: string): boolean {
  return shape.fields.has(name) || shape.navigation.includes(name);
}

export function parseQueryOptions(query: URLSearchParams, shape: EntityShape): QueryOptions {
  const selectRaw = query.get('$select');
  const select = selectRaw === null ? null : selectRaw.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of select ?? []) {
    if (name !== '*' && !knownProperty(shape, name)) {
      throw new ODataError(`No property '${name}' exists in type '${shape.typeName}'.`);
    }
  }
  const filterRaw = query.get('$filter');
  const filter = filterRaw === null || filterRaw.trim() === '' ? null : parseFilter(filterRaw);
  if (filter) checkFilter(filter, shape.fields, shape.typeName);

  const orderby = (query.get('$orderby') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [field = '', direction = 'asc', ...rest] = part.split(/\s+/);
      if (!shape.fields.has(field) || rest.length > 0 || !/^(asc|desc)$/i.test(direction)) {
        throw new ODataError(`Invalid $orderby expression '${part}' for type '${shape.typeName}'.`);
      }
      return { field, desc: direction.toLowerCase() === 'desc' };
    });

  const skiptokenRaw = query.get('$skiptoken');
  let skiptoken: string | null = null;
  if (skiptokenRaw !== null) {
    const match = /^guid'([0-9a-fA-F-]{36})'$/.exec(skiptokenRaw.trim());
    if (!match?.[1]) throw new ODataError(`Invalid $skiptoken '${skiptokenRaw}'.`);
    skiptoken = match[1].toLowerCase();
  }

  return {
    select,
    filter,
    orderby,
    top: nonNegativeInt('$top', query.get('$top')),
    skip: nonNegativeInt('$skip', query.get('$skip')) ?? 0,
    skiptoken,
    inlinecount: query.get('$inlinecount') === 'allpages',
    expand: (query.get('$expand') ?? '').split(',').map((name) => name.trim()).filter(Boolean),
  };
}

const keyOf = (row: Row, key: string): string => String(row[key] ?? '').toLowerCase();

export interface QueryResult {
  page: Row[];
  /** Matches before paging (for $inlinecount and $count). */
  total: number;
  /** Set when another page follows: the key to resume after and the $top still to deliver. */
  next: { lastKey: string; remainingTop: number | null } | null;
}

/**
 * Filter, order (the key breaks ties, so $skiptoken=guid'<last key>' resumes exactly), then one page
 * of at most `pageSize` rows.
 */
export function runQuery(rows: readonly Row[], options: QueryOptions, shape: EntityShape, pageSize: number): QueryResult {
  const filtered = options.filter ? rows.filter((row) => evaluate(options.filter as Expr, row) === true) : [...rows];
  filtered.sort((a, b) => {
    for (const { field, desc } of options.orderby) {
      const av = a[field] ?? null;
      const bv = b[field] ?? null;
      if (av === bv) continue;
      // Nulls sort first, as SQL Server does.
      const order = av === null ? -1 : bv === null ? 1 : compareValues(av, bv);
      if (order !== 0) return desc ? -order : order;
    }
    return keyOf(a, shape.key).localeCompare(keyOf(b, shape.key));
  });

  let start = options.skip;
  if (options.skiptoken !== null) {
    const token = options.skiptoken;
    const at = filtered.findIndex((row) => keyOf(row, shape.key) === token);
    start = at >= 0 ? at + 1 : filtered.findIndex((row) => keyOf(row, shape.key) > token);
    if (start < 0) start = filtered.length;
  }
  const limit = options.top === null ? pageSize : Math.min(options.top, pageSize);
  const page = filtered.slice(start, start + limit);
  const remainingTop = options.top === null ? null : options.top - page.length;
  const more = start + page.length < filtered.length && (remainingTop === null || remainingTop > 0);
  const last = page[page.length - 1];
  return {
    page,
    total: filtered.length,
    next: more && last ? { lastKey: keyOf(last, shape.key), remainingTop } : null,
  };
}

/**
 * The absolute `__next` URL: the caller's own query (as sent, minus paging options), plus the
 * remaining $top and `$skiptoken=guid'<last key>'`.
 */
export function nextLink(base: string, rawSearch: string, next: NonNullable<QueryResult['next']>): string {
  const kept = rawSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !/^(\$|%24)(skiptoken|skip|top)=/i.test(pair));
  if (next.remainingTop !== null) kept.push(`$top=${next.remainingTop}`);
  kept.push(`$skiptoken=guid'${next.lastKey}'`);
  return `${base}?${kept.join('&')}`;
}
