import { INVALID_SHAPE_BODY, proxyErrorPage, SHOPIFY_THROTTLED_BODY } from './fault-bodies';
import { hostMatches } from './host-router';
import { serializeBody } from './http-io';
import type { FaultRule, HostDefinition, SandboxRequest, SandboxResponse } from './types';

export type Fault = FaultRule['fault'];

interface ActiveRule {
  rule: FaultRule;
  /** null: applies to every matching request. */
  remaining: number | null;
}

/**
 * Matching: host string → exact name or `*.domain`; path string → pathname startsWith;
 * a RegExp is tested against pathname + search (so a query can be matched too).
 */
export function ruleMatches(rule: FaultRule, req: SandboxRequest): boolean {
  if (rule.method && rule.method.toUpperCase() !== req.method) return false;
  if (rule.host !== undefined) {
    const ok = typeof rule.host === 'string' ? hostMatches(rule.host, req.host) : rule.host.test(req.host);
    if (!ok) return false;
  }
  if (rule.path !== undefined) {
    const ok =
      typeof rule.path === 'string'
        ? req.path.startsWith(rule.path)
        : rule.path.test(req.path + req.url.search);
    if (!ok) return false;
  }
  return true;
}

/** The injected faults, in the order they were added. */
export class FaultBook {
  private rules: ActiveRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ rule, remaining: rule.times ?? null });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ rule, remaining }) => (remaining === null ? rule : { ...rule, times: remaining }));
  }

  /**
   * Consumes the rules this request triggers: every matching latency rule adds its delay, and the
   * first matching rule of any other kind decides the answer.
   */
  take(req: SandboxRequest): { latencyMs: number; fault: Fault | null } {
    let latencyMs = 0;
    let fault: Fault | null = null;
    for (const active of this.rules) {
      if (active.remaining === 0 || !ruleMatches(active.rule, req)) continue;
      const isLatency = active.rule.fault.kind === 'latency';
      if (!isLatency && fault !== null) continue;
      if (active.rule.fault.kind === 'latency') latencyMs += active.rule.fault.ms;
      else fault = active.rule.fault;
      if (active.remaining !== null) active.remaining -= 1;
    }
    this.rules = this.rules.filter((active) => active.remaining !== 0);
    return { latencyMs, fault };
  }
}

/** Turns a fault into the answer; `answer` produces the host's real answer when the fault needs it. */
export async function answerWithFault(
  fault: Fault,
  host: HostDefinition,
  answer: () => Promise<SandboxResponse>,
): Promise<SandboxResponse> {
  switch (fault.kind) {
    case 'latency':
      return answer();
    case 'status': {
      const response: SandboxResponse = { status: fault.status };
      if (fault.headers) response.headers = fault.headers;
      if (fault.rawBody !== undefined) response.rawBody = fault.rawBody;
      else if (fault.body !== undefined) response.body = fault.body;
      return response;
    }
    case 'rate-limit':
      return {
        status: 429,
        headers: {
          ...(host.rateLimitHeaders?.(fault.retryAfterSeconds) ?? {}),
          'Retry-After': String(fault.retryAfterSeconds),
        },
        rawBody: '',
      };
    case 'html-error':
      return {
        status: fault.status,
        headers: { 'Content-Type': 'text/html' },
        rawBody: proxyErrorPage(fault.status),
      };
    case 'truncated-json':
      return truncate(await answer());
    case 'invalid-json-shape':
      return { status: 200, body: INVALID_SHAPE_BODY };
    case 'hang':
      return { status: 0, hang: true };
    case 'throttled-graphql':
      return { status: 200, body: SHOPIFY_THROTTLED_BODY };
  }
}

/** The real answer cut in half: a connection dropped mid-body, as the client's JSON parser sees it. */
function truncate(real: SandboxResponse): SandboxResponse {
  const serialized = serializeBody(real);
  const text = serialized?.text ?? '';
  const headers = { ...(real.headers ?? {}) };
  if (serialized?.isJson && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  return { status: real.status, headers, rawBody: text.slice(0, Math.floor(text.length / 2)) };
}
