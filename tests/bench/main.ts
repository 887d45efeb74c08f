import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, extensionIdOf, extensionWorker, launchWithExtension } from '../e2e/browser';
import { connectThroughOptions } from '../e2e/connect';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { scenarios } from '../sandbox/scenarios/index';
import type { ScenarioConnection } from '../sandbox/scenarios/types';
import { bundleRows } from './bundle';
import { BENCH_CASES, type BenchCase } from './cases';
import { diagnoseAgain, diagnoseOnce, type RunResult } from './measure';
import { bundleReport, caseReport, type CaseResult } from './report';

/**
 * `npm run bench`: time to verdict, sequential round trips and API calls per side for one
 * diagnosis against the sandbox with injected latency, cold and warm cache, plus bundle sizes.
 * Figures only: nothing here passes or fails on wall time.
 */
function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

interface Settings {
  /** Added by the sandbox to every request, during the measured runs only. */
  latencyMs: number;
  /** Rounds per case, each in a new browser profile. */
  runs: number;
}

/**
 * One round in a new browser profile: connect (no latency), then a cold diagnosis (empty
 * master-data cache), a warm one (page reloaded, cache filled) and "Check again" on that page.
 */
async function runRound(sandbox: Sandbox, connection: ScenarioConnection, url: string, latencyMs: number): Promise<Record<'cold' | 'warm' | 'again', RunResult>> {
  const context = await launchWithExtension({ hostResolverRules: sandbox.hostResolverRules() });
  try {
    const extensionId = extensionIdOf(await extensionWorker(context));
    const options = await connectThroughOptions(context, extensionId, connection);
    await options.close();
    const page = await context.newPage();
    const cold = await diagnoseOnce(page, sandbox, url, latencyMs);
    const warm = await diagnoseOnce(page, sandbox, url, latencyMs);
    const again = await diagnoseAgain(page, sandbox, latencyMs);
    return { cold, warm, again };
  } finally {
    await context.close();
  }
}

async function benchCase(bench: BenchCase, { latencyMs, runs }: Settings): Promise<CaseResult> {
  const make = scenarios[bench.scenarioName];
  if (!make) throw new Error(`unknown scenario ${bench.scenarioName}`);
  const scenario = make();
  const order = bench.pick(scenario);
  if (!order) throw new Error(`${bench.scenarioName}: no order to diagnose`);
  const connection = scenario.connections.find((c) => c.profile.id === order.connectionId);
  if (!connection) throw new Error(`${bench.scenarioName}: no connection ${order.connectionId}`);
  const sandbox = await startSandbox({ scenario });
  try {
    const result: CaseResult = { bench, order, cold: [], warm: [], again: [] };
    for (let i = 1; i <= runs; i += 1) {
      process.stderr.write(`${bench.platform}: round ${i}/${runs}\n`);
      const round = await runRound(sandbox, connection, order.adminUrl, latencyMs);
      result.cold.push(round.cold);
      result.warm.push(round.warm);
      result.again.push(round.again);
    }
    const writes = sandbox.violations();
    if (writes.length > 0) throw new Error(`the extension wrote to an API: ${writes.map((v) => `${v.method} ${v.host}${v.path}`).join('; ')}`);
    return result;
  } finally {
    await sandbox.stop();
  }
}

async function main(): Promise<void> {
  const settings: Settings = { latencyMs: envInt('BENCH_LATENCY_MS', 100, 0), runs: envInt('BENCH_RUNS', 5, 1) };
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  if (!existsSync(EXTENSION_DIR)) throw new Error(`no build at ${EXTENSION_DIR}: run wxt build first (npm run bench does)`);
  const sections: string[] = [];
  for (const bench of BENCH_CASES) sections.push(caseReport(await benchCase(bench, settings), settings.latencyMs));
  sections.push(bundleReport(relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR, bundleRows(EXTENSION_DIR)));
  console.log(`\nimport-doctor bench\n\n${sections.join(`\n\n${'='.repeat(100)}\n\n`)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
