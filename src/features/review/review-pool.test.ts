import { describe, expect, it, vi } from 'vitest';
import { importWorkIdle, importWorkStarted } from '@/import/worker/busy';
import type { ReviewUnit } from '@/review/types';

/** Each file's answer, released by the test (`answer(name)`), as a review worker would give it. */
const waiting = new Map<string, (unit: ReviewUnit) => void>();
function answer(name: string): void {
  const release = waiting.get(name);
  if (!release) throw new Error(`${name} is not being read`);
  waiting.delete(name);
  release({ id: name, fileName: name, path: name, ok: false, message: 'test' });
}

vi.mock('@/review/worker/review-worker?worker', () => ({
  default: class {
    onerror: unknown = null;
    terminate(): void {}
  },
}));
vi.mock('comlink', () => {
  const releaseProxy = Symbol('releaseProxy');
  return {
    releaseProxy,
    wrap: () => ({
      reviewFile: (file: { fileName: string }) =>
        new Promise<ReviewUnit>((resolve) => waiting.set(file.fileName, resolve)),
      [releaseProxy]: () => undefined,
    }),
  };
});
vi.mock('@/import/pdf/cmap-url', () => ({ pdfCMapUrl: () => 'http://localhost/pdfjs/cmaps/' }));

const { poolSize, reviewFiles } = await import('./review-pool');

const file = (name: string) => ({ id: name, path: name, file: new File(['x'], name) });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the reviewer's workers", () => {
  it('count as import work while a batch is read, so the service worker install waits', async () => {
    const before = importWorkStarted();
    const units: string[] = [];
    const done = reviewFiles(
      [file('a.txt'), file('b.txt'), file('c.txt')],
      { today: '2026-01-20', pack: null },
      (u) => units.push(u.id),
    );
    expect(importWorkStarted()).toBe(before + 1);
    let idle = false;
    void importWorkIdle().then(() => (idle = true));
    await tick();
    for (const name of ['a.txt', 'b.txt']) {
      await vi.waitFor(() => expect(waiting.has(name)).toBe(true));
      answer(name);
      await tick();
      expect(idle).toBe(false);
    }
    await vi.waitFor(() => expect(waiting.has('c.txt')).toBe(true));
    answer('c.txt');
    await done;
    await tick();
    expect(idle).toBe(true);
    expect(units.sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
});

describe('how many review workers', () => {
  it('leaves one core to the page and V8 (two cores: one worker), at least one, at most four', () => {
    const sizes = [1, 2, 3, 4, 8, 16].map((cores) => {
      vi.stubGlobal('navigator', { hardwareConcurrency: cores });
      return poolSize();
    });
    vi.unstubAllGlobals();
    expect(sizes).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
