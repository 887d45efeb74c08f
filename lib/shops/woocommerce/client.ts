import type { z } from 'zod';
import { msg } from '../../i18n/message';
import type { ConnectionProfile } from '../../model/connection';
import type { FailureKind } from '../../model/fetched';
import { OrderSchema, type Order } from '../../model/order';
import { ApiError } from '../../net/errors';
import { requestJson, type HttpDeps, type JsonResponse } from '../../net/http';
import type { CredentialProbeNote, OrderListPage, ShopClient } from '../types';
import { ERROR_CODES, MAX_PER_PAGE, OAUTH_MESSAGES, OAUTH_WINDOW_MS, REST_BASE, TOTAL_PAGES_HEADER } from './facts';
import { mapWooOrder } from './map-order';
import { signGetUrl, type SignScheme } from './oauth';
import { ProbeListSchema, WooOrderListSchema, WooOrderSchema, wooErrorBody, type WooErrorBody } from './schemas';
import { inMemorySigning, type SigningMemory } from './signing-memory';
import { siteBase, wooSiteFromAddress, type WooSite } from './site';
import { issuesDetail, shopError } from '../shared/errors';

export const CALL_PROBE = 'WooCommerce GET orders (credential test)';
export const CALL_LIST = 'WooCommerce GET orders (list)';
export const callOrder = (orderId: string): string => `WooCommerce GET orders/${orderId.slice(0, 40)}`;

const ORDER_ID = /^[1-9][0-9]{0,19}$/;
/** A list cursor is the next page number (plain data: it survives a worker restart). */
const CURSOR = /^[1-9][0-9]{0,6}$/;

/** The consumer key and secret of a WooCommerce REST API key (read permission is enough). */
export interface WooCredentials {
  consumerKey: string;
  consumerSecret: string;
}

/** WooCommerce makes keys as `ck_` / `cs_` plus a hash; only such values are ever put in a header. */
export const CONSUMER_KEY = /^ck_[A-Za-z0-9]{1,200}$/;
export const CONSUMER_SECRET = /^cs_[A-Za-z0-9]{1,200}$/;

/** HTTP Basic over https: username = consumer key, password = consumer secret. Never the query string. */
function basicAuth(credentials: WooCredentials): string {
  return `Basic ${btoa(`${credentials.consumerKey}:${credentials.consumerSecret}`)}`;
}

/** Woo's `after` compares with the created date; with `dates_are_gmt` as UTC. No offset in the value. */
function afterParam(sinceMs: number): string {
  // `after` is exclusive: one second earlier includes orders created in the very second of `since`.
  return new Date(Math.floor(sinceMs / 1000) * 1000 - 1000).toISOString().slice(0, 19);
}

/**
 * How a request proves the key: Basic, or signed (OAuth 1.0a) when Basic is ignored — over http
 * where WordPress does not see HTTPS (a TLS-terminating proxy), over https where it does but the
 * Authorization header does not reach it.
 */
export type WooAuthMode = 'basic' | 'signed-http' | 'signed-https';

type Attempt<T> =
  | { ok: true; response: JsonResponse<T> }
  /** `serverDate`: the answer's Date header (ms), to tell a wrong clock from a refused key in any site language. */
  | { ok: false; error: ApiError; status: number | null; woo: WooErrorBody | null; serverDate: number | null };

/** A signed request is refused when the clocks differ by more than this (facts.ts: OAUTH_WINDOW_MS). */
function clockOff(serverDate: number | null, now: number): boolean {
  return serverDate !== null && Math.abs(serverDate - now) > OAUTH_WINDOW_MS;
}

