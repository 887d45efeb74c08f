import { GraphQLError } from 'graphql';
import { INVALID_CURSOR, MAX_PAGE_SIZE, MISSING_FIRST_OR_LAST, pageSizeTooLarge } from './facts';

export interface PageArgs {
  first: number | null;
  after: string | null;
  last: number | null;
  before: string | null;
  reverse: boolean;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const optionalNumber = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const optionalString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Reads the paging arguments graphql-js already coerced to the schema's types. */
export function readPageArgs(args: Record<string, unknown>): PageArgs {
  const page: PageArgs = {
    first: optionalNumber(args['first']),
    after: optionalString(args['after']),
    last: optionalNumber(args['last']),
    before: optionalString(args['before']),
    reverse: args['reverse'] === true,
  };
  if (page.first === null && page.last === null) throw new GraphQLError(MISSING_FIRST_OR_LAST);
  for (const arg of ['first', 'last'] as const) {
    const n = page[arg];
    if (n !== null && (n < 0 || n > MAX_PAGE_SIZE)) throw new GraphQLError(pageSizeTooLarge(arg));
  }
  return page;
}

// Opaque like Shopify's (base64 JSON with the last key), but only ever compared by key.
const encodeCursor = (key: string): string => Buffer.from(JSON.stringify({ last_id: key })).toString('base64');

function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'last_id' in parsed && typeof parsed.last_id === 'string') {
      return parsed.last_id;
    }
  } catch {
    // fall through to the GraphQL error
  }
  throw new GraphQLError(INVALID_CURSOR);
}

/** Relay-style paging over an already sorted list; `key` must be unique per item. */
export function paginate<T>(sorted: T[], key: (item: T) => string, page: PageArgs): Connection<T> {
  const items = page.reverse ? [...sorted].reverse() : sorted;
  const indexOf = (cursor: string): number => {
    const wanted = decodeCursor(cursor);
    const i = items.findIndex((item) => key(item) === wanted);
    if (i < 0) throw new GraphQLError(INVALID_CURSOR);
    return i;
  };
  let start = page.after === null ? 0 : indexOf(page.after) + 1;
  let end = page.before === null ? items.length : indexOf(page.before);
  if (page.first !== null) end = Math.min(end, start + page.first);
  if (page.last !== null) start = Math.max(start, end - page.last);
  const slice = end > start ? items.slice(start, end) : [];
  const edges = slice.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    nodes: slice,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
