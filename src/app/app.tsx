import { DraftBanners, DraftHeader } from '@/features/drafts/save-status';
import { DraftsHome } from '@/features/drafts/drafts-home';
import { Editor } from '@/features/report-form/editor';
import { ExportPanel } from '@/features/export/export-panel';
import { ImportReportButton } from '@/features/import';
import { IssuesPanel } from '@/features/issues-panel/issues-panel';
import { DocumentPreview } from '@/features/preview/document-preview';
import { openReview, ReviewScreen, useReviewOpen } from '@/features/review';
import { useEditorStore } from '@/store/editor-store';
import { Suspense } from 'react';
import {
  createDraftFromImport,
  createDraftFromReview,
  startFromImportedLastYear,
} from './import-actions';
import '@/styles/tokens.css';
import './app.css';

// Composition point: the start page (drafts on this machine) or the reviewer's screen until a
// draft is open, then the editor with the draft's save status in its header and the Word export in its last step.
export function App() {
  const draftId = useEditorStore((s) => s.draftId);
  const reviewing = useReviewOpen((s) => s.open);
  if (draftId === null && reviewing) {
    return (
      <Suspense fallback={<p role="status">正在加载审核功能…</p>}>
        <ReviewScreen onOpenAsDraft={createDraftFromReview} />
      </Suspense>
    );
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
  return (
    <>
      <Editor
        headerExtra={<DraftHeader />}
        exportStep={<ExportPanel printable={<DocumentPreview />} />}
        issuesPanel={<IssuesPanel />}
        preview={<DocumentPreview />}
      />
      <DraftBanners />
    </>
  );
}
