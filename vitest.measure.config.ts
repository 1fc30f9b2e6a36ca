import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** `npm run measure -- FROM TO` (scripts/measure.mjs): the held-out measure, never part of `npm test`. */
export default defineConfig({
  ...viteConfig,
  test: {
    ...viteConfig.test,
    include: ['scripts/*.measure.ts'],
    testTimeout: 600_000,
  },
});
