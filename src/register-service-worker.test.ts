import { afterEach, describe, expect, it, vi } from 'vitest';
import { countTyping, registerWhenSettled } from './register-service-worker';

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

describe('the clerk typing or clicking keeps the install waiting', () => {
  it('counts keys, text input and pointer presses, nothing else, until stopped', () => {
    const target = new EventTarget();
    const typing = countTyping(target);
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('input'));
    target.dispatchEvent(new Event('pointerdown'));
    target.dispatchEvent(new Event('keyup'));
    target.dispatchEvent(new Event('scroll'));
    target.dispatchEvent(new Event('message'));
    expect(typing.count()).toBe(3);
    typing.stop();
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('pointerdown'));
    expect(typing.count()).toBe(3);
  });

  it('stops counting once the limit has passed', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const typing = countTyping(target, 10_000);
    target.dispatchEvent(new Event('keydown'));
    await vi.advanceTimersByTimeAsync(9_999);
    target.dispatchEvent(new Event('keydown'));
    expect(typing.count()).toBe(2);
    await vi.advanceTimersByTimeAsync(2);
    target.dispatchEvent(new Event('keydown'));
    expect(typing.count()).toBe(2);
  });

  it('registers only after a quiet period with no key typed in it', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const typing = countTyping(target);
    const imports = fakeImports();
    const register = vi.fn(() => Promise.resolve());
    const done = registerWhenSettled(
      register,
      3000,
      () => imports.started() + typing.count(),
      imports.idle,
    );
    // A key every 500 ms for 10 s: no period is quiet.
    for (let t = 0; t < 10_000; t += 500) {
      await vi.advanceTimersByTimeAsync(500);
      target.dispatchEvent(new Event('keydown'));
    }
    expect(register).not.toHaveBeenCalled();
    // The last key fell in the period that ends at 12,000 ms; the next one, quiet, at 15,000.
    await vi.advanceTimersByTimeAsync(4_999);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
    typing.stop();
  });
});
