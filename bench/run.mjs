// `npm run bench`: starts Vite in-process (no HTTP server) only to load bench/runner.ts and
// the entries as TypeScript with the app's aliases, on Node 20, which cannot run .ts itself.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

const vite = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});

try {
  const load = (path) => vite.ssrLoadModule(path);
  const { runBenchmarks } = await load('/bench/runner.ts');
  process.exitCode = await runBenchmarks(root, process.argv.slice(2), load);
} finally {
  await vite.close();
}
