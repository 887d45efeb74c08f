import type { HttpDeps } from '../../../lib/net/http';
import type { HostDefinition, SandboxRequest } from '../core/types';

/**
 * Test helper: HttpDeps whose fetch hands each request straight to the sandbox host that plays its
 * hostname (no sockets, no TLS), on a fake clock that sleeps advance. Lets the product's own
 * clients page through a scenario's world in a unit test; records what was asked and answered.
 */
export interface HostCall {
  host: string;
  method: string;
  url: URL;
  status: number;
  /** The JSON body answered (for query-cost and paging assertions). */
  body: unknown;
}

export function hostFetch(hosts: readonly HostDefinition[], start: number) {
  const clock = { now: start };
  const calls: HostCall[] = [];
  const sleeps: number[] = [];
  const find = (hostname: string): HostDefinition | undefined =>
    hosts.find((h) => h.hostnames.some((name) => (name.startsWith('*.') ? hostname.endsWith(name.slice(1)) : hostname === name)));

  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const host = find(url.hostname);
    if (!host || url.protocol !== 'https:') throw new TypeError(`fetch failed: nothing plays ${url.origin}`);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const req: SandboxRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      host: url.hostname.toLowerCase(),
      url,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: typeof init?.body === 'string' ? init.body : init?.body instanceof URLSearchParams ? init.body.toString() : '',
    };
    if (req.method !== 'GET' && !host.allowsWrite(req)) throw new Error(`a write the sandbox refuses: ${req.method} ${url.pathname}`);
    const answer = await host.handle(req);
    const text = answer.rawBody ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    calls.push({ host: url.hostname, method: req.method, url, status: answer.status, body: answer.body });
    const responseHeaders = new Headers(answer.headers ?? {});
    if (answer.body !== undefined && !responseHeaders.has('content-type')) responseHeaders.set('content-type', 'application/json');
    const nullBody = answer.status === 204 || answer.status === 304;
    return new Response(nullBody ? null : text, { status: answer.status, headers: responseHeaders });
  };

  const deps: HttpDeps = {
    fetch: fetchImpl as typeof fetch,
    sleep: (ms) => {
      sleeps.push(ms);
      clock.now += ms;
      return Promise.resolve();
    },
    random: () => 0.5,
    now: () => clock.now,
  };
  return { deps, clock, calls, sleeps };
}
