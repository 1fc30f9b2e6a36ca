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
 * How long after the page's load the clerk's typing may keep the install waiting; after that it
 * waits for import work only. A clerk pauses now and then (to read the paper report): the
 * limit only keeps the offline copy from waiting forever for one who never does.
 */
export const TYPING_WAIT_LIMIT_MS = 120_000;

/** The clerk's doing on the page: keys, text input (also pasting, IME), pointer presses. */
const kinds = ['keydown', 'input', 'pointerdown'] as const;

/**
 * Counts the clerk's typing and clicking on `target` (keys, text input, pointer presses, in the
 * capture phase) for `limitMs`, or until `stop()`: the install waits for a pause in them too. On a first visit the
 * install's ~2.4 s of CPU beside the clerk's typing made the keys typed meanwhile two to three
 * times slower (a 表三 keystroke → DOM p95 of 37 against 13 ms for the other keys of the same
 * run, load 11; docs/performance.md, stop 28): on a two-core machine those ~20–30 keys of 240
 * were the p95.
 */
export function countTyping(
  target: EventTarget,
  limitMs: number = TYPING_WAIT_LIMIT_MS,
): { readonly count: () => number; readonly stop: () => void } {
  let count = 0;
  const seen = (): void => {
    count += 1;
  };
  const options = { capture: true, passive: true } as const;
  for (const type of kinds) target.addEventListener(type, seen, options);
  const stop = (): void => {
    clearTimeout(timer);
    for (const type of kinds) target.removeEventListener(type, seen, options);
  };
  const timer = setTimeout(stop, limitMs);
  return { count: () => count, stop };
}

/**
 * Calls `register` once the page has loaded and then been `quietMs` without import work or
 * typing (none started meanwhile — `started` counts both, busy.ts and `countTyping` — and no
 * import running at the end: `idle`), at the browser's next idle moment (after an import's
 * answer is drawn).
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
    const typing = countTyping(window);
    registerWhenSettled(
      () => {
        typing.stop();
        return navigator.serviceWorker.register('./sw.js', { scope: './' });
      },
      REGISTER_DELAY_MS,
      () => importWorkStarted() + typing.count(),
    ).catch(() => undefined);
  });
}
