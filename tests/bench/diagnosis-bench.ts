import { extensionIdOf, extensionWorker, launchWithExtension } from '../e2e/browser';
import { connectThroughOptions } from '../e2e/connect';
import { startSandbox, type Sandbox } from '../sandbox/server';
import type { ScenarioConnection } from '../sandbox/scenarios/types';
import type { BenchCase } from './cases';
import { diagnoseAgain, diagnoseOnce, type RunResult } from './measure';
import type { CaseResult } from './report';
import { buildScenario, connectionOf, failOnWrites } from './scenario-setup';

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

/** The single-check figures of one platform: `runs` rounds, each in a new browser profile. */
export async function benchDiagnosis(bench: BenchCase, { latencyMs, runs }: { latencyMs: number; runs: number }): Promise<CaseResult> {
  const scenario = buildScenario(bench.scenarioName);
  const order = bench.pick(scenario);
  if (!order) throw new Error(`${bench.scenarioName}: no order to diagnose`);
  const connection = connectionOf(scenario, order);
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
    failOnWrites(sandbox.violations());
    return result;
  } finally {
    await sandbox.stop();
  }
}
