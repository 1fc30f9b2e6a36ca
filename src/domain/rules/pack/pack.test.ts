import { describe, expect, it } from 'vitest';
import { formatById, formats } from '@templates/index';
import { rulePacks } from '@templates/rule-packs';
import wuwei from '@templates/rule-packs/wuwei-2025.json';
import { fullReport } from '@/testing/export-reports';
import type { Report } from '../../report/types';
import { evaluateChecks } from '../evaluate-checks';
import { rulePackChecks } from './compile';
import { parseRulePack } from './schema';

const pack = rulePacks[0];
if (!pack) throw new Error('no shipped pack');

const packIssues = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, {
    formats,
    today: '2026-06-01',
    extraChecks: rulePackChecks(pack),
  }).filter((i) => i.checkId.startsWith('pack:'));

const report2025 = (narrative: Partial<Report['narrative']>): Report => {
  const base = fullReport('2021');
  return {
    ...base,
    meta: { ...base.meta, year: 2025, reportDate: '2026-01-20' },
    narrative: { ...base.narrative, ...narrative },
  };
};

const good = {
  overview:
    '本年度政府信息管理：制发规章1件、规范性文件3件，废止规范性文件2件，现行有效规章5件、规范性文件20件。',
  proactive: '全年通过政府网站发布信息1234条，通过政务新媒体发布信息567条，发布政策解读12篇。',
};

describe('the 武威 2025 rule pack (武政办发〔2025〕54号)', () => {
  it('is valid data and names its source', () => {
    expect(pack.id).toBe('wuwei-2025');
    expect(pack.source).toBe('武政办发〔2025〕54号');
  });

  it('passes a report that states what it asks, leaving only the prompt', () => {
    const issues = packIssues(report2025(good));
    expect(issues.map((i) => [i.checkId, i.severity])).toEqual([
      ['pack:wuwei-2025:decisions-include-unpublished', 'info'],
    ]);
    expect(issues[0]?.cells).toEqual([
      't2.licensing.decisions',
      't2.punishment.decisions',
      't2.coercion.decisions',
    ]);
  });

  it('flags 总体情况 over a thousand characters', () => {
    const issues = packIssues(report2025({ ...good, overview: good.overview + '好'.repeat(1000) }));
    const long = issues.find((i) => i.checkId === 'pack:wuwei-2025:overview-length');
    expect(long?.severity).toBe('warning');
    expect(long?.message).toContain('篇幅原则上不超过一千字');
  });

  it('names what 主动公开 and 政府信息管理 leave unstated', () => {
    const issues = packIssues(
      report2025({
        overview: '本年度制发规范性文件3件。',
        proactive: '通过政府网站发布信息1234条，发布了政策解读。',
      }),
    );
    const proactive = issues.find((i) => i.checkId === 'pack:wuwei-2025:proactive-channels');
    expect(proactive?.message).toContain('未写明通过政务新媒体发布信息的条数、政策解读的数量');
    const management = issues.find((i) => i.checkId === 'pack:wuwei-2025:information-management');
    expect(management?.message).toContain('未写明废止件数、现行有效件数');
  });

  it('does not apply to other years', () => {
    const base = report2025(good);
    expect(packIssues({ ...base, meta: { ...base.meta, year: 2024 } })).toEqual([]);
  });
});

describe('rule pack validation', () => {
  it('accepts the shipped JSON and refuses broken packs with a Chinese message', () => {
    expect(parseRulePack(wuwei).ok).toBe(true);
    const broken = parseRulePack({ ...wuwei, rules: [{ id: 'x', kind: 'maxLength' }] });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.message).toMatch(/^规则包格式不正确/);
    const dup = parseRulePack({ ...wuwei, rules: [wuwei.rules[0], wuwei.rules[0]] });
    expect(dup.ok).toBe(false);
  });

  it('checks a cell relation between declared facts', () => {
    const relation = parseRulePack({
      id: 'test',
      name: '测试',
      source: '',
      years: { from: 2021, to: null },
      rules: [
        {
          id: 'valid-at-least-made',
          kind: 'cellRelation',
          left: [{ fact: 'regulationsValid' }],
          op: '>=',
          right: [{ fact: 'regulationsMade' }],
          severity: 'warning',
          title: '现行有效规章少于本年制发',
          message: '现行有效规章件数少于本年制发件数',
        },
      ],
    });
    if (!relation.ok) throw new Error(relation.message);
    const base = report2025(good);
    const report = {
      ...base,
      cells: { ...base.cells, 't2.regulations.valid': '0', 't2.regulations.made': '2' },
    };
    const issues = evaluateChecks(formatById('2021'), report, {
      formats,
      today: '2026-06-01',
      extraChecks: rulePackChecks(relation.pack),
    }).filter((i) => i.checkId.startsWith('pack:'));
    expect(issues.map((i) => i.message)).toEqual(['现行有效规章件数少于本年制发件数（0 与 2）']);
  });
});
