import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewUnit } from '@/review/types';
import type { ReviewFile } from './review-pool';

/** The pool answers every file at once, in reverse order (as workers may finish out of order). */
vi.mock('./review-pool', () => ({
  reviewFiles: (
    files: readonly ReviewFile[],
    _options: unknown,
    onUnit: (unit: ReviewUnit) => void,
  ): Promise<void> => {
    for (const f of [...files].reverse())
      onUnit({ id: f.id, fileName: f.file.name, path: f.path, ok: false, message: 'test' });
    return Promise.resolve();
  },
}));

const { addFiles, clearReview, useReviewStore } = await import('./review-store');

function picked(count: number): { path: string; file: File }[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `各单位/${i}.docx`,
    file: new File(['x'], `${i}.docx`),
  }));
}

describe('addFiles', () => {
  afterEach(() => clearReview());

  it('puts the units in the table a few rows per render, in the order the files were chosen', async () => {
    const sizes: number[] = [];
    const unsubscribe = useReviewStore.subscribe((s, before) => {
      if (s.units !== before.units) sizes.push(s.units.length - before.units.length);
    });
    await addFiles(picked(10));
    unsubscribe();
    // Ten units answered at once: three renders of at most four rows, not one of ten.
    expect(sizes).toEqual([4, 4, 2]);
    const s = useReviewStore.getState();
    expect(s.units.map((u) => u.path)).toEqual(picked(10).map((p) => p.path));
    expect(s.progress).toMatchObject({ total: 10, done: 10 });
    expect(s.running).toBe(false);
    expect(s.lastBatchMs).not.toBeNull();
  });

  it('renders a batch of up to four rows at once', async () => {
    const sizes: number[] = [];
    const unsubscribe = useReviewStore.subscribe((s, before) => {
      if (s.units !== before.units) sizes.push(s.units.length - before.units.length);
    });
    await addFiles(picked(3));
    unsubscribe();
    expect(sizes).toEqual([3]);
    expect(useReviewStore.getState().running).toBe(false);
  });
});
