import { importWorkIdle, importWorkStarted } from './import/worker/busy';

/**
 * How long the page is to be without import work, after its load, before the service worker is
 * registered. Its first install fetches
 * and caches the app's ~150 files and makes their code caches: ~2.4 s of the browser's CPU
 * (the service worker's thread, the IO threads), which on a two-core machine slowed whatever
 * the clerk did first — a 45 MB .docx imported at once took ~twice its CPU in wall time beside
 * it (issue 17, docs/performance.md "Stop 27"). Later visits only check for an update.
 */
export const REGISTER_DELAY_MS = 3000;

/**
 * Calls `register` once the page has loaded and then been `quietMs` without import work (none
 * started meanwhile, none running at the end: `started` and `idle`, busy.ts), at the browser's
 * next idle moment (after an import's answer is drawn).
 */
export async function registerWhenSettled(
  register: () => Promise<unknown>,
  quietMs: number = REGISTER_DELAY_MS,
  started: () => number = importWorkStarted,
  idle: () => Promise<void> = importWorkIdle,
): Promise<void> {
  for (;;) {
    const before = started();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    await idle();
    if (started() === before) break;
  }
  await new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 1000 })
      : setTimeout(resolve, 0),
  );
  await register();
}

/**
 * Registers the offline service worker of production builds (build/service-worker-plugin.ts).
 * Not in development (Vite serves modules live) and not from file:// (browsers refuse). A
 * failure only costs the offline copy, so it is ignored.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  window.addEventListener('load', () => {
    registerWhenSettled(() => navigator.serviceWorker.register('./sw.js', { scope: './' })).catch(
      () => undefined,
    );
  });
}
