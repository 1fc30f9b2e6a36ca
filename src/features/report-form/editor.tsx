import {
  Activity,
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { agencyKindLabels } from '@/domain/report/types';
import { formatById } from '@templates/index';
import { useEditorStore } from '@/store/editor-store';
import { setText, useAnalysisText } from '@/store/live-text';
import { useNavigationStore } from '@/store/navigation-store';
import { MetaStep } from './meta-step';
import { ReviewStep } from './review-step';
import { SectionStep } from './section-step';
import { StepList } from './step-list';
import './editor.css';
import './grid-table.css';
import { formatTitle } from '@/domain/template/format-title';

export interface EditorProps {
  /** Save status, draft menu … shown in the header. */
  readonly headerExtra?: ReactNode;
  /** The export panel, shown in 检查与导出 below the checklist summary. */
  readonly exportStep?: ReactNode;
  /** The issues panel, always reachable beside the steps. */
  readonly issuesPanel?: ReactNode;
  /** The document preview, shown in place of the step when the clerk asks for it. */
  readonly preview?: ReactNode;
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo every edit, wherever the focus is. */
function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.isComposing) return;
      const key = e.key.toLowerCase();
      const store = useEditorStore.getState();
      if (key === 'z' && !e.shiftKey) store.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** Focuses the element an issue link asked for, once its step is on screen. */
function usePendingFocus(step: string): void {
  const focusId = useNavigationStore((s) => s.focusId);
  useLayoutEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el instanceof HTMLElement) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      // A cell is selected (typing replaces it, as in a spreadsheet); a text field keeps its text.
      if (el instanceof HTMLInputElement && el.type === 'text' && focusId.startsWith('cell-')) {
        el.select();
      }
    }
    useNavigationStore.getState().focused();
  }, [focusId, step]);
}

/**
 * The header's button that shows and hides the issues panel, with the open issues' count. The
 * count changes on nearly every keystroke: written into the button's text when it does
 * (useAnalysisText), neither the editor nor the button re-rendered.
 */
const IssuesToggle = memo(function IssuesToggle({
  open,
  onToggle,
}: {
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const label = (n: number): string => `检查结果（${n}）`;
  const count = useAnalysisText(
    (a) => a.counts.error + a.counts.incomplete + a.counts.warning + a.counts.info,
    Object.is,
    (n) => setText(ref.current, label(n)),
  );
  return (
    <button
      ref={ref}
      type="button"
      className="button"
      aria-expanded={open}
      aria-controls="issues-side"
      onClick={onToggle}
    >
      {label(count)}
    </button>
  );
});

export function Editor({ headerExtra, exportStep, issuesPanel, preview }: EditorProps) {
  const formatId = useEditorStore((s) => s.report.formatId);
  const meta = useEditorStore((s) => s.report.meta);
  const template = formatById(formatId);
  const step = useNavigationStore((s) => s.step);
  // The preview stays open until the clerk navigates (step list, issue link): keyed by visit.
  const visit = useNavigationStore((s) => `${s.step}:${s.visit}`);
  const [previewAt, setPreviewAt] = useState<string | null>(null);
  const view = previewAt === visit ? 'preview' : 'form';
  const [issuesOpen, setIssuesOpen] = useState(true);
  useUndoKeys();
  usePendingFocus(step);

  const section = template.sections.find((s) => s.id === step);
  let content: ReactNode;
  if (step === 'meta') content = <MetaStep />;
  else if (step === 'review') content = <ReviewStep template={template} exportStep={exportStep} />;
  else if (section)
    content = <SectionStep key={section.id} template={template} section={section} />;

  return (
    <div className={`editor${issuesOpen && issuesPanel ? ' with-issues' : ''}`}>
      <header className="editor-header">
        <span className="app-name">年报助手</span>
        <span className="report-title">
          {meta.agencyName || '（未填写机关名称）'}
          {meta.year !== null ? ` · ${meta.year}年度` : ''} · {agencyKindLabels[meta.agencyKind]} ·{' '}
          {/* A variant has a name of its own; a national format is named by its notice. */}
          {formatTitle(template)}
        </span>
        <span className="header-extra">{headerExtra}</span>
        {preview ? (
          <button
            type="button"
            className="button"
            aria-pressed={view === 'preview'}
            onClick={() => setPreviewAt(view === 'preview' ? null : visit)}
          >
            {view === 'preview' ? '返回填写' : '预览全文'}
          </button>
        ) : null}
        {issuesPanel ? (
          <IssuesToggle open={issuesOpen} onToggle={() => setIssuesOpen(!issuesOpen)} />
        ) : null}
      </header>
      <div className="editor-body">
        <StepList template={template} />
        <main className="step-content" id="main">
          {view === 'preview' && preview ? preview : content}
        </main>
        {issuesPanel ? (
          <aside
            id="issues-side"
            className="issues-side"
            hidden={!issuesOpen}
            aria-label="检查结果"
          >
            {/* Closed, the panel keeps its state and DOM but follows no key: its subscriptions
                are let go (React's hidden Activity) and taken up, with what changed, on opening. */}
            <Activity mode={issuesOpen ? 'visible' : 'hidden'}>{issuesPanel}</Activity>
          </aside>
        ) : null}
      </div>
    </div>
  );
}
