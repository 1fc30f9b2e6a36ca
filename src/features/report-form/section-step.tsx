import { useMemo } from 'react';
import {
  applicationsSentence,
  noFeeSentence,
  reviewLitigationSentence,
  type SentenceResult,
} from '@/domain/report/standard-sentences';
import type { FormatTemplate, SectionTemplate } from '@/domain/template/types';
import type { Report } from '@/domain/report/types';
import { sameFlat, useAnalysis, type ReportAnalysis } from '@/store/analysis';
import { useEditorStore } from '@/store/editor-store';
import { overviewCoverage } from '@/domain/report/overview-areas';
import { overviewOutline } from '@/domain/report/standard-text';
import { GridTable } from './grid-table';
import { NarrativeEditor, type SentenceOffer } from './narrative-editor';

function useSentence(make: (a: ReportAnalysis, r: Report) => SentenceResult): SentenceResult {
  return useAnalysis(make, sameFlat);
}

/**
 * The areas 总体情况 should touch, ticked as the text touches them: `overviewCoverage`, the same
 * judgement as the `overview-areas-missing` check's (a bare list of the areas ticks none).
 */
function AreasChecklist({ section }: { readonly section: SectionTemplate }) {
  const text = useEditorStore((s) => s.report.narrative.overview ?? '');
  const kind = useEditorStore((s) => s.report.meta.agencyKind);
  const name = useEditorStore((s) => s.report.meta.agencyName);
  const coverage = useMemo(
    () => overviewCoverage(section, kind, text, name),
    [section, kind, text, name],
  );
  return (
    <fieldset className="areas">
      <legend>
        应涵盖的方面（正文写到即自动勾选，只列出各方面名称不算；可点正文下方的“插入总体情况提纲”从提纲写起）
      </legend>
      <ul>
        {coverage.map(({ area, covered }) => (
          <li key={area} className={covered ? 'area-covered' : 'area-missing'}>
            <span aria-hidden="true">{covered ? '☑' : '☐'}</span> {area}
            <span className="visually-hidden">{covered ? '（已涉及）' : '（未涉及）'}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Overview: offers the 依申请公开 and 复议/诉讼 sentences from the tables' current values. */
function OverviewText({ section }: { readonly section: SectionTemplate }) {
  const outline = useAnalysis((a, r) =>
    overviewOutline(a.template, r.meta.agencyKind, r.meta.agencyName),
  );
  const applications = useSentence((a, r) => applicationsSentence(a.template, r, a.computed));
  const review = useSentence((a, r) => reviewLitigationSentence(a.template, r, a.computed));
  return (
    <NarrativeEditor
      section={section.id}
      label={`${section.heading} 正文`}
      offers={[
        { label: '插入总体情况提纲', result: { ok: true, text: outline } },
        { label: '插入依申请公开统计句', result: applications },
        { label: '插入行政复议、诉讼统计句', result: review },
      ]}
      placeholder="每行一段。可用“插入……”按钮生成与表格一致的统计句。"
    />
  );
}

function SectionEditor({ section }: { readonly section: SectionTemplate }) {
  if (section.id === 'overview') return <OverviewText section={section} />;
  const offers: SentenceOffer[] =
    section.id === 'other' ? [{ label: '插入“未收取信息处理费”', result: noFeeSentence() }] : [];
  return (
    <NarrativeEditor
      section={section.id}
      label={`${section.heading} 正文`}
      offers={offers}
      placeholder="每行一段。"
    />
  );
}

/** The section's editor, with last year's text of the section beside it when it is known. */
function SectionText({ section }: { readonly section: SectionTemplate }) {
  const last = useEditorStore((s) => s.lastYear);
  const text = last?.narrative[section.id]?.trim() ?? '';
  if (!last || text === '') return <SectionEditor section={section} />;
  return (
    <div className="with-last-year">
      <SectionEditor section={section} />
      <LastYearText section={section} year={last.meta.year} text={text} />
    </div>
  );
}

/**
 * Last year's text of a section, read-only and collapsible, each paragraph with a button that
 * copies it to the end of this year's text (to edit there: the copy check warns about text left
 * unchanged).
 */
function LastYearText({
  section,
  year,
  text,
}: {
  readonly section: SectionTemplate;
  readonly year: number | null;
  readonly text: string;
}) {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const copy = (paragraph: string): void =>
    useEditorStore.getState().apply((r) => {
      const current = (r.narrative[section.id] ?? '').replace(/\s+$/u, '');
      const next = current === '' ? paragraph : `${current}\n${paragraph}`;
      return { ...r, narrative: { ...r.narrative, [section.id]: next } };
    });
  const title = `${year === null ? '去年' : `${year}年度`}的“${section.heading}”`;
  return (
    <details className="last-year" open>
      <summary>{title}（只读，供参考）</summary>
      <p className="muted small">本节没有从去年带入，应写本年度的情况；可逐段复制到左侧后修改。</p>
      <ol className="last-year-paragraphs" aria-label={title}>
        {paragraphs.map((p, i) => (
          <li key={i}>
            <p>{p}</p>
            <button
              type="button"
              className="button button-small"
              aria-label={`复制第 ${i + 1} 段到本年`}
              onClick={() => copy(p)}
            >
              复制此段
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

export function SectionStep({
  template,
  section,
}: {
  readonly template: FormatTemplate;
  readonly section: SectionTemplate;
}) {
  const table = section.table ? template.tables.find((t) => t.id === section.table) : undefined;

  return (
    <section className="step-section" aria-labelledby={`heading-${section.id}`}>
      <h2 id={`heading-${section.id}`}>{section.heading}</h2>
      {section.guidance ? <p className="guidance">{section.guidance}</p> : null}
      {section.templateNote ? (
        <p className="guidance muted small">模板说明（不要写进正文）：{section.templateNote}</p>
      ) : null}
      {section.areas ? <AreasChecklist section={section} /> : null}
      {table ? (
        <>
          <GridTable template={template} table={table} />
          <NarrativeEditor
            section={section.id}
            label="表后文字说明（可选）"
            minRows={2}
            placeholder="一般不需要；如有需要说明的情况可写在这里。"
          />
        </>
      ) : (
        <SectionText section={section} />
      )}
    </section>
  );
}
