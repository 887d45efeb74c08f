import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'components/**/*.test.ts', 'tests/sandbox/**/*.test.ts', 'tests/bench/**/*.test.ts', 'entrypoints/**/*.test.ts'],
    setupFiles: ['tests/unit-setup.ts'],
    mockReset: true,
    restoreMocks: true,
    pool: 'threads',
    maxWorkers: 2,
    // Under load (two workers on two cores, other jobs beside) the property and in-process
    // reconciliation tests take 5–8 s where they take 1–2 s alone; vitest's 5 s default would fail
    // the unit layer, and with it skip the e2e layer, for a slow machine rather than a bug.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