export function createWooClient(
  profile: ConnectionProfile,
  credentials: WooCredentials,
  http: HttpDeps,
  /** The adapter passes the worker's shared, stored memory; by default this client's own. */
  memory: SigningMemory = inMemorySigning(),
): ShopClient {
  const site = wooSiteFromAddress(profile.shopAddress);
  const usable = CONSUMER_KEY.test(credentials.consumerKey) && CONSUMER_SECRET.test(credentials.consumerSecret);
  /** How the last successful request of this client authenticated (the connection test says so). */
  let lastMode: WooAuthMode | null = null;

  async function attempt<T>(call: string, url: string, schema: z.ZodType<T>, mode: WooAuthMode, wooSite: WooSite): Promise<Attempt<T>> {
    const seen: { status: number | null; woo: WooErrorBody | null; serverDate: number | null } = { status: null, woo: null, serverDate: null };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (mode === 'basic') headers['Authorization'] = basicAuth(credentials);
    try {
      const target = mode === 'basic' ? url : await signGetUrl(new URL(url), credentials, http.now(), mode === 'signed-https' ? 'https' : 'http');
      const response = await requestJson(
        {
          side: 'shop',
          call,
          url: target,
          method: 'GET',
          headers,
          schema,
          observe: (response) => {
            const date = Date.parse(response.headers.get('date') ?? '');
            seen.serverDate = Number.isFinite(date) ? date : null;
          },
          describeError: (status, bodyText) => {
            seen.status = status;
            seen.woo = wooErrorBody(bodyText);
            return describeHttpError(status, bodyText, wooSite, mode);
          },
        },
        http,
      );
      lastMode = mode;
      return { ok: true, response };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return { ok: false, error, status: seen.status, woo: seen.woo, serverDate: seen.serverDate };
    }
  }

  /** A signed attempt; a nonce WooCommerce says it saw (a transient retry resent it) is replaced once. */
  async function signed<T>(call: string, url: string, schema: z.ZodType<T>, wooSite: WooSite, scheme: SignScheme): Promise<Attempt<T>> {
    const mode = scheme === 'https' ? 'signed-https' : 'signed-http';
    const first = await attempt(call, url, schema, mode, wooSite);
    if (first.ok || first.status !== 401 || first.woo?.message !== OAUTH_MESSAGES.invalidNonce) return first;
    return attempt(call, url, schema, mode, wooSite);
  }

  /**
   * Basic first; when WooCommerce answers as if no key was sent (401 cannot_view: Basic ignored
   * because WordPress does not see HTTPS, or an unknown key), once more signed: that tells the two
   * apart. WordPress signs over http when it does not see HTTPS; only if that signature does not
   * match is it tried over https (a server that drops the Authorization header). A site known to
   * need signing is signed at once; if that stops working, it is asked with Basic again.
   */
  async function get<T>(call: string, path: string, schema: z.ZodType<T>): Promise<JsonResponse<T>> {
    if (site === null) {
      throw shopError('not-connected', call, null, 'no valid WooCommerce site address (an https URL) in this connection');
    }
    if (!usable) throw shopError('not-connected', call, null, 'the stored WooCommerce API key is not a ck_/cs_ pair');
    const url = `${siteBase(site)}${REST_BASE}${path}`;
    const siteKey = siteBase(site);
    const known = await memory.signingFor(profile.id, siteKey);
    if (known !== null) {
      const answer = await signed(call, url, schema, site, known);
      if (answer.ok) return answer.response;
      if (answer.status !== 401 || answer.woo?.message === OAUTH_MESSAGES.invalidKey || clockOff(answer.serverDate, http.now())) throw clockAware(answer, call);
      await memory.remember(profile.id, siteKey, null);
    }
    const basic = await attempt(call, url, schema, 'basic', site);
    if (basic.ok) return basic.response;
    if (!(basic.status === 401 && basic.woo?.code === ERROR_CODES.cannotView)) throw basic.error;
    let scheme: SignScheme = 'http';
    let retried = await signed(call, url, schema, site, scheme);
    // WooCommerce's messages follow the site's language: only the English "key is invalid" is
    // known to be final; any other refusal of the http signature is tried over https once.
    if (!retried.ok && retried.status === 401 && retried.woo?.code === ERROR_CODES.authentication && retried.woo.message !== OAUTH_MESSAGES.invalidKey) {
      const overHttps = await signed(call, url, schema, site, 'https');
      if (overHttps.ok) {
        retried = overHttps;
        scheme = 'https';
      }
    }
    if (!retried.ok) throw clockAware(retried, call);
    await memory.remember(profile.id, siteKey, scheme);
    return retried.response;
  }

  /** A refused signed request while the clocks differ by more than the window is the clock's fault, not the key's. */
  function clockAware(failed: Extract<Attempt<unknown>, { ok: false }>, call: string): ApiError {
    if (failed.status !== 401 || !clockOff(failed.serverDate, http.now())) return failed.error;
    const minutes = Math.round(Math.abs((failed.serverDate ?? 0) - http.now()) / 60_000);
    return shopError('malformed', call, 401, `${failed.error.failure.detail.slice(0, 600)} — this computer's clock differs from the site's by about ${minutes} minutes; WooCommerce refuses signed requests more than 15 minutes off`);
  }

  /** `which` names the order in a list ("order 3 of the page"); null for the single order. */
  function toOrder(call: string, status: number, json: unknown, which: string | null = null): Order {
    const parsed = WooOrderSchema.safeParse(json);
    const prefix = which === null ? '' : `${which}: `;
    if (!parsed.success) throw shopError('malformed', call, status, issuesDetail(`${prefix}unexpected order shape`, parsed.error));
    // The adapter promises an Order the checks can trust: anything that does not fit is malformed.
    const order = OrderSchema.safeParse(mapWooOrder(parsed.data));
    if (!order.success) throw shopError('malformed', call, status, issuesDetail(`${prefix}order ${parsed.data.id} does not fit the model`, order.error));
    return order.data;
  }

  return {
    async getOrder(orderId: string): Promise<Order> {
      const call = callOrder(orderId);
      if (!ORDER_ID.test(orderId)) throw shopError('not-found', call, null, `"${orderId.slice(0, 40)}" is not a WooCommerce order id`);
      const response = await get(call, `/orders/${orderId}`, WooOrderSchema);
      return toOrder(call, response.status, response.data);
    },

    async listOrders(since: string, cursor: string | null): Promise<OrderListPage> {
      const sinceMs = Date.parse(since);
      if (!Number.isFinite(sinceMs)) throw shopError('malformed', CALL_LIST, null, `"${since.slice(0, 40)}" is not an instant`);
      if (cursor !== null && !CURSOR.test(cursor)) throw shopError('malformed', CALL_LIST, null, 'not a WooCommerce list cursor');
      const page = cursor === null ? 1 : Number(cursor);
      const query = new URLSearchParams({
        after: afterParam(sinceMs),
        dates_are_gmt: 'true',
        // Ascending ids: orders created while paging land on later pages, never shift earlier ones.
        orderby: 'id',
        order: 'asc',
        per_page: String(MAX_PER_PAGE),
        page: String(page),
      });
      const response = await get(CALL_LIST, `/orders?${query.toString()}`, WooOrderListSchema);
      const orders = response.data
        .map((json, index) => toOrder(CALL_LIST, response.status, json, `order ${index + 1} of page ${page}`))
        .filter((order) => Date.parse(order.createdAt) >= sinceMs);
      const totalPages = Number(response.headers.get(TOTAL_PAGES_HEADER) ?? Number.NaN);
      const more = Number.isInteger(totalPages) && totalPages >= 0 ? page < totalPages : response.data.length >= MAX_PER_PAGE;
      return { orders, next: more ? String(page + 1) : null };
    },

    async probeCredentials(): Promise<CredentialProbeNote | void> {
      // Listing one order proves both: the key is accepted and its user may read orders.
      await get(CALL_PROBE, '/orders?per_page=1', ProbeListSchema);
      if (lastMode === 'signed-http') return { notice: msg('options.test.woocommerce-signed') };
      if (lastMode === 'signed-https') return { notice: msg('options.test.woocommerce-signed-header') };
    },
  };
}

