import { createStore } from 'zustand/vanilla';

/** What the clerk is told about saving. Kept apart from the editor store: it is not the report. */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string };

export interface DraftStatus {
  readonly save: SaveState;
  /** Another tab saved this draft while this one had unsaved changes. */
  readonly conflict: boolean;
  /** A quiet one-off message (changes loaded from another tab, carried-over notes). */
  readonly notices: readonly string[];
}

export const initialDraftStatus: DraftStatus = {
  save: { kind: 'idle' },
  conflict: false,
  notices: [],
};

export const createDraftStatusStore = () => createStore<DraftStatus>()(() => initialDraftStatus);
export type DraftStatusStore = ReturnType<typeof createDraftStatusStore>;
