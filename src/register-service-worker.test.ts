import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerWhenSettled } from './register-service-worker';

afterEach(() => {
  vi.useRealTimers();
});

/** Import work as busy.ts counts it, driven by the test. */
function fakeImports(): {
  started: () => number;
  idle: () => Promise<void>;
  begin: () => void;
  end: () => void;
} {
  let count = 0;
  let running = false;
  let wake: (() => void) | null = null;
  return {
    started: () => count,
    idle: () => (running ? new Promise<void>((resolve) => (wake = resolve)) : Promise.resolve()),
    begin: () => {
      count += 1;
      running = true;
    },
    end: () => {
      running = false;
      wake?.();
      wake = null;
    },
  };
}

describe('the service worker registered once the page has settled', () => {
  it('registers after a quiet period with no import', async () => {
    vi.useFakeTimers();
    const imports = fakeImports();
    const register = vi.fn(() => Promise.resolve());
    const done = registerWhenSettled(register, 3000, imports.started, imports.idle);
    await vi.advanceTimersByTimeAsync(2999);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('waits for an import running, then for a quiet period after it', async () => {
    vi.useFakeTimers();
    const imports = fakeImports();
    const register = vi.fn(() => Promise.resolve());
    const done = registerWhenSettled(register, 3000, imports.started, imports.idle);
    await vi.advanceTimersByTimeAsync(1000);
    imports.begin();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(register).not.toHaveBeenCalled();
    imports.end();
    await vi.advanceTimersByTimeAsync(2999);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('starts the quiet period again after an import that ended within it', async () => {
    vi.useFakeTimers();
    const imports = fakeImports();
    const register = vi.fn(() => Promise.resolve());
    const done = registerWhenSettled(register, 3000, imports.started, imports.idle);
    await vi.advanceTimersByTimeAsync(1000);
    imports.begin();
    await vi.advanceTimersByTimeAsync(500);
    imports.end();
    // The first period ends at 3,000 ms with an import in it: another one follows.
    await vi.advanceTimersByTimeAsync(1600);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });
});
