import { useLayoutEffect, useRef } from 'react';
import type { SentenceResult } from '@/domain/report/standard-sentences';
import type { SectionId } from '@/domain/template/types';
import { useAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { fieldDomId } from '@/store/navigation-store';
import { marksOf } from './cell-marks';

export interface SentenceOffer {
  readonly label: string;
  readonly result: SentenceResult;
}

export interface NarrativeEditorProps {
  readonly section: SectionId;
  readonly label: string;
  readonly offers?: readonly SentenceOffer[];
  readonly placeholder?: string;
  readonly minRows?: number;
}

/** An auto-growing textarea bound to the store, with counts and standard-sentence buttons. */
export function NarrativeEditor({
  section,
  label,
  offers = [],
  placeholder,
  minRows = 8,
}: NarrativeEditorProps) {
  const text = useEditorStore((s) => s.report.narrative[section] ?? '');
  const field = `narrative.${section}`;
  const mark = useAnalysis((a) => marksOf(a).get(field));
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);

  const insert = (sentence: string): void => {
    const el = ref.current;
    const current = useEditorStore.getState().report.narrative[section] ?? '';
    const at = el && document.activeElement === el ? el.selectionEnd : current.length;
    const before = current.slice(0, at);
    const after = current.slice(at);
    const lead = before === '' || before.endsWith('\n') ? '' : '\n';
    const tail = after === '' || after.startsWith('\n') ? '' : '\n';
    useEditorStore.getState().apply((r) => ({
      ...r,
      narrative: { ...r.narrative, [section]: `${before}${lead}${sentence}${tail}${after}` },
    }));
  };

  const chars = text.replace(/\s/g, '').length;
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '').length;
  const id = fieldDomId(field);
  const severity = mark && mark.severity !== 'incomplete' ? mark.severity : null;
  return (
    <div className={`narrative${severity ? ` mark-${severity}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        className="narrative-text"
        rows={minRows}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        title={severity && mark ? mark.messages.join('\n') : undefined}
        onChange={(e) => useEditorStore.getState().setNarrative(section, e.target.value)}
      />
      <div className="narrative-footer">
        <span className="muted" aria-live="off">
          {chars} 字 · {paragraphs} 段（每行一段）
        </span>
        <span className="sentence-buttons">
          {offers.map((o) => (
            <button
              key={o.label}
              type="button"
              className="button button-small"
              disabled={!o.result.ok}
              title={o.result.ok ? o.result.text : o.result.reason}
              onClick={() => o.result.ok && insert(o.result.text)}
            >
              {o.label}
            </button>
          ))}
        </span>
      </div>
      {offers.some((o) => !o.result.ok) ? (
        <p className="muted small">
          {offers
            .filter((o) => !o.result.ok)
            .map((o) => (o.result.ok ? '' : `${o.label}：${o.result.reason}`))
            .join('；')}
        </p>
      ) : null}
    </div>
  );
}
