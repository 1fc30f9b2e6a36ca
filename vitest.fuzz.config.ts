import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/**
 * `npm run fuzz`: every property test (`*.property.test.ts`) with FUZZ_SCALE times its unit-suite
 * case count (src/testing/property-runs.ts), the cases counted and summed at the end. The unit
 * suite runs the same properties with their small counts.
 */
export default defineConfig({
  ...viteConfig,
  test: {
    ...viteConfig.test,
    include: ['src/**/*.property.test.ts', 'templates/**/*.property.test.ts'],
    setupFiles: ['src/testing/fuzz/count-cases.ts'],
    globalSetup: ['src/testing/fuzz/fuzz-summary.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
