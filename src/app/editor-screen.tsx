import { DraftBanners, DraftHeader } from '@/features/drafts/save-status';
import { Editor } from '@/features/report-form/editor';
import { ExportPanel } from '@/features/export/export-panel';
import { IssuesPanel } from '@/features/issues-panel/issues-panel';
import { DocumentPreview } from '@/features/preview/document-preview';

/**
 * The open draft: the editor with the draft's save status in its header, the issues panel, the
 * preview and the Word export in its last step. Its own chunk (see app.tsx): the start page does
 * not load it.
 */
export function EditorScreen() {
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
