import { z } from 'zod';
import type { AccountingDocument, DocumentType } from '../../model/accounting';
import type { FailureKind } from '../../model/fetched';
import { ApiError } from '../../net/errors';
import type { HttpDeps } from '../../net/http';
import { DEFAULT_RETRY } from '../../net/retry';
import { calendarDay } from '../../checks/support/calendar-day';
import type { DocumentFeed, DocumentPage } from '../types';
import { type DocumentFallback, FILTER_REFUSED_PATTERN, FIRST_TIMESTAMP, MODIFIED_FIELD, MODIFIED_MARGIN_MS, RETRY_BULK_AFTER_MS, FALLBACKS, TIMESTAMP_FIELD, timestampAfter } from './document-feeds';
import { addWatermarks, bulkRefused, readRoute, rememberBulk, rememberRefusal, routeKey, startTimestamp, type Watermark } from './document-route';
import { collectionUrl, onOrAfterDay } from './odata';
import { minutelyWait } from './rate-limit';
import { CREATED_FIELD, DOCUMENT_SOURCES, ExactOptionalDateSchema, collectionSchema } from './schemas';

/**
 * The reconciliation's paged document list for one Exact connection. Feeds:
 * - bulk: the bulk endpoint filtered on the document date (1000 a page, few calls);
 * - where a bulk endpoint refuses that filter ("Filtering on these fields is not supported"), its
 *   fallback (document-feeds.ts): for sales orders the sync endpoint by Timestamp, from the newest
 *   watermark older than the window, filtered on the date here ('sync'); for sales invoices the
 *   normal endpoint with the bulk read's filter and fields, 60 a page ('normal-fallback');
 * - normal: sales entries, which have no bulk endpoint.
 * The refusal is remembered per division (document-route.ts), so it is paid once a week, not once
 * a run. Either way the cursor is Exact's own `__next` URL: opaque, plain data, and followed only
 * while it stays on this connection's host and on the path of the feed it came from.
 */

const DAY_MS = 86_400_000;

/** Exact refuses URLs over 6000 characters (api/exact-online.md §3); a longer stored cursor is not Exact's. */
const MAX_CURSOR_CHARS = 6000;

export interface DocumentReaderDeps {
  host: string;
  timeZone: string;
  http: HttpDeps;
  now: () => number;
  division(call: string): number;
  budgetKey(): string | null;
  failure(kind: FailureKind, call: string, detail: string): ApiError;
  authorizedGet<T>(call: string, url: string, schema: z.ZodType<T>): Promise<T>;
  checkedNext(call: string, next: string, expectedPath: string, visited: Set<string>): string;
}

/** Int64 as OData v2 JSON sends it (a string), or as a plain number; kept as digits. */
const TimestampSchema = z.union([z.string().regex(/^\d{1,19}$/), z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)]).transform(String);

function syncRecord(type: DocumentType) {
  const document = DOCUMENT_SOURCES[type].schema;
  return z
    .object({ [TIMESTAMP_FIELD]: TimestampSchema, [MODIFIED_FIELD]: ExactOptionalDateSchema.optional() })
    .passthrough()
    .transform((raw, ctx) => {
      const parsed = document.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        return z.NEVER;
      }
      return { timestamp: raw[TIMESTAMP_FIELD] as string, modified: (raw[MODIFIED_FIELD] as string | null | undefined) ?? null, document: parsed.data };
    });
}

/** The watermarks a page of sync rows proves (document-route.ts); the end of a read adds "now, the highest". */
function watermarksOf(rows: readonly { timestamp: string; modified: string | null }[], endedAt: number | null): Watermark[] {
  const marks: Watermark[] = rows.flatMap((row) =>
    row.modified === null ? [] : [{ at: new Date(Date.parse(row.modified) + MODIFIED_MARGIN_MS).toISOString(), timestamp: row.timestamp }],
  );
  if (endedAt !== null && rows.length > 0) {
    const highest = rows.reduce((max, row) => (BigInt(row.timestamp) > max ? BigInt(row.timestamp) : max), 0n);
    marks.push({ at: new Date(endedAt).toISOString(), timestamp: highest.toString() });
  }
  return marks;
}

function isFilterRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.failure.httpStatus === 400 && FILTER_REFUSED_PATTERN.test(error.failure.detail);
}

/** Whether a URL is on exactly this path (the normal invoice list's path is the tail of the bulk one's). */
function isOnPath(url: string, expectedPath: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase() === expectedPath.toLowerCase();
  } catch {
    return false;
  }
}

