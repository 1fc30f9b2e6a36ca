import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { Issue } from '@/domain/rules/types';
import { indexTemplate } from '@/domain/template/lookup';
import { formatById } from '@templates/index';
import {
  balanceOf,
  balanceStates,
  balanceStatesOf,
  balanceSummary,
  balanceSummaryOf,
  balanceSummaryText,
} from './balance-state';
import { computeReport } from '@/domain/compute/compute-report';
import { allStepStates, stepsOf, stepState } from './step-state';

const template = formatById('2021');
const issue = (
  severity: Issue['severity'],
  section: Issue['section'],
  dismissed = false,
): Issue => ({
  key: `k-${severity}-${section}`,
  checkId: 'x',
  severity,
  message: 'm',
  cells: [],
  fields: [],
  section,
  ...(dismissed ? { dismissed } : {}),
});

describe('steps', () => {
  it('are 基本信息, the six template headings, 检查与导出', () => {
    expect(stepsOf(template).map((s) => s.title)).toEqual([
      '基本信息',
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
      '检查与导出',
    ]);
  });
});

describe('stepState', () => {
  const empty = emptyReport('2021', 2024);
  it('未开始 when nothing is filled', () => {
    expect(stepState(template, empty, [], 'meta')).toBe('notStarted');
    expect(stepState(template, empty, [], 'applications')).toBe('notStarted');
    expect(stepState(template, empty, [], 'review')).toBe('notStarted');
  });
  it('未完成 when partly filled, 已完成 when all filled', () => {
    const some: Report = { ...empty, cells: { 't3.granted.naturalPerson': '1' } };
    expect(stepState(template, some, [], 'applications')).toBe('incomplete');
    const onlyText: Report = { ...empty, narrative: { applications: '本年度无申请。' } };
    expect(stepState(template, onlyText, [], 'applications')).toBe('incomplete');
    expect(stepState(template, onlyText, [], 'proactive')).toBe('notStarted');
    const inputs = indexTemplate(template).inputCells.filter((c) => c.table === 't3');
    const all: Report = { ...empty, cells: Object.fromEntries(inputs.map((c) => [c.id, '0'])) };
    expect(stepState(template, all, [], 'applications')).toBe('done');
    expect(stepState(template, all, [issue('incomplete', 'applications')], 'applications')).toBe(
      'incomplete',
    );
  });
  it('有错误 when an open error points at the step; dismissed warnings do not count', () => {
    const text: Report = { ...empty, narrative: { overview: '正文' } };
    expect(stepState(template, text, [issue('error', 'overview')], 'overview')).toBe('error');
    expect(stepState(template, text, [issue('warning', 'overview', true)], 'overview')).toBe(
      'done',
    );
    expect(stepState(template, text, [issue('info', 'overview')], 'overview')).toBe('done');
    expect(stepState(template, text, [issue('error', 'overview')], 'review')).toBe('error');
  });
  it('有提醒 when all is filled but an open warning points at the step, here and in 检查与导出', () => {
    const text: Report = { ...empty, narrative: { overview: '正文' } };
    const warned = [issue('warning', 'overview')];
    expect(stepState(template, text, warned, 'overview')).toBe('warned');
    expect(stepState(template, text, warned, 'proactive')).toBe('notStarted');
    // Partly filled stays 未完成 whatever the warnings.
    const some: Report = { ...empty, cells: { 't3.granted.naturalPerson': '1' } };
    expect(stepState(template, some, [issue('warning', 'applications')], 'applications')).toBe(
      'incomplete',
    );
    const inputs = indexTemplate(template).inputCells;
    const meta = { ...empty.meta, agencyName: '某局', reportDate: '2025-01-20' };
    const narrative = Object.fromEntries(template.sections.map((s) => [s.id, '正文']));
    const cells = Object.fromEntries(inputs.map((c) => [c.id, '0']));
    const whole: Report = { ...empty, meta, narrative, cells };
    expect(stepState(template, whole, [], 'review')).toBe('done');
    expect(stepState(template, whole, warned, 'review')).toBe('warned');
    expect(allStepStates(template, whole, warned)).toEqual(
      stepsOf(template).map((s) => stepState(template, whole, warned, s.id)),
    );
    expect(stepState(template, whole, [issue('warning', 'overview', true)], 'review')).toBe('done');
  });
  it('基本信息 needs name, year and date', () => {
    const named: Report = { ...empty, meta: { ...empty.meta, agencyName: '某局' } };
    expect(stepState(template, named, [], 'meta')).toBe('incomplete');
    const dated: Report = { ...named, meta: { ...named.meta, reportDate: '2025-01-20' } };
    expect(stepState(template, dated, [], 'meta')).toBe('done');
  });
});

