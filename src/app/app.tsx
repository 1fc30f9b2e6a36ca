import { DraftsHome, preloadDraftForms } from '@/features/drafts/drafts-home';
import { ImportReportButton, preloadImportDialog } from '@/features/import';
import { openReview, preloadReviewScreen, ReviewScreen, useReviewOpen } from '@/features/review';
import { preloadable, whenIdleAfterPaint } from '@/lib/preloadable';
import { useEditorStore } from '@/store/editor-store';
import { useEffect } from 'react';
import {
  createDraftFromImport,
  createDraftFromReview,
  startFromImportedLastYear,
} from './import-actions';
import '@/styles/tokens.css';
import './app.css';

// The first screen is the start page: the editor (with the issues panel, the preview and the
// export), the import dialog and the reviewer's screen are chunks of their own, loaded when the
// browser is idle after the first paint (so they are in memory before the clerk asks for them,
// even if the server is gone by then) or on first use, whichever comes first (issue 17).
const editorScreen = preloadable(
  () => import('./editor-screen').then((m) => m.EditorScreen),
  <p role="status">正在加载编辑器…</p>,
);
const EditorScreen = editorScreen.Component;

/** The later screens' code, fetched after the first paint; a failure waits for first use. */
export function prefetchLaterScreens(): void {
  for (const preload of [
    preloadDraftForms,
    editorScreen.preload,
    preloadImportDialog,
    preloadReviewScreen,
  ]) {
    preload().catch(() => undefined);
  }
}

// Composition point: the start page (drafts on this machine) or the reviewer's screen until a
// draft is open, then the editor with the draft's save status in its header and the Word export in its last step.
export function App() {
  const draftId = useEditorStore((s) => s.draftId);
  const reviewing = useReviewOpen((s) => s.open);
  useEffect(() => whenIdleAfterPaint(prefetchLaterScreens), []);
  if (draftId === null && reviewing) {
    return <ReviewScreen onOpenAsDraft={createDraftFromReview} />;
  }
  if (draftId === null) {
    return (
      <DraftsHome
        extraActions={
          <>
            <ImportReportButton
              onCreateDraft={createDraftFromImport}
              onUseAsLastYear={startFromImportedLastYear}
            />
            <button type="button" className="button" onClick={openReview}>
              审核与汇总（多份年报）
            </button>
          </>
        }
      />
    );
  }
  return <EditorScreen />;
}