export function createDocumentReader(deps: DocumentReaderDeps) {
  const { host, http, now } = deps;
  const base = (call: string, path: string) => `https://${host}/api/v1/${deps.division(call)}/${path}`;

  function dayOf(call: string, since: string): string {
    try {
      return calendarDay(since, deps.timeZone);
    } catch {
      throw deps.failure('malformed', call, `cannot read "${since.slice(0, 40)}" as an instant in ${deps.timeZone.slice(0, 40)}`);
    }
  }

  /** When the last answer said this minute's calls are used up: wait for the reset, or fail fast as rate-limited. */
  async function paced(call: string): Promise<void> {
    const key = deps.budgetKey();
    if (key === null) return;
    const wait = await minutelyWait(key, now(), call, DEFAULT_RETRY.maxWaitMs);
    if (wait > 0) await http.sleep(wait);
  }

  function cursorUrl(call: string, cursor: string, path: string): string {
    if (cursor.length > MAX_CURSOR_CHARS) throw deps.failure('malformed', call, "the stored page cursor is too long to be Exact's");
    return deps.checkedNext(call, cursor, new URL(base(call, path)).pathname, new Set());
  }

  async function page<T>(call: string, path: string, url: string, record: z.ZodType<T>): Promise<{ rows: T[]; next: string | null }> {
    await paced(call);
    const data = await deps.authorizedGet(call, url, collectionSchema(record));
    const next = data.d.__next ?? null;
    const expectedPath = new URL(base(call, path)).pathname;
    return { rows: data.d.results, next: next === null ? null : deps.checkedNext(call, next, expectedPath, new Set([url])) };
  }

  /** One page of a list filtered on the document date: the bulk endpoint, or a normal one. */
  async function listPage(type: DocumentType, path: string, feed: DocumentFeed, since: string, cursor: string | null): Promise<DocumentPage> {
    const source = DOCUMENT_SOURCES[type];
    const call = `Exact GET ${path}`;
    const url =
      cursor === null
        ? collectionUrl(base(call, path), { select: [...source.fields, CREATED_FIELD], filter: onOrAfterDay(source.dateField, dayOf(call, since)) })
        : cursorUrl(call, cursor, path);
    const { rows, next } = await page(call, path, url, source.schema);
    return { documents: rows, next, feed };
  }

  function bulkPage(type: DocumentType, since: string, cursor: string | null): Promise<DocumentPage> {
    const source = DOCUMENT_SOURCES[type];
    return listPage(type, source.bulkPath ?? source.path, source.bulkPath === null ? 'normal' : 'bulk', since, cursor);
  }

  function fallbackPage(type: DocumentType, fallback: DocumentFallback, since: string, cursor: string | null): Promise<DocumentPage> {
    return fallback.feed === 'sync' ? syncPage(type, fallback.path, since, cursor) : listPage(type, fallback.path, fallback.feed, since, cursor);
  }

  async function syncPage(type: DocumentType, path: string, since: string, cursor: string | null): Promise<DocumentPage> {
    const source = DOCUMENT_SOURCES[type];
    const call = `Exact GET ${path}`;
    const day = dayOf(call, since);
    const key = routeKey(host, deps.division(call), type);
    let url: string;
    if (cursor === null) {
      // A day's margin: the watermark must predate every document dated in the window.
      const from = startTimestamp(await readRoute(key), Date.parse(since) - DAY_MS, FIRST_TIMESTAMP);
      url = collectionUrl(base(call, path), { select: [TIMESTAMP_FIELD, ...source.fields, CREATED_FIELD, MODIFIED_FIELD], filter: timestampAfter(from) });
    } else {
      url = cursorUrl(call, cursor, path);
    }
    const { rows, next } = await page(call, path, url, syncRecord(type));
    await addWatermarks(key, watermarksOf(rows, next === null ? now() : null));
    // The same rule as the bulk filter `<date> ge datetime'<day>T00:00:00'`: Exact's dates are
    // read as instants whose UTC rendering is the administration's wall-clock date.
    const from = Date.parse(`${day}T00:00:00Z`);
    const documents = rows.map((row) => row.document).filter((doc: AccountingDocument) => Date.parse(doc.date) >= from);
    return { documents, next, feed: 'sync' };
  }

  /** A list whose bulk filter was refused and that has no sync feed: fail without asking again. */
  function refusedBefore(call: string, refusedAt: string): ApiError {
    const again = new Date(Date.parse(refusedAt) + RETRY_BULK_AFTER_MS).toISOString();
    return new ApiError({
      kind: 'malformed',
      side: 'accounting',
      call,
      httpStatus: 400,
      detail: `Exact refused the date filter on ${refusedAt.slice(0, 16)} (Filtering on these fields is not supported); not asked again before ${again.slice(0, 16)}`,
    });
  }

  return {
    /**
     * One page of the documents dated on or after since's calendar day (administration time zone).
     * On a first page, a refusal stored for this division decides; a bulk endpoint that refuses
     * the date filter is remembered and the same page is read from its fallback at once. A list
     * without a fallback fails plainly, and is not asked again for a week.
     */
    async documentsSince(type: DocumentType, since: string, cursor: string | null): Promise<DocumentPage> {
      const fallback = FALLBACKS[type];
      const source = DOCUMENT_SOURCES[type];
      if (source.bulkPath === null) return bulkPage(type, since, cursor);
      if (cursor !== null) {
        // The cursor is a __next URL of the feed that made it (checked for host and path there).
        const onFallback = fallback !== null && isOnPath(cursor, new URL(base(`Exact GET ${fallback.path}`, fallback.path)).pathname);
        return onFallback ? fallbackPage(type, fallback, since, cursor) : bulkPage(type, since, cursor);
      }
      const call = `Exact GET ${source.bulkPath}`;
      const key = routeKey(host, deps.division(call), type);
      const route = await readRoute(key);
      if (bulkRefused(route, now())) {
        if (fallback !== null) return fallbackPage(type, fallback, since, null);
        throw refusedBefore(call, route.refusedAt ?? '');
      }
      try {
        const first = await bulkPage(type, since, null);
        await rememberBulk(key);
        return first;
      } catch (error) {
        if (!isFilterRefusal(error)) throw error;
        await rememberRefusal(key, now());
        if (fallback === null) throw error;
        return fallbackPage(type, fallback, since, null);
      }
    },
  };
}
