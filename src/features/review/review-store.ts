import { create } from 'zustand';
import type { RulePack } from '@/domain/template/rule-pack';
import { localToday } from '@/store/analysis';
import { recheckUnit } from '@/review/unit';
import type { RowFilter, SortKey, UnitRole } from '@/review/index';
import type { ReviewUnit } from '@/review/types';
import type { PickedFile } from './collect-files';
import { reviewFiles } from './review-pool';

/**
 * The reviewer's session: the units read so far (kept while a unit is opened as a draft and the
 * reviewer comes back), reading progress, and the table's view settings.
 */
export interface ReviewState {
  /** Units in the order their files were chosen. */
  readonly units: readonly ReviewUnit[];
  /** Files chosen and files finished in the current batch. */
  readonly progress: { readonly total: number; readonly done: number; readonly startedAt: number };
  readonly running: boolean;
  /** Milliseconds the last batch took, once done. */
  readonly lastBatchMs: number | null;
  readonly roles: Readonly<Record<string, UnitRole>>;
  readonly expected: string;
  readonly selectedId: string | null;
  readonly sort: { readonly key: SortKey; readonly direction: 'asc' | 'desc' } | null;
  readonly filter: RowFilter;
  readonly query: string;
  /** The region's rule pack: its checks run on every unit (SPEC §10). */
  readonly pack: RulePack | null;
}

const initial: ReviewState = {
  units: [],
  progress: { total: 0, done: 0, startedAt: 0 },
  running: false,
  lastBatchMs: null,
  roles: {},
  expected: '',
  selectedId: null,
  sort: null,
  filter: 'all',
  query: '',
  pack: null,
};

export const useReviewStore = create<ReviewState>()(() => initial);

let seq = 0;

/** Rows added to the table in one render while files are read (see addFiles). */
const ROWS_PER_RENDER = 4;

/**
 * Resolves after the next frame has been drawn (a task after the animation frame), or after
 * 100 ms when the page draws no frames (a hidden tab), so that reading finishes there too.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  });
}

let abort: AbortController | null = null;

/** Reads and checks the files (added to those already reviewed); progress as they finish. */
export async function addFiles(files: readonly PickedFile[]): Promise<void> {
  if (files.length === 0) return;
  const batch = files.map((f) => ({ id: `u${++seq}`, path: f.path, file: f.file }));
  const state = useReviewStore.getState();
  const base = state.running ? state.progress : { total: 0, done: 0, startedAt: performance.now() };
  useReviewStore.setState({
    running: true,
    lastBatchMs: null,
    progress: { ...base, total: base.total + batch.length },
  });
  abort ??= new AbortController();
  const today = localToday();
  const batchPack = useReviewStore.getState().pack;
  const signal = abort.signal;
  // Finished units are put in the table a few at a time: a render every 150 ms at most, of at
  // most ROWS_PER_RENDER rows; the rest wait for the next frame, so that no frame lays out and
  // paints a long run of new rows at once (issue 17: the reviewer's longest tasks were those frames).
  const pending: ReviewUnit[] = [];
  let scheduled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    scheduled = false;
    timer = undefined;
    if (pending.length === 0 || signal.aborted) return;
    const pack = useReviewStore.getState().pack;
    const taken = pending.splice(0, ROWS_PER_RENDER);
    // Read with the pack chosen when the batch started: checked again if another was chosen since.
    const arrived = pack === batchPack ? taken : taken.map((u) => recheckUnit(u, { today, pack }));
    useReviewStore.setState((s) => ({
      units: [...s.units, ...arrived].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))),
      progress: { ...s.progress, done: s.progress.done + arrived.length },
    }));
    if (pending.length > 0) {
      scheduled = true;
      void afterNextFrame().then(flush);
    }
  };
  await reviewFiles(
    batch,
    { today, pack: batchPack },
    (unit) => {
      pending.push(unit);
      if (!scheduled) {
        scheduled = true;
        timer = setTimeout(flush, 150);
      }
    },
    signal,
  );
  // The last rows at once (not 150 ms later), then a few per frame as above.
  if (timer !== undefined) {
    clearTimeout(timer);
    flush();
  }
  while (pending.length > 0 && !signal.aborted) {
    if (!scheduled) flush();
    await afterNextFrame();
  }
  const s = useReviewStore.getState();
  if (!signal.aborted && s.progress.done >= s.progress.total) {
    abort = null;
    useReviewStore.setState({
      running: false,
      lastBatchMs: Math.round(performance.now() - s.progress.startedAt),
    });
  }
}

/** Forgets every unit (and stops reading); the chosen rule pack stays. */
export function clearReview(): void {
  abort?.abort();
  abort = null;
  useReviewStore.setState((s) => ({ ...initial, pack: s.pack }));
}

/**
 * Chooses the rule pack (or none): the units read so far are checked again with it at once (the
 * checks are fast; reading is what takes time), files still being read get it from the pool.
 */
export function setRulePack(pack: RulePack | null): void {
  const today = localToday();
  useReviewStore.setState((s) => ({
    pack,
    units: s.units.map((u) => recheckUnit(u, { today, pack })),
  }));
}

export const selectUnit = (id: string | null): void => useReviewStore.setState({ selectedId: id });

export function setRole(id: string, role: UnitRole): void {
  useReviewStore.setState((s) => ({ roles: { ...s.roles, [id]: role } }));
}

export function toggleSort(key: SortKey): void {
  useReviewStore.setState((s) => ({
    sort:
      s.sort?.key === key
        ? { key, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: 'asc' },
  }));
}
