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
  /**
   * The drafts database cannot be used for now (an older tab blocks its upgrade, or this tab let
   * go of it for a newer version): said in a banner beside the JSON download.
   */
  readonly problem: string | null;
}

export const initialDraftStatus: DraftStatus = {
  save: { kind: 'idle' },
  conflict: false,
  notices: [],
  problem: null,
};

export const createDraftStatusStore = () => createStore<DraftStatus>()(() => initialDraftStatus);
export type DraftStatusStore = ReturnType<typeof createDraftStatusStore>;
