import type { HttpDeps } from '../../../lib/net/http';
import { findHost } from '../core/host-router';
import type { HostDefinition, SandboxRequest, SandboxResponse } from '../core/types';

/** Helpers for the WooCommerce sandbox tests: synthetic requests and an in-process fetch (no server). */

export function sandboxRequest(init: { method?: string; url: string; headers?: Record<string, string>; body?: string }): SandboxRequest {
  const url = new URL(init.url);
  return {
    method: init.method ?? 'GET',
    host: url.hostname.toLowerCase(),
    url,
    path: url.pathname,
    query: url.searchParams,
    headers: Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    body: init.body ?? '',
  };
}

export const basic = (key: string, secret: string): string => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;

/** The body a host response would send, as text. */
export function bodyText(res: SandboxResponse): string {
  if (res.rawBody !== undefined) return res.rawBody;
  return res.body === undefined ? '' : JSON.stringify(res.body);
}

/**
 * A `fetch` that hands each request to the sandbox host playing its hostname, in this process:
 * the product's real clients talk to the sandbox's real answers without a server or a browser.
 * Redirects are not followed (the REST API does not redirect).
 */
export function inProcessFetch(hosts: readonly HostDefinition[], seen: SandboxRequest[] = []): typeof fetch {
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const req = sandboxRequest({ method: init?.method ?? 'GET', url: url.href, headers, body: typeof init?.body === 'string' ? init.body : '' });
    seen.push(req);
    const def = findHost(hosts, req.host);
    if (!def) throw new TypeError(`fetch failed: no sandbox host plays ${req.host}`);
    const res = await def.handle(req);
    const responseHeaders = new Headers(res.headers ?? {});
    if (res.body !== undefined && res.rawBody === undefined && !responseHeaders.has('content-type')) responseHeaders.set('content-type', 'application/json; charset=utf-8');
    return new Response(bodyText(res), { status: res.status, headers: responseHeaders });
  };
  return impl as typeof fetch;
}

export function inProcessHttp(hosts: readonly HostDefinition[], seen: SandboxRequest[] = []): HttpDeps {
  return { fetch: inProcessFetch(hosts, seen), sleep: () => Promise.resolve(), random: () => 0, now: Date.now };
}

/** A `fetch` through a running sandbox over HTTPS (real hostname as SNI and Host), for faults from the core pipeline. */
export function sandboxFetch(client: { request(url: string, init?: { method?: string; headers?: Record<string, string> }): Promise<{ status: number; headers: Record<string, string>; text: string }> }): typeof fetch {
  const impl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const res = await client.request(String(input), { method: init?.method ?? 'GET', headers });
    const body = res.status === 204 || res.status === 304 ? null : res.text;
    return new Response(body, { status: res.status, headers: res.headers });
  };
  return impl as typeof fetch;
}
