import { useCallback, useEffect, useState } from 'react';
import { type CorruptEntry, listDrafts } from './draft-repository';
import type { StoredDraft } from './schema';
import { draftStorage } from './session-instance';

export interface DraftList {
  readonly available: boolean;
  readonly drafts: readonly StoredDraft[];
  readonly corrupt: readonly CorruptEntry[];
  readonly refresh: () => void;
}

function read(): Omit<DraftList, 'refresh'> {
  const storage = draftStorage();
  if (!storage) return { available: false, drafts: [], corrupt: [] };
  try {
    return { available: true, ...listDrafts(storage) };
  } catch {
    return { available: false, drafts: [], corrupt: [] };
  }
}

/** The drafts on this machine, re-read after each action and when another tab changes them. */
export function useDraftList(): DraftList {
  const [list, setList] = useState(read);
  const refresh = useCallback(() => setList(read()), []);
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === null || e.key.startsWith('nianbao:')) refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refresh]);
  return { ...list, refresh };
}
