import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createExactHost, type ExactControl, type ExactHost } from '../exact/host';
import type { Scenario } from '../scenarios/types';
import { makeCertificate } from './cert';
import { handleControl, type ControlTarget } from './control';
import { FaultBook } from './faults';
import { serveRequest, type PipelineState } from './pipeline';
import { CONTROL_HOST, type Sandbox, type SandboxOptions, type SandboxWiring, type Side } from './sandbox-types';
import { sandboxClient } from './test-client';
import type { HostDefinition, RequestRecord, Violation } from './types';

const SIDES: readonly Side[] = ['shop', 'accounting', 'page'];

/**
 * Starts the sandbox: one HTTPS server on 127.0.0.1 playing every host of the scenario.
 * `wiring` supplies the shop hosts and named scenarios (server.ts wires the real ones; unit tests
 * can run Exact alone).
 */
export async function launchSandbox(options: SandboxOptions, wiring: SandboxWiring): Promise<Sandbox> {
  let scenario = options.scenario;
  let exact: ExactHost;
  let hosts: HostDefinition[] = [];
  const faults = new FaultBook();
  const latency: Record<Side, number> = { shop: 0, accounting: 0, page: 0 };
  let records: RequestRecord[] = [];
  const violations: Violation[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function build(next: Scenario): void {
    const clock = options.now ? { now: options.now } : {};
    exact = createExactHost(next.exact, clock);
    hosts = [...exact.hosts, ...wiring.shopHosts(next, clock), ...(options.extraHosts ?? [])];
    scenario = next;
  }
  build(scenario);

  const pipeline: PipelineState = {
    hosts: () => hosts,
    faults,
    latency: (side) => latency[side],
    record: (entry) => void records.push(entry),
    violate: (entry) => void violations.push(entry),
    control: (req) => handleControl(req, control),
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
  };

  const hostnames = (): string[] => [...new Set([...hosts.flatMap((host) => host.hostnames), CONTROL_HOST])];
  let certNames = hostnames().join(',');
  const server = createServer({ ...makeCertificate(hostnames()) }, (req, res) => {
    void serveRequest(req, res, pipeline).catch((error: unknown) => {
      console.error('[sandbox] request failed', error);
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  // The exact host object is replaced on load; this facade keeps `sandbox.exact` valid.
  const exactControl: ExactControl = {
    setAutoConsent: (on) => exact.control.setAutoConsent(on),
    autoConsent: () => exact.control.autoConsent(),
    setConsentUser: (userId) => exact.control.setConsentUser(userId),
    revokeTokens: () => exact.control.revokeTokens(),
    expireAccessTokens: () => exact.control.expireAccessTokens(),
    tokenRequests: () => exact.control.tokenRequests(),
    resetRateLimits: () => exact.control.resetRateLimits(),
    errorsInWindow: (...key) => exact.control.errorsInWindow(...key),
    advanceClock: (ms) => exact.control.advanceClock(ms),
    now: () => exact.control.now(),
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const client = sandboxClient(port);

  const sandbox: Sandbox = {
    port,
    get hostnames() {
      return hostnames();
    },
    scenario: () => scenario,
    hostResolverRules: () => hostnames().map((name) => `MAP ${name} 127.0.0.1:${port}`).join(', '),
    chromiumArgs: () => [`--host-resolver-rules=${sandbox.hostResolverRules()}`, '--ignore-certificate-errors'],
    faults: { add: (rule) => faults.add(rule), clear: () => faults.clear(), list: () => faults.list() },
    setLatency: (ms, side) => {
      for (const each of side ? [side] : SIDES) latency[each] = ms;
    },
    requests: () => [...records],
    clearRequests: () => {
      records = [];
    },
    violations: () => [...violations],
    clearViolations: () => {
      violations.length = 0;
    },
    request: ({ host, path, ...init }) => client.request(`https://${host}${path}`, init),
    load: (next) => {
      build(next);
      faults.clear();
      sandbox.setLatency(0);
      const names = hostnames().join(',');
      if (names !== certNames) {
        server.setSecureContext(makeCertificate(hostnames()));
        certNames = names;
      }
    },
    exact: exactControl,
    stop: async () => {
      if (!server.listening) return;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };

  const control: ControlTarget = {
    sandbox,
    scenarioNames: () => Object.keys(wiring.scenarios),
    loadNamed: (name) => {
      const make = wiring.scenarios[name];
      if (!make) return false;
      sandbox.load(make());
      return true;
    },
  };

  return sandbox;
}
