/** The benchmark's knobs, all from the environment (see `benchSettings`). */
export interface BenchSettings {
  /** BENCH_LATENCY_MS: added by the sandbox to every request, during the measured runs only. */
  latencyMs: number;
  /** BENCH_RUNS: rounds per single-diagnosis case, each in a new browser profile. */
  runs: number;
  /** BENCH_SKIP_10K=1: leave out the 10,000-order reconciliation (it takes minutes). */
  skip10k: boolean;
}

function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  return value;
}

function envFlag(name: string): boolean {
  const raw = (process.env[name] ?? '').trim().toLowerCase();
  return raw !== '' && raw !== '0' && raw !== 'false' && raw !== 'no';
}

export function benchSettings(): BenchSettings {
  return {
    latencyMs: envInt('BENCH_LATENCY_MS', 100, 0),
    runs: envInt('BENCH_RUNS', 5, 1),
    skip10k: envFlag('BENCH_SKIP_10K'),
  };
}
