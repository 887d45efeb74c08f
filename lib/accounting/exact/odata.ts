/**
 * Safe OData v2 query building for Exact. Why: a SKU or an order number comes from the shop (and
 * so, indirectly, from anyone who can place an order); it must never be able to change the meaning
 * of a $filter. Every string literal is quoted here, field names are fixed identifiers, and long
 * `or` lists are cut so the URL stays well under Exact's 6000-character limit.
 */

/** Exact refuses URLs over 6000 characters; we stay well below, leaving room for __next's $skiptoken. */
export const MAX_URL_CHARS = 4000;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function assertIdentifier(field: string): void {
  if (!IDENTIFIER.test(field)) throw new Error(`not an OData field name: ${field}`);
}

/** An OData string literal: single quotes, an inner quote doubled (`O'Brien` → `'O''Brien'`). */
export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `Field eq 'value'`. */
export function eq(field: string, value: string): string {
  assertIdentifier(field);
  return `${field} eq ${quoteLiteral(value)}`;
}

/** `Field eq 'a' or Field eq 'b'`, parenthesised when there is more than one value. */
export function anyOf(field: string, values: readonly string[]): string {
  if (values.length === 0) throw new Error('anyOf needs at least one value');
  const clauses = values.map((value) => eq(field, value));
  return clauses.length === 1 ? (clauses[0] ?? '') : `(${clauses.join(' or ')})`;
}

/**
 * `Field ge datetime'YYYY-MM-DDT00:00:00'`: on or after a calendar day. The literal carries no zone,
 * as in Exact's own examples (api/exact-online.md §4); Exact's dates are days, so midnight of the day
 * is the boundary whatever zone Exact reads it in.
 */
export function onOrAfterDay(field: string, day: string): string {
  assertIdentifier(field);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a calendar day: ${day.slice(0, 20)}`);
  return `${field} ge datetime'${day}T00:00:00'`;
}

export interface QueryParts {
  /** Always given: Exact returns every field otherwise (and some endpoints refuse). */
  select: readonly string[];
  filter?: string;
}

/** `base?$select=…&$filter=…`, each value percent-encoded (spaces as %20, not '+'). */
export function collectionUrl(base: string, parts: QueryParts): string {
  if (parts.select.length === 0) throw new Error('$select must name at least one field');
  parts.select.forEach(assertIdentifier);
  let url = `${base}?$select=${encodeURIComponent(parts.select.join(','))}`;
  if (parts.filter !== undefined) url += `&$filter=${encodeURIComponent(parts.filter)}`;
  return url;
}

/** True when the value can be percent-encoded at all (a lone UTF-16 surrogate cannot). */
export function isEncodable(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/**
 * Splits `values` into as few `anyOf(field, chunk)` URLs as fit in `maxChars` each (greedy, order
 * kept, duplicates removed). A value whose own clause cannot fit, or cannot be encoded, can never
 * equal an Exact code (item codes are at most 30 characters) and is left out: it reads as unknown.
 */
export function chunkedFilterUrls(
  base: string,
  select: readonly string[],
  field: string,
  values: readonly string[],
  maxChars: number = MAX_URL_CHARS,
): string[] {
  const unique = [...new Set(values)].filter(isEncodable);
  const urls: string[] = [];
  let chunk: string[] = [];
  const build = (list: readonly string[]) => collectionUrl(base, { select, filter: anyOf(field, list) });
  for (const value of unique) {
    if (build([value]).length > maxChars) continue;
    const candidate = [...chunk, value];
    if (chunk.length > 0 && build(candidate).length > maxChars) {
      urls.push(build(chunk));
      chunk = [value];
    } else {
      chunk = candidate;
    }
  }
  if (chunk.length > 0) urls.push(build(chunk));
  return urls;
}
