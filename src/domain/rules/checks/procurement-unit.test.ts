import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml, importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';

const AMOUNT = 't2.centralProcurement.amount';
const ITEMS = 't2.centralProcurement.items';

const procurementIssues = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' }).filter(
    (i) => i.checkId.startsWith('procurement-unit'),
  );

/** A real report of the corpus, imported from its published text. */
function imported(name: string): Report {
  const r = importText(readFileSync(`templates/fixtures/real/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** A 2019 report typed in the form: the column states 元. */
function typed(items: string, amount: string): Report {
  const empty = emptyReport('2019', 2020);
  return { ...empty, cells: { ...empty.cells, [ITEMS]: items, [AMOUNT]: amount } };
}

describe('2019 采购总金额: printed without a unit', () => {
  it('warns once with both readings on a bare number (会昌县中村乡 2020: `政府集中采购 | 1 | 8040`)', () => {
    const report = imported('050-huichang-zhongcun-2020.txt');
    expect(report.source?.unitsUnstated).toEqual([AMOUNT]);
    const issues = procurementIssues(report);
    expect(issues.map((i) => [i.checkId, i.severity])).toEqual([
      ['procurement-unit-unstated', 'warning'],
    ]);
    expect(issues[0]?.message).toContain(
      '8040 未注明单位：〔2019〕60号格式的表头未印单位，是 8040 元还是 8040 万元？请注明单位',
    );
    // 8040 元 for one purchase is plausible: no leaning either way.
    expect(issues[0]?.message).not.toContain('更像是万元');
  });

  it('says which reading is likelier when 元 makes the purchases implausibly small (长寿区云台镇 2020: 15 items, 11.876)', () => {
    const issues = procurementIssues(imported('036-changshou-yuntai-2020.txt'));
    expect(issues.map((i) => i.checkId)).toEqual(['procurement-unit-unstated']);
    expect(issues[0]?.message).toContain('是 11.876 元还是 11.876 万元？');
    expect(issues[0]?.message).toContain('按元计平均每个采购项目不到 1000 元，更像是万元');
  });

  it('is silent on a bare amount that in 万元 would be 100亿元 or more (平潭综合实验区农业农村局 2020: `4253521.20`)', () => {
    const page = importHtml(
      readFileSync('templates/fixtures/real-html/026-pingtan-nyncj-2020.html', 'utf8'),
    );
    if (!page.ok) throw new Error(page.message);
    expect(page.report.source?.unitsUnstated).toEqual([AMOUNT]);
    expect(procurementIssues(page.report)).toEqual([]);
    // Just below: 999999.99 万元 is a plausible reading still.
    const below = { ...page.report, cells: { ...page.report.cells, [AMOUNT]: '999999.99' } };
    expect(procurementIssues(below).map((i) => i.checkId)).toEqual(['procurement-unit-unstated']);
  });

  it.each([
    ['049-qionghai-dalu-2019.txt', '70487元'],
    ['084-ankang-ju-2019.txt', '160.5964万元'],
  ])('is silent when the cell says its unit (%s: `%s`)', (name) => {
    const report = imported(name);
    expect(report.source?.unitsUnstated).toBeUndefined();
    expect(procurementIssues(report)).toEqual([]);
  });

  it('is silent when the header prints the unit (平潭综合实验区交通与建设局 2020: `采购总金额（元）` over `26 | 3042532`)', () => {
    const r = importHtml(
      readFileSync('templates/fixtures/real-html/015-pingtan-jtjsj-2020.html', 'utf8'),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.report.cells[AMOUNT]).toBe('3042532');
    expect(r.report.source?.unitsUnstated).toBeUndefined();
    expect(r.report.cellUnits[AMOUNT]).toBeUndefined();
    expect(procurementIssues(r.report)).toEqual([]);
  });

  it('reads a header in 万元 as the unit of the bare number, and a bare header still warns', () => {
    const page = (header: string) =>
      importText(
        [
          '二、主动公开政府信息情况',
          '第二十条第（九）项',
          `信息内容 | 采购项目数量 | ${header}`,
          '政府集中采购 | 12 | 380.5',
        ].join('\n'),
      );
    const wan = page('采购总金额（单位：万元）');
    if (!wan.ok) throw new Error(wan.message);
    expect(wan.report.source?.unitsUnstated).toBeUndefined();
    expect(wan.report.cellUnits[AMOUNT]).toBe('万元');
    const bare = page('采购总金额');
    if (!bare.ok) throw new Error(bare.message);
    expect(bare.report.source?.unitsUnstated).toEqual([AMOUNT]);
  });

  it('is silent on a report typed in the form, whose column states 元', () => {
    expect(procurementIssues(typed('1', '8040'))).toEqual([]);
  });

  it('is silent on 0 (no purchase to read two ways)', () => {
    const report = { ...typed('0', '0'), source: { unitsUnstated: [AMOUNT] } };
    expect(procurementIssues(report)).toEqual([]);
  });
});

describe('2019 采购总金额 read in 元: implausibly small', () => {
  it('quotes the amount as written, not rounded, and the 万元 it most likely is (info)', () => {
    const issues = procurementIssues(typed('5', '11.876'));
    expect(issues.map((i) => [i.checkId, i.severity])).toEqual([
      ['procurement-unit-assumed', 'info'],
    ]);
    expect(issues[0]?.message).toContain('11.876 按元计，平均每个采购项目不到 1000 元');
    expect(issues[0]?.message).toContain('请写作“11.876万”');
  });

  it('is silent at 1000 元 or more per purchase, or when written in 万元', () => {
    expect(procurementIssues(typed('5', '5000'))).toEqual([]);
    const report = typed('5', '11.876');
    expect(procurementIssues({ ...report, cellUnits: { [AMOUNT]: '万元' } })).toEqual([]);
  });
});
