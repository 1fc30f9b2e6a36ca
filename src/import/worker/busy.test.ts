import { describe, expect, it } from 'vitest';
import { asImportWork, importWorkIdle, importWorkStarted } from './busy';

/** Whether `p` has settled after the pending microtasks and timers of this turn. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

function deferred<T>(): {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
} {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('import work and its idle moments', () => {
  it('is idle at once when no import runs', async () => {
    expect(await settled(importWorkIdle())).toBe(true);
  });

  it('waits for every import running, then wakes each waiter once', async () => {
    const a = deferred<string>();
    const b = deferred<string>();
    const workA = asImportWork(a.promise);
    const workB = asImportWork(b.promise);
    const idle1 = importWorkIdle();
    const idle2 = importWorkIdle();
    a.resolve('a');
    expect(await workA).toBe('a');
    expect(await settled(idle1)).toBe(false);
    b.resolve('b');
    expect(await workB).toBe('b');
    expect(await settled(idle1)).toBe(true);
    expect(await settled(idle2)).toBe(true);
    expect(await settled(importWorkIdle())).toBe(true);
  });

  it('counts the imports started', async () => {
    const before = importWorkStarted();
    await asImportWork(Promise.resolve(1));
    await asImportWork(Promise.reject(new Error('x'))).catch(() => undefined);
    expect(importWorkStarted()).toBe(before + 2);
  });

  it('counts a failed import as ended, and passes its failure on', async () => {
    const a = deferred<string>();
    const work = asImportWork(a.promise);
    const idle = importWorkIdle();
    a.reject(new Error('refused'));
    await expect(work).rejects.toThrow('refused');
    expect(await settled(idle)).toBe(true);
  });
});
