import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerWithFault, type FaultBook } from './faults';
import { findHost, normalizeHost } from './host-router';
import { readBody, textResponse, toSandboxRequest, writeResponse } from './http-io';
import { CONTROL_HOST, type Side } from './sandbox-types';
import type { HostDefinition, RequestRecord, SandboxRequest, SandboxResponse, Violation } from './types';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What one request needs from the running sandbox. */
export interface PipelineState {
  hosts(): readonly HostDefinition[];
  faults: FaultBook;
  latency(side: Side): number;
  record(entry: RequestRecord): void;
  violate(entry: Violation): void;
  control(req: SandboxRequest): SandboxResponse;
  /** Resolves after `ms`, or never once the sandbox stops (its socket is gone by then). */
  sleep(ms: number): Promise<void>;
}

async function answer(host: HostDefinition, req: SandboxRequest): Promise<SandboxResponse> {
  try {
    return await host.handle(req);
  } catch (error) {
    // A crash here is a sandbox bug; make it loud rather than a plausible API answer.
    console.error(`[sandbox] ${host.describe} crashed on ${req.method} ${req.url.href}`, error);
    return textResponse(500, `import-doctor sandbox: host handler crashed: ${String(error)}`);
  }
}

/** One request: route by Host, refuse writes, apply latency and faults, answer, record. */
export async function serveRequest(incoming: IncomingMessage, res: ServerResponse, state: PipelineState): Promise<void> {
  const at = Date.now();
  const host = normalizeHost(incoming.headers.host);
  let body: string;
  try {
    body = await readBody(incoming);
  } catch {
    writeResponse(res, textResponse(413, 'import-doctor sandbox: request body too large'));
    return;
  }
  const req = toSandboxRequest(incoming, host, body);
  if (host === CONTROL_HOST) {
    writeResponse(res, state.control(req));
    return;
  }
  const def = findHost(state.hosts(), host);
  if (!def) {
    writeResponse(res, textResponse(421, `import-doctor sandbox: no host plays "${host}"`));
    return;
  }
  const record = (status: number, faulted: boolean): void =>
    state.record({ at, doneAt: Date.now(), method: req.method, host, path: req.path, query: req.url.search, side: def.side, status, faulted });

  if (!READ_METHODS.has(req.method) && !def.allowsWrite(req)) {
    state.violate({ at, method: req.method, host, path: req.path, reason: `write refused: ${req.method} is read-only here` });
    writeResponse(res, {
      status: 405,
      headers: { Allow: 'GET, HEAD, OPTIONS' },
      rawBody: `import-doctor sandbox: ${req.method} ${req.path} is a write; the extension must only read.`,
    });
    record(405, false);
    return;
  }

  const preempted = def.preempt?.(req) ?? null;
  if (preempted) {
    writeResponse(res, preempted);
    record(preempted.status, false);
    return;
  }

  const { latencyMs, fault } = state.faults.take(req);
  const delay = latencyMs + state.latency(def.side);
  if (delay > 0) await state.sleep(delay);
  const response = fault ? await answerWithFault(fault, def, () => answer(def, req)) : await answer(def, req);
  const faulted = fault !== null || latencyMs > 0;
  if (response.hang) {
    // Never answered; the socket is destroyed when the client gives up or the sandbox stops.
    record(0, faulted);
    return;
  }
  def.observe?.(req, response);
  writeResponse(res, response);
  record(response.status, faulted);
}
