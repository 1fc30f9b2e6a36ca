import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from '@/import';
import type { Report } from '@/domain/report/types';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';

const belowPermits = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' })
    .filter((i) => i.checkId === 't2-decisions-below-permits')
    .map((i) => [i.key, i.severity, i.message] as const);

function page(name: string): Report {
  const r = importHtml(readFileSync(`templates/fixtures/real-html/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** A 2019 report typed in the form: 行政许可 处理决定数量 and the 总体情况. */
function typed(decisions: string, overview: string): Report {
  const empty = emptyReport('2019', 2019);
  return {
    ...empty,
    cells: { ...empty.cells, 't2.licensing.decisions': decisions },
    narrative: { ...empty.narrative, overview },
  };
}

/** 平潭综合实验区交通与建设局 2019's sentence (real wording). */
const PERMITS =
  '四是突出公开重点。全年公开核准企业资质条、施工许可证76条、安全生产许可证121条、排水许可证5条、申请户外广告设置许可证783条、申请竣工验收备案16条等。';

describe('t2-decisions-below-permits: permits the text counts against 表二 行政许可 处理决定数量', () => {
  it('warns when 985 permits meet 1 decision (real: 平潭综合实验区交通与建设局 2019)', () => {
    const issues = belowPermits(page('071-pingtan-jtjsj-2019.html'));
    expect(issues.map((i) => i.slice(0, 2))).toEqual([
      ['t2-decisions-below-permits:overview', 'warning'],
    ]);
    expect(issues[0]?.[2]).toContain('共 985 个许可证');
    expect(issues[0]?.[2]).toContain('“施工许可证76条”');
    expect(belowPermits(typed('1', PERMITS)).map((i) => i[0])).toEqual([
      't2-decisions-below-permits:overview',
    ]);
  });

  it('stays silent within an order of magnitude (real: 平潭综合实验区 2019, the same permits and 181 decisions)', () => {
    expect(belowPermits(page('004-pingtan-qu-2019.html'))).toEqual([]);
    expect(belowPermits(typed('181', PERMITS))).toEqual([]);
  });

  it('does not count permits cancelled, nor a table left blank', () => {
    expect(belowPermits(typed('1', '全年注销排水许可证50个、吊销许可证30张。'))).toEqual([]);
    expect(belowPermits(typed('', PERMITS))).toEqual([]);
  });
});
