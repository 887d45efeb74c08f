import type { IncomingHttpHeaders } from 'node:http';

/** One HTTP request as a sandbox host sees it (body already read as text). */
export interface SandboxRequest {
  method: string;
  /** Host header without port, lower-cased. */
  host: string;
  url: URL;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * What a host answers. `body` objects are sent as JSON (content-type set unless given).
 * `rawBody` strings are sent as they are (HTML pages, truncated JSON).
 */
export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** Hang: never answer (the connection stays open until the client gives up or the server stops). */
  hang?: boolean;
}

export type HostHandler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

/** A real hostname the sandbox plays, e.g. `start.exactonline.nl` or `*.myshopify.com`. */
export interface HostDefinition {
  /** Names for --host-resolver-rules; a leading `*.` maps a whole domain. */
  hostnames: string[];
  /** Human summary for `npm run sandbox`. */
  describe: string;
  /** Which side of the product it plays, for call counting: 'shop', 'accounting' or 'page'. */
  side: 'shop' | 'accounting' | 'page';
  /**
   * Whether a non-GET request is allowed (token endpoints, GraphQL queries). Anything else that
   * writes is refused with 405 and recorded as a violation that fails the test.
   */
  allowsWrite(req: SandboxRequest): boolean;
  handle: HostHandler;
  /**
   * Optional: the headers this API adds to a 429 (a `rate-limit` fault), e.g. Exact's minutely
   * X-RateLimit-* headers. `Retry-After` is added by the fault itself.
   */
  rateLimitHeaders?(retryAfterSeconds: number): Record<string, string>;
  /** Optional: an answer that comes before injected faults and the host, e.g. Exact's error block. */
  preempt?(req: SandboxRequest): SandboxResponse | null;
  /** Optional: sees every answer given for this host, injected faults included (Exact counts errors). */
  observe?(req: SandboxRequest, response: SandboxResponse): void;
}

/** One injected fault, matched against requests; applied before the host answers. */
export interface FaultRule {
  host?: string | RegExp;
  path?: string | RegExp;
  method?: string;
  /** How many matching requests it affects; default: all. */
  times?: number;
  fault:
    | { kind: 'latency'; ms: number }
    | { kind: 'status'; status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
    | { kind: 'rate-limit'; retryAfterSeconds: number }
    | { kind: 'html-error'; status: number }
    | { kind: 'truncated-json' }
    | { kind: 'invalid-json-shape' }
    | { kind: 'hang' }
    | { kind: 'throttled-graphql' };
}

/** Every request the sandbox saw, for assertions and for the benchmark's call counts. */
export interface RequestRecord {
  at: number;
  /** When the answer was written (for hung requests: when the sandbox gave up on them). */
  doneAt: number;
  method: string;
  host: string;
  path: string;
  query: string;
  side: 'shop' | 'accounting' | 'page';
  /** 0 when a `hang` fault kept the request unanswered. */
  status: number;
  faulted: boolean;
}

export interface Violation {
  at: number;
  method: string;
  host: string;
  path: string;
  reason: string;
}
