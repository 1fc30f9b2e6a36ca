import type { Report } from '@/domain/report/types';
import { readReportCell } from '@/domain/report/read-cell';
import type { Issue } from '@/domain/rules/types';
import type { FormatTemplate } from '@/domain/template/types';
import { indexTemplate } from '@/domain/template/lookup';

export type { StepId } from '@/store/navigation-store';
import type { StepId } from '@/store/navigation-store';
/**
 * `warned`: all filled, no error and nothing incomplete, but an open warning points at the step (a
 * reviewer would ask about it): not shown as 已完成 (stop 31 noticed 总体情况 marked done beside an
 * areas warning).
 */
export type StepState = 'notStarted' | 'incomplete' | 'error' | 'warned' | 'done';

export const stepStateLabels: Readonly<Record<StepState, string>> = {
  notStarted: '未开始',
  incomplete: '未完成',
  error: '有错误',
  warned: '有提醒',
  done: '已完成',
};

export interface StepInfo {
  readonly id: StepId;
  readonly title: string;
}

/** 基本信息, the six sections by their template headings, 检查与导出. */
export function stepsOf(template: FormatTemplate): StepInfo[] {
  return [
    { id: 'meta', title: '基本信息' },
    ...template.sections.map((s) => ({ id: s.id, title: s.heading })),
    { id: 'review', title: '检查与导出' },
  ];
}

/** How much of a step the clerk has filled: nothing, part, all (ignoring the checks). */
function fill(template: FormatTemplate, report: Report, step: StepId): 'none' | 'some' | 'all' {
  if (step === 'meta') {
    const m = report.meta;
    const required = [m.agencyName.trim() !== '', m.year !== null, m.reportDate !== null];
    const typed = m.agencyName.trim() !== '' || m.reportDate !== null || m.preface.trim() !== '';
    if (required.every(Boolean)) return 'all';
    return typed ? 'some' : 'none';
  }
  if (step === 'review') return 'all';
  const section = template.sections.find((s) => s.id === step);
  if (!section) return 'none';
  if (section.kind === 'text') return (report.narrative[step] ?? '').trim() === '' ? 'none' : 'all';
  const inputs = indexTemplate(template).inputCells.filter((c) => c.table === section.table);
  const filled = inputs.filter((c) => readReportCell(report, c).kind !== 'blank').length;
  // The optional text after the table counts as a start: the clerk has been here.
  if (filled === 0) return (report.narrative[step] ?? '').trim() === '' ? 'none' : 'some';
  return filled === inputs.length ? 'all' : 'some';
}

/**
 * 有错误 when an open error points at the step; 未开始 when nothing is filled; 已完成 when all is
 * filled and no open error or incompleteness remains (有提醒 when an open warning does); else 未完成.
 * 检查与导出 sums up the report.
 */
export function stepState(
  template: FormatTemplate,
  report: Report,
  issues: readonly Issue[],
  step: StepId,
): StepState {
  const open = issues.filter((i) => !i.dismissed && (step === 'review' || i.section === step));
  if (open.some((i) => i.severity === 'error')) return 'error';
  if (step === 'review') {
    const steps = stepsOf(template).filter((s) => s.id !== 'review');
    return summed(
      steps.map((s) => stepState(template, report, issues, s.id)),
      open,
    );
  }
  const filled = fill(template, report, step);
  if (filled === 'none') return 'notStarted';
  if (filled === 'all' && !open.some((i) => i.severity === 'incomplete')) return finished(open);
  return 'incomplete';
}

/** A step filled whole with nothing incomplete: 有提醒 while an open warning remains. */
const finished = (open: readonly Issue[]): StepState =>
  open.some((i) => i.severity === 'warning') ? 'warned' : 'done';

/** 检查与导出's state from the other steps' and the report's open issues (no error among them). */
function summed(states: readonly StepState[], open: readonly Issue[]): StepState {
  if (states.every((s) => s === 'notStarted')) return 'notStarted';
  const whole = states.every((s) => s === 'done' || s === 'warned');
  return whole && !open.some((i) => i.severity === 'incomplete') ? finished(open) : 'incomplete';
}

const cache = new WeakMap<readonly Issue[], Map<string, readonly StepState[]>>();

/**
 * Every step's state in step order (`stepsOf`), computed once per analysis (issues array) and
 * format; selectors compare the lists item by item.
 */
export function allStepStates(
  template: FormatTemplate,
  report: Report,
  issues: readonly Issue[],
): readonly StepState[] {
  let perFormat = cache.get(issues);
  if (!perFormat) cache.set(issues, (perFormat = new Map()));
  const hit = perFormat.get(template.id);
  if (hit !== undefined) return hit;
  const steps = stepsOf(template);
  const states: StepState[] = steps
    .filter((s) => s.id !== 'review')
    .map((s) => stepState(template, report, issues, s.id));
  const open = issues.filter((i) => !i.dismissed);
  const review: StepState = open.some((i) => i.severity === 'error')
    ? 'error'
    : summed(states, open);
  const all = [...states, review];
  perFormat.set(template.id, all);
  return all;
}
