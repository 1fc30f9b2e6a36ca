import { useState } from 'react';
import { emptyReport } from '@/domain/report/empty-report';
import { formatForYear } from '@/domain/template/lookup';
import { Editor } from '@/features/report-form/editor';
import { IssuesPanel } from '@/features/issues-panel/issues-panel';
import { DocumentPreview } from '@/features/preview/document-preview';
import { useEditorStore } from '@/store/editor-store';
import { formats } from '@templates/index';
import '@/styles/tokens.css';
import './app.css';

/** Opens a new, empty report for the current report year (last calendar year). */
function openNewReport(): void {
  const year = new Date().getFullYear() - 1;
  useEditorStore.getState().open(null, emptyReport(formatForYear(formats, year).id, year));
}

// Composition point: the lead wires DraftsHome (start page) and ExportPanel (exportStep) here.
export function App() {
  useState(openNewReport);
  return <Editor issuesPanel={<IssuesPanel />} preview={<DocumentPreview />} />;
}
