import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pdfjsAssetsPlugin } from './build/pdfjs-assets-plugin.ts';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';
import { contentSecurityPolicy } from './csp.config.ts';
import { formatRegistryPlugin } from './build/format-registry-plugin.ts';

/**
 * Writes the Content Security Policy into the built index.html.
 *
 * Build only: in dev, @vitejs/plugin-react adds an inline React Refresh preamble script that
 * `script-src 'self'` would block. The built app has no inline script, so the policy stays
 * strict where it matters.
 */
function contentSecurityPolicyPlugin(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'nianbao:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>: a CSP meta tag only governs what the parser meets after it.
      handler(html) {
        if (!charset.test(html)) {
          throw new Error('index.html: <meta charset="UTF-8" /> not found; cannot place the CSP');
        }
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

/**
 * The browsers the app is built for. Clerks use old office PCs: 360 / older Chromium builds,
 * Firefox ESR on Kylin/UOS. (The engine bench bundles the engine for the same targets.)
 */
export const browserTargets = ['es2020', 'chrome87', 'edge88', 'firefox78', 'safari14'];

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Test builds only (the e2e project `variant`): a registry with test-only formats added.
const formatRegistry = process.env['NIANBAO_FORMAT_REGISTRY'];
const registryPlugins = (): Plugin[] =>
  formatRegistry ? [formatRegistryPlugin(fromRoot('.'), formatRegistry)] : [];

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-path (/nianbao/) of any static server.
  base: './',
  plugins: [
    ...registryPlugins(),
    react(),
    contentSecurityPolicyPlugin(),
    pdfjsAssetsPlugin(),
    serviceWorkerPlugin(),
  ],
  resolve: {
    alias: {
      '@templates': fromRoot('./templates'),
      '@': fromRoot('./src'),
    },
  },
  // The import worker is an ES module, so it can load the PDF reader only when a PDF comes.
  worker: { format: 'es', plugins: registryPlugins },
  build: {
    target: browserTargets,
  },
  test: {
    environment: 'node',
    // CI is 2 cores shared with LibreOffice conversions: whole-suite runs stretch CPU-bound tests
    // (property tests, zip bombs) far beyond their time alone. Hangs still fail, at 30 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.{ts,tsx}', 'templates/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
  },
});
