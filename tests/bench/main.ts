import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../e2e/browser';
import { bundleRows } from './bundle';
import { hostPermissionsOf } from './manifest';
import { benchBolFeed } from './bol-feed';
import { BENCH_CASES } from './cases';
import { benchDiagnosis } from './diagnosis-bench';
import { benchMasterData, masterDataReport } from './master-data';
import { documentFeedsReport } from './document-feeds';
import { RECON_CASES } from './recon-cases';
import { reconReport, reconSummary } from './recon-report';
import { reconcileOnce, type ReconResult } from './reconcile';
import { bundleReport, caseReport } from './report';
import { benchSettings } from './settings';

/**
 * `npm run bench`: for one diagnosis per shop platform, time to verdict, sequential round trips
 * and API calls per side against the sandbox with injected latency, cold and warm cache; for the
 * reconciliation of 1,000 and 10,000 Shopify orders, API calls per side against the paging
 * target, wall time, the worker's heap, what was stored and the classes against the ground
 * truth; Exact's master data (rows, bytes) before and after filtering to the connector's mapping;
 * bol.com calls per run for a 30-day backfill and a 15-minute follow-up (in process); and bundle
 * sizes. Figures only: nothing here passes or fails on them.
 */
async function main(): Promise<void> {
  const settings = benchSettings();
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  if (!existsSync(EXTENSION_DIR)) throw new Error(`no build at ${EXTENSION_DIR}: run wxt build first (npm run bench does)`);
  const sections: string[] = [];
  const failures: string[] = [];
  /** A case that cannot be measured is reported in its place; the others still run. */
  const unmeasured = (message: string) => {
    failures.push(message);
    sections.push(message);
  };
  const attempt = async <T>(what: string, measure: () => Promise<T>): Promise<T | null> => {
    try {
      return await measure();
    } catch (error) {
      unmeasured(`${what}: no figures, the run broke off: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const granted = hostPermissionsOf(EXTENSION_DIR);
  for (const bench of BENCH_CASES) {
    if (bench.grantedOrigin && !granted.includes(bench.grantedOrigin)) {
      unmeasured(`${bench.platform} (${bench.scenarioName}): not measured: the build does not grant ${bench.grantedOrigin}; build with PREGRANTED_ORIGINS=${bench.grantedOrigin} (npm run bench does)`);
      continue;
    }
    const result = await attempt(`${bench.platform} (${bench.scenarioName})`, () => benchDiagnosis(bench, settings));
    if (result) sections.push(caseReport(result, settings.latencyMs));
  }

  const masterData = await attempt('Exact master data before and after filtering', benchMasterData);
  if (masterData) sections.push(masterDataReport(masterData));

  const reconciled: ReconResult[] = [];
  const skipped: string[] = [];
  for (const recon of RECON_CASES) {
    const why = recon.skipped(settings);
    if (why) {
      skipped.push(`${recon.label} (${recon.scenarioName}): ${why}`);
      continue;
    }
    process.stderr.write(`reconciliation: ${recon.label}\n`);
    const result = await attempt(`reconciliation of ${recon.label} (${recon.scenarioName})`, () => reconcileOnce(recon, settings.latencyMs));
    if (!result) continue;
    reconciled.push(result);
    sections.push(reconReport(result, settings.latencyMs));
  }
  sections.push(reconSummary(reconciled, skipped));
  const feeds = await attempt('Exact documents, bulk vs sync fallback', documentFeedsReport);
  if (feeds) sections.push(feeds);

  const bolSellers = settings.skip10k ? [1_000] : [1_000, 10_000];
  const bol = await attempt('Bol.com reconciliation (in process)', () => benchBolFeed(bolSellers));
  if (bol) sections.push(bol);

  sections.push(bundleReport(relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR, bundleRows(EXTENSION_DIR)));
  console.log(`\nimport-doctor bench\n\n${sections.join(`\n\n${'='.repeat(100)}\n\n`)}`);
  // Figures are never judged; a case that could not be measured at all is.
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
