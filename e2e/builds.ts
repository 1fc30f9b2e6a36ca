import { basename, join } from 'node:path';

/**
 * The builds the e2e tests drive. E2E_PORT / E2E_DIST let several runs (engineers working side by
 * side) build and serve apart.
 *
 * - `app`: the production build, what a clerk gets; every spec but one runs against it.
 * - `variant`: the same app built with the test-only regional variant format added to the
 *   registry (templates/fixtures/variant/registry.ts, through vite.config.ts's
 *   NIANBAO_FORMAT_REGISTRY); only e2e/format-variant.spec.ts runs against it.
 */
const port = Number(process.env['E2E_PORT'] ?? 4173);
const dist = process.env['E2E_DIST'] ?? 'dist';

export const builds = {
  app: { port, dist, env: { NIANBAO_FORMAT_REGISTRY: '' } },
  variant: {
    port: Number(process.env['E2E_VARIANT_PORT'] ?? port + 100),
    dist: process.env['E2E_VARIANT_DIST'] ?? join('.tmp', `${basename(dist)}-variant`),
    env: { NIANBAO_FORMAT_REGISTRY: 'templates/fixtures/variant/registry.ts' },
  },
} as const;

/** The spec that runs against the variant build. */
export const variantSpec = /format-variant\.spec\.ts$/;