describe('balance state', () => {
  const rel = template.balance[0];
  if (!rel) throw new Error('no balance');
  const report = (cells: Record<string, string>): Report => ({
    ...emptyReport('2021', 2024),
    cells,
  });
  it('is pending while a term is blank, then ok or bad with the difference', () => {
    const r1 = report({ 't3.newReceived.naturalPerson': '3' });
    expect(balanceOf(template, rel, r1, computeReport(template, r1))).toEqual({ state: 'pending' });
    const inputs = indexTemplate(template).inputCells.filter((c) => c.table === 't3');
    const zeros = Object.fromEntries(inputs.map((c) => [c.id, '0']));
    const ok = report({
      ...zeros,
      't3.newReceived.naturalPerson': '3',
      't3.granted.naturalPerson': '3',
    });
    expect(balanceOf(template, rel, ok, computeReport(template, ok))).toEqual({ state: 'ok' });
    const okSummary = balanceSummary(balanceStates(template, ok, computeReport(template, ok)));
    expect(okSummary).toEqual({ state: 'ok' });
    expect(balanceSummaryText(okSummary)).toBe('✓ 平衡');
    const bad = report({
      ...zeros,
      't3.newReceived.naturalPerson': '3',
      't3.granted.naturalPerson': '1',
    });
    expect(balanceOf(template, rel, bad, computeReport(template, bad))).toEqual({
      state: 'bad',
      diff: 2,
    });
    const badSummary = balanceSummary(balanceStates(template, bad, computeReport(template, bad)));
    expect(badSummary).toEqual({ state: 'bad', columns: 2 });
    expect(balanceSummaryText(badSummary)).toBe('✗ 不平衡 2 列');
  });
});

describe('balanceStatesOf', () => {
  const inputs = indexTemplate(template).inputCells.filter((c) => c.table === 't3');
  const zeros: Report = {
    ...emptyReport('2021', 2024),
    cells: Object.fromEntries(inputs.map((c) => [c.id, '0'])),
  };
  const typed = (cells: Record<string, string>): Report => ({
    ...zeros,
    cells: { ...zeros.cells, ...cells },
  });
  const of = (r: Report) => balanceStatesOf(template, r, computeReport(template, r));

  it('equals balanceStates, and is the same array while no column changes', () => {
    const first = of(zeros);
    expect(first).toEqual(balanceStates(template, zeros, computeReport(template, zeros)));
    expect(first.every((s) => s.state === 'ok')).toBe(true);
    // Another report revision whose columns all still balance (a cell of 表二): same array.
    const other = typed({ 't2.regulations.made': '4' });
    expect(of(other)).toBe(first);
    // A column off by one: a new array with that column bad, the others as they were.
    const off = typed({ 't3.newReceived.naturalPerson': '1' });
    const states = of(off);
    expect(states).not.toBe(first);
    expect(states).toEqual(balanceStates(template, off, computeReport(template, off)));
    expect(states[0]).toEqual({ state: 'bad', diff: 1 });
    // The difference changing is a change too.
    const two = typed({ 't3.newReceived.naturalPerson': '2' });
    expect(of(two)).not.toBe(states);
    expect(of(two)[0]).toEqual({ state: 'bad', diff: 2 });
    // A blank term: pending.
    const blank = typed({ 't3.newReceived.naturalPerson': '' });
    expect(of(blank)[0]).toEqual({ state: 'pending' });
  });

  it('summary: the same object while the states are, a new one when they change', () => {
    const r1 = typed({ 't3.newReceived.commercial': '5' });
    const s1 = balanceSummaryOf(template, r1, computeReport(template, r1));
    expect(s1).toEqual({ state: 'bad', columns: 2 });
    const r2 = typed({ 't3.newReceived.commercial': '5', 't2.regulations.made': '1' });
    expect(balanceSummaryOf(template, r2, computeReport(template, r2))).toBe(s1);
    const s3 = balanceSummaryOf(template, zeros, computeReport(template, zeros));
    expect(s3).toEqual({ state: 'ok' });
  });
});

describe('allStepStates', () => {
  it('agrees with stepState for every step', () => {
    const report: Report = {
      ...emptyReport('2021', 2024),
      meta: { ...emptyReport('2021', 2024).meta, agencyName: '某局' },
      narrative: { overview: '正文' },
      cells: { 't3.granted.naturalPerson': '1' },
    };
    const issues = [issue('error', 'overview'), issue('incomplete', 'applications')];
    const expected = stepsOf(template).map((s) => stepState(template, report, issues, s.id));
    expect(allStepStates(template, report, issues)).toEqual(expected);
    expect(allStepStates(template, report, [])).toEqual(
      stepsOf(template).map((s) => stepState(template, report, [], s.id)),
    );
  });
});
