import { describe, expect, it } from 'vitest';
import { planPool } from './check-pool';

/** When `nianbao check` starts worker threads (issue 17), from the files' estimated cost. */

const files = (n: number, ext: string): string[] =>
  Array.from({ length: n }, (_, i) => `各单位/${i}.${ext}`);

describe('planPool', () => {
  it('checks a few files in one thread: a worker’s start-up would cost more than it saves', () => {
    expect(planPool(files(12, 'json'), 8, undefined, true)).toEqual({
      workers: 0,
      mainHelps: false,
    });
    expect(planPool(files(5, 'docx'), 8, undefined, true).workers).toBe(0);
  });

  it('uses one thread on one core, and where no worker can start', () => {
    expect(planPool(files(1000, 'json'), 1, undefined, true).workers).toBe(0);
    expect(planPool(files(1000, 'json'), 4, undefined, false).workers).toBe(0);
    expect(planPool(files(1000, 'json'), 4, '3', false).workers).toBe(0);
  });

  it('lets the main thread check drafts beside the workers: one core each, at most four', () => {
    expect(planPool(files(1000, 'json'), 3, undefined, true)).toEqual({
      workers: 2,
      mainHelps: true,
    });
    // Two cores: one thread (measured faster than the main thread and one worker).
    expect(planPool(files(1000, 'json'), 2, undefined, true).workers).toBe(0);
    expect(planPool(files(1000, 'json'), 16, undefined, true)).toEqual({
      workers: 3,
      mainHelps: true,
    });
  });

  it('gives Word files to the workers only, one per core, the main thread handing them out', () => {
    const mixed = [...files(60, 'docx'), ...files(16, 'json'), ...files(25, 'TXT')];
    expect(planPool(mixed, 2, undefined, true)).toEqual({ workers: 2, mainHelps: false });
    expect(planPool(files(30, 'pdf'), 3, undefined, true)).toEqual({
      workers: 3,
      mainHelps: false,
    });
  });

  it('takes the number of workers from NIANBAO_WORKERS (0: one thread)', () => {
    expect(planPool(files(3, 'json'), 2, '2', true)).toEqual({ workers: 2, mainHelps: true });
    expect(planPool(files(1000, 'json'), 2, '0', true)).toEqual({
      workers: 0,
      mainHelps: false,
    });
    expect(planPool(files(1, 'json'), 2, '4', true).workers).toBe(1);
    expect(planPool(files(100, 'docx'), 2, '1', true)).toEqual({ workers: 1, mainHelps: true });
    expect(planPool(files(100, 'docx'), 2, 'many', true)).toEqual({
      workers: 2,
      mainHelps: false,
    });
  });
});
