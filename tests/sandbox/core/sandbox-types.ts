import type { ExactControl } from '../exact/host';
import type { Scenario } from '../scenarios/types';
import type { TestResponse } from './test-client';
import type { FaultRule, HostDefinition, RequestRecord, Violation } from './types';

/** Reserved hostname of the control API (never recorded, never a violation). */
export const CONTROL_HOST = 'sandbox.import-doctor.test';

export type Side = RequestRecord['side'];

export interface SandboxOptions {
  scenario: Scenario;
  /** 0 (default) picks a free port. */
  port?: number;
  /** More hosts to play, e.g. a self-hosted WooCommerce shop. */
  extraHosts?: HostDefinition[];
  /** Base clock of the API hosts (Exact token lifetimes and rate limits, Shopify's 60-day window); default Date.now. */
  now?: () => number;
}

/** How the generic sandbox gets its shop hosts and its named scenarios (wired in server.ts). */
export interface SandboxWiring {
  /** Every shop platform's hosts for a scenario (each platform reads its own part of it). */
  shopHosts(scenario: Scenario, options: { now?: () => number }): HostDefinition[];
  scenarios: Readonly<Record<string, () => Scenario>>;
}

export interface SandboxRequestInit {
  method?: string;
  host: string;
  /** Path with query, e.g. `/api/v1/current/Me?$select=CurrentDivision`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface FaultControl {
  add(rule: FaultRule): void;
  clear(): void;
  /** Active rules; `times` shows what is left. */
  list(): FaultRule[];
}

export interface Sandbox {
  readonly port: number;
  /** Every hostname served (wildcards as `*.domain`), the control host included. */
  readonly hostnames: string[];
  /** The scenario currently served. */
  scenario(): Scenario;
  /** `MAP start.exactonline.nl 127.0.0.1:PORT, MAP *.myshopify.com 127.0.0.1:PORT, ...` */
  hostResolverRules(): string;
  /** `--host-resolver-rules=...` and `--ignore-certificate-errors`. */
  chromiumArgs(): string[];
  faults: FaultControl;
  /** Added to every request of one side (or all sides), on top of latency faults. */
  setLatency(ms: number, side?: Side): void;
  requests(): RequestRecord[];
  clearRequests(): void;
  /** Writes the extension attempted (the test must fail on any). */
  violations(): Violation[];
  clearViolations(): void;
  /**
   * One request to a served host, from Node, as the browser would send it (real hostname as SNI and
   * Host). Recorded like any other request; handy for tests of the sandbox itself.
   */
  request(init: SandboxRequestInit): Promise<TestResponse>;
  /**
   * Swaps the data without a restart: fresh host state (tokens, rate limits, consent mode), no
   * faults, no latency. Requests and violations are kept.
   */
  load(scenario: Scenario): void;
  /** Steering of the Exact host; stays valid across `load`. */
  readonly exact: ExactControl;
  /** Closes the server and destroys every open socket (keep-alive, hanging requests). */
  stop(): Promise<void>;
}
