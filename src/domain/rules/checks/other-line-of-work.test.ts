import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml, importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';

const lineOfWork = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' })
    .filter((i) => i.checkId === 'other-line-of-work')
    .map((i) => [i.key, i.severity, i.message] as const);

function imported(path: string): Report {
  const text = readFileSync(path, 'utf8');
  const r = path.endsWith('.html') ? importHtml(text) : importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

function typed(agencyName: string, agencyKind: Report['meta']['agencyKind'], overview: string) {
  const empty = emptyReport('2021', 2023);
  return {
    ...empty,
    meta: { ...empty.meta, agencyName, agencyKind },
    narrative: { ...empty.narrative, overview },
  };
}

describe('other-line-of-work: a government’s or township’s overview copied from a department’s', () => {
  it('warns on a county government disclosing `教育工作信息` (real: 伊宁县人民政府 2023)', () => {
    const issues = lineOfWork(imported('templates/fixtures/real/188-yining-2023.txt'));
    expect(issues.map((i) => i.slice(0, 2))).toEqual([['other-line-of-work:overview', 'warning']]);
    expect(issues[0]?.[2]).toContain('“公开教育工作信息”');
  });

  it('warns on a township grounding itself on `全镇发展改革工作实际` (real: 五蛟镇 2020)', () => {
    const issues = lineOfWork(imported('templates/fixtures/real/187-huachi-wujiao-2020.txt'));
    expect(issues.map((i) => i[0])).toEqual(['other-line-of-work:overview']);
    expect(issues[0]?.[2]).toContain('“立足全镇发展改革工作实际”');
    expect(
      lineOfWork(
        typed(
          '示例镇人民政府',
          'township',
          '我镇把政务公开工作纳入重要议事日程,推进发改信息公开工作落实。',
        ),
      ).map((i) => i[0]),
    ).toEqual(['other-line-of-work:overview']);
  });

  it('stays silent on a department’s own line, and on a government publishing it among others (real: 民和县教育局 2023, 平潭 2019)', () => {
    expect(lineOfWork(imported('templates/fixtures/real/137-minhe-jyj-2023.txt'))).toEqual([]);
    expect(lineOfWork(imported('templates/fixtures/real-html/004-pingtan-qu-2019.html'))).toEqual(
      [],
    );
    expect(
      lineOfWork(
        typed(
          '示例县教育局',
          'department',
          '全面、准确、及时地公开教育工作信息,有力推动了教育事业健康有序发展。',
        ),
      ),
    ).toEqual([]);
    expect(
      lineOfWork(
        typed(
          '示例县人民政府',
          'government',
          '扎实推进重点领域信息公开,要求进一步推进教育事业发展有关信息公开,发布主题教育信息32条。',
        ),
      ),
    ).toEqual([]);
  });
});
