import { useCallback, useEffect, useState } from 'react';
import { storageError } from './draft-db';
import { type CorruptEntry, listDrafts } from './draft-repository';
import type { StoredDraft } from '@/stored-draft/schema';
import {
  connectDrafts,
  draftMigrationProblem,
  draftRescueNotice,
  onDraftsChanged,
} from './session-instance';

export interface DraftList {
  /** False until the database has been read once. */
  readonly loaded: boolean;
  /** Why drafts cannot be kept on this machine (null: they can). */
  readonly unavailable: string | null;
  /** Drafts of an earlier version that could not be moved over yet. */
  readonly migrationProblem: string | null;
  /** What became of the changes a closed page had not saved yet (null: there were none). */
  readonly rescueNotice: ReturnType<typeof draftRescueNotice>;
  readonly drafts: readonly StoredDraft[];
  readonly corrupt: readonly CorruptEntry[];
  readonly refresh: () => Promise<void>;
}

type Listed = Omit<DraftList, 'refresh'>;

async function read(): Promise<Listed> {
  try {
    const db = await connectDrafts();
    const { drafts, corrupt } = await listDrafts(db);
    return {
      loaded: true,
      unavailable: null,
      migrationProblem: draftMigrationProblem(),
      rescueNotice: draftRescueNotice(),
      drafts,
      corrupt,
    };
  } catch (error) {
    return {
      loaded: true,
      unavailable: storageError(error).message,
      migrationProblem: null,
      rescueNotice: null,
      drafts: [],
      corrupt: [],
    };
  }
}

const initial: Listed = {
  loaded: false,
  unavailable: null,
  migrationProblem: null,
  rescueNotice: null,
  drafts: [],
  corrupt: [],
};

/** The drafts on this machine, re-read after each action and when another tab changes them. */
export function useDraftList(): DraftList {
  const [list, setList] = useState(initial);
  const refresh = useCallback(async () => {
    const next = await read();
    setList(next);
  }, []);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      void read().then((next) => {
        if (live) setList(next);
      });
    };
    load();
    const off = onDraftsChanged(load);
    return () => {
      live = false;
      off();
    };
  }, []);
  return { ...list, refresh };
}
