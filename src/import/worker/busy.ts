/**
 * Whether the page is waiting for the import worker (a file or text being read) or the reviewer's
 * workers (a batch of files being read and checked, review-pool.ts). Kept apart from
 * import-client.ts, with no dependency, so the first screen can ask without loading the client:
 * the offline service worker's first install waits until no import is running
 * (register-service-worker.ts; issue 17: on a first visit that install took ~2.4 s of the
 * browser's CPU, on a two-core machine beside the 45 MB .docx's import or a reviewer's folder).
 */
let running = 0;
let started = 0;
let waiting: (() => void)[] = [];

/** `work`, counted as import work while it runs (it settles as `work` does). */
export function asImportWork<T>(work: Promise<T>): Promise<T> {
  running += 1;
  started += 1;
  const done = (): void => {
    running -= 1;
    if (running > 0) return;
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };
  return work.finally(done);
}

/** Resolves when no import work is running (at once when none is). */
export function importWorkIdle(): Promise<void> {
  if (running === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}

/** How many imports have started so far (to tell whether one ran meanwhile). */
export function importWorkStarted(): number {
  return started;
}
