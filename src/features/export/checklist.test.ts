import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import type { Issue } from '@/domain/rules/types';
import { rulePacks } from '@templates/rule-packs';
import { formatById } from '@templates/index';
import { exportChecklist as checklistOf } from './checklist';

const template = formatById('2021');
const exportChecklist = (issues: readonly Issue[], report: Report) =>
  checklistOf(issues, report, template);

const issue = (key: string, severity: Issue['severity'], dismissed = false): Issue => ({
  key,
  checkId: key,
  severity,
  message: `消息 ${key}`,
  cells: [],
  fields: [],
  section: 'meta',
  ...(dismissed ? { dismissed: true } : {}),
});

describe('export checklist', () => {
  const report = {
    ...emptyReport('2021', 2024),
    dismissed: { w2: { reason: '已核实无误', at: '2025-01-10T00:00:00Z' } },
  };

  it('groups open issues and lists dismissed warnings with their reasons', () => {
    const list = exportChecklist(
      [
        issue('e1', 'error'),
        issue('i1', 'incomplete'),
        issue('w1', 'warning'),
        issue('w2', 'warning', true),
        issue('n1', 'info'),
      ],
      report,
    );
    expect(list.errors.map((i) => i.key)).toEqual(['e1']);
    expect(list.incomplete.map((i) => i.key)).toEqual(['i1']);
    expect(list.warnings.map((i) => i.key)).toEqual(['w1']);
    expect(list.dismissed.map((d) => [d.issue.key, d.reason])).toEqual([['w2', '已核实无误']]);
    expect(list.needsConfirmation).toBe(true);
  });

  it('asks for no confirmation when only dismissed warnings and info remain', () => {
    expect(
      exportChecklist([issue('w2', 'warning', true), issue('n1', 'info')], report)
        .needsConfirmation,
    ).toBe(false);
    expect(exportChecklist([issue('w1', 'warning')], report).needsConfirmation).toBe(true);
    expect(exportChecklist([issue('i1', 'incomplete')], report).needsConfirmation).toBe(true);
  });

  it('names whose checks it lists, and tags the findings of the rule pack', () => {
    expect(exportChecklist([], report).sources).toEqual([
      { kind: 'format', title: '国办公开办函〔2021〕30号格式的通用检查', applies: true },
    ]);
    // A variant is named by its own name.
    expect(checklistOf([], report, { ...template, name: '某省年报格式' }).sources[0]?.title).toBe(
      '某省年报格式的通用检查',
    );
    const pack = rulePacks[0]!;
    const withPack: Report = { ...report, meta: { ...report.meta, year: 2025 }, rulePack: pack };
    const packRule = pack.rules[0]!;
    const list = exportChecklist(
      [
        { ...issue('p1', 'warning'), checkId: `pack:${pack.id}:${packRule.id}` },
        issue('w1', 'warning'),
      ],
      withPack,
    );
    expect(list.sources.map((s) => s.title)).toEqual([
      '国办公开办函〔2021〕30号格式的通用检查',
      '地方规则包：武威市2025年度政府信息公开工作年度报告编制要求（武政办发〔2025〕54号）',
    ]);
    expect(list.sources[1]?.applies).toBe(true);
    expect([...list.fromPack]).toEqual(['p1']);
    // A 2024 report: the 2025 pack is named, with its checks said not to have run.
    expect(
      exportChecklist([], { ...withPack, meta: { ...report.meta, year: 2024 } }).sources[1],
    ).toMatchObject({ kind: 'pack', applies: false });
  });
});
