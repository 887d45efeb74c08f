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
  },
});
