import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerWhenSettled } from './register-service-worker';

afterEach(() => {
  vi.useRealTimers();
});

describe('the service worker registered once the page has settled', () => {
  it('waits for the delay, then for the import running, then registers once', async () => {
    vi.useFakeTimers();
    const register = vi.fn(() => Promise.resolve());
    let endImport!: () => void;
    const importRunning = new Promise<void>((resolve) => (endImport = resolve));
    const idle = vi.fn(() => importRunning);
    const done = registerWhenSettled(register, 3000, idle);
    await vi.advanceTimersByTimeAsync(2999);
    expect(idle).not.toHaveBeenCalled();
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(idle).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(register).not.toHaveBeenCalled();
    endImport();
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers soon after the delay when no import runs', async () => {
    vi.useFakeTimers();
    const register = vi.fn(() => Promise.resolve());
    const done = registerWhenSettled(register, 3000, () => Promise.resolve());
    await vi.advanceTimersByTimeAsync(3001);
    await done;
    expect(register).toHaveBeenCalledTimes(1);
  });
});
