import { useStore } from 'zustand';
import { newId } from '@/lib/ids';
import { browserStorage, type KeyValueStorage } from '@/lib/storage';
import { useEditorStore } from '@/store/editor-store';
import { DraftSession } from './draft-session';
import { createDraftStatusStore, type DraftStatus } from './draft-status';

/** The app's one draft session, wired to the browser on first use. */
export const draftStatusStore = createDraftStatusStore();

let instance: { session: DraftSession; storage: KeyValueStorage | null } | null = null;

export function draftSession(): DraftSession {
  return ensure().session;
}

/** localStorage, or null when the browser refuses it. */
export function draftStorage(): KeyValueStorage | null {
  return ensure().storage;
}

function ensure(): { session: DraftSession; storage: KeyValueStorage | null } {
  if (!instance) {
    const storage = browserStorage();
    const session = new DraftSession({
      storage,
      editor: useEditorStore,
      status: draftStatusStore,
      tabId: newId('tab-'),
      newId: () => newId(),
    });
    session.attach(window);
    instance = { session, storage };
  }
  return instance;
}

export function useDraftStatus<T>(selector: (s: DraftStatus) => T): T {
  return useStore(draftStatusStore, selector);
}