/**
 * Refines an HTTP error answer: WooCommerce's code and message as detail, kinds for what they mean.
 * `mode` is how the request authenticated: a signed request's 401 speaks about the key itself.
 */
export function describeHttpError(status: number, bodyText: string, site: WooSite, mode: WooAuthMode = 'basic'): { kind?: FailureKind; detail?: string } | null {
  const error = wooErrorBody(bodyText);
  const api = `${siteBase(site)}${REST_BASE}`;
  if (error === null) {
    if (!/^\s*</.test(bodyText)) return null;
    // An HTML page where the REST API should answer: a security plugin, firewall, password
    // protection or a theme's 404. Not WooCommerce refusing the key, so not `unauthorized`.
    if (status === 404) return { kind: 'not-connected', detail: `no WordPress REST API at ${api} (HTML page, HTTP 404): check the site address` };
    if (status === 401 || status === 403) {
      return { kind: 'malformed', detail: `an HTML page (HTTP ${status}) instead of WooCommerce's answer: a security plugin, firewall or password protection blocks ${api}` };
    }
    return null;
  }
  const detail = `${error.code}: ${error.message}`;
  if (status === 401) return mode === 'basic' ? describeBasic401(error, detail) : describeSigned401(error, detail);
  if (status === 403) return { kind: 'forbidden', detail: `${detail} (the key's user may not read orders)` };
  if (status === 404 && error.code === ERROR_CODES.noRoute) {
    return { kind: 'not-connected', detail: `${detail} (no WooCommerce REST API at ${api}: is WooCommerce active, are pretty permalinks on, is the site address right?)` };
  }
  return { detail };
}

function describeBasic401(error: WooErrorBody, detail: string): { kind: FailureKind; detail: string } {
  if (error.code === ERROR_CODES.cannotView) {
    return { kind: 'unauthorized', detail: `${detail} (WooCommerce saw no valid key: is the Authorization header removed by the server?)` };
  }
  return { kind: 'unauthorized', detail };
}

/** A signed request reaches WooCommerce's OAuth check on any site, so its 401 is about the key. */
function describeSigned401(error: WooErrorBody, detail: string): { kind: FailureKind; detail: string } {
  if (error.code === ERROR_CODES.cannotView) {
    return { kind: 'unauthorized', detail: `${detail} (WooCommerce saw no valid key, by Basic auth nor signed: is the Authorization header or the query string removed on the way?)` };
  }
  const signed = `${detail} (signed request, OAuth 1.0a`;
  switch (error.message) {
    case OAUTH_MESSAGES.invalidKey:
      return { kind: 'unauthorized', detail: `${signed}: the site has no such key — revoked or deleted)` };
    case OAUTH_MESSAGES.signatureMismatch:
      return { kind: 'unauthorized', detail: `${signed}: the consumer secret does not belong to this key)` };
    case OAUTH_MESSAGES.invalidTimestamp:
      // Not the key: this computer's clock and the site's differ by more than 15 minutes.
      return { kind: 'malformed', detail: `${signed}: this computer's clock differs from the site's by more than 15 minutes)` };
    default:
      return { kind: 'unauthorized', detail: `${signed})` };
  }
}
