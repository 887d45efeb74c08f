import { z } from 'zod';
import type { Sandbox, Side } from './sandbox-types';
import type { FaultRule, SandboxRequest, SandboxResponse } from './types';

/** FaultRule as JSON: string patterns only (host: exact or `*.domain`; path: prefix). */
const FaultJson = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().nonnegative() }),
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    rawBody: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('html-error'), status: z.number().int().min(100).max(599) }),
  z.object({ kind: z.literal('truncated-json') }),
  z.object({ kind: z.literal('invalid-json-shape') }),
  z.object({ kind: z.literal('hang') }),
  z.object({ kind: z.literal('throttled-graphql') }),
]);

const FaultRuleJson = z.object({
  host: z.string().optional(),
  path: z.string().optional(),
  method: z.string().optional(),
  times: z.number().int().positive().optional(),
  fault: FaultJson,
});

const SideJson = z.enum(['shop', 'accounting', 'page']);
const LatencyJson = z.object({ ms: z.number().int().nonnegative(), side: SideJson.optional() });
const AutoConsentJson = z.object({ on: z.boolean() });
const ClockJson = z.object({ ms: z.number().int() });

export interface ControlTarget {
  sandbox: Sandbox;
  scenarioNames(): string[];
  loadNamed(name: string): boolean;
}

const ok = (body: unknown = { ok: true }): SandboxResponse => ({ status: 200, body });
const bad = (message: string): SandboxResponse => ({ status: 400, body: { error: message } });

function parseJson<T>(schema: z.ZodType<T>, text: string): T | string {
  let raw: unknown;
  try {
    raw = text === '' ? {} : JSON.parse(text);
  } catch {
    return 'body is not JSON';
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : z.prettifyError(parsed.error);
}

function describeRule(rule: FaultRule): unknown {
  return { ...rule, host: rule.host?.toString(), path: rule.path?.toString() };
}

/** The control API on `sandbox.import-doctor.test`, for the demo and out-of-process tools. */
export function handleControl(req: SandboxRequest, target: ControlTarget): SandboxResponse {
  const { sandbox } = target;
  const route = `${req.method} ${req.path.replace(/\/$/, '') || '/'}`;
  const withBody = <T>(schema: z.ZodType<T>, act: (value: T) => SandboxResponse): SandboxResponse => {
    const value = parseJson(schema, req.body);
    return typeof value === 'string' ? bad(value) : act(value);
  };

  switch (route) {
    case 'GET /':
    case 'GET /state':
      return ok({
        scenario: sandbox.scenario().name,
        scenarios: target.scenarioNames(),
        port: sandbox.port,
        hostnames: sandbox.hostnames,
        hostResolverRules: sandbox.hostResolverRules(),
        faults: sandbox.faults.list().map(describeRule),
        requestCount: sandbox.requests().length,
        violations: sandbox.violations(),
        exact: { autoConsent: sandbox.exact.autoConsent(), now: sandbox.exact.now() },
      });
    case 'GET /requests':
      return ok(sandbox.requests());
    case 'POST /requests/clear':
      sandbox.clearRequests();
      return ok();
    case 'GET /violations':
      return ok(sandbox.violations());
    case 'GET /faults':
      return ok(sandbox.faults.list().map(describeRule));
    case 'POST /faults':
      return withBody(FaultRuleJson, (rule) => {
        sandbox.faults.add(rule as FaultRule);
        return ok();
      });
    case 'POST /faults/clear':
      sandbox.faults.clear();
      return ok();
    case 'POST /latency':
      return withBody(LatencyJson, ({ ms, side }) => {
        sandbox.setLatency(ms, side as Side | undefined);
        return ok();
      });
    case 'POST /exact/auto-consent':
      return withBody(AutoConsentJson, ({ on }) => {
        sandbox.exact.setAutoConsent(on);
        return ok();
      });
    case 'POST /exact/revoke-tokens':
      sandbox.exact.revokeTokens();
      return ok();
    case 'POST /exact/reset-rate-limits':
      sandbox.exact.resetRateLimits();
      return ok();
    case 'POST /exact/advance-clock':
      return withBody(ClockJson, ({ ms }) => {
        sandbox.exact.advanceClock(ms);
        return ok();
      });
    case 'GET /exact/token-requests':
      return ok(sandbox.exact.tokenRequests());
  }
  const scenario = /^POST \/scenario\/([\w-]+)$/.exec(route);
  if (scenario?.[1]) {
    return target.loadNamed(scenario[1])
      ? ok({ scenario: scenario[1] })
      : { status: 404, body: { error: `unknown scenario ${scenario[1]}`, scenarios: target.scenarioNames() } };
  }
  return { status: 404, body: { error: `no control route ${route}` } };
}
