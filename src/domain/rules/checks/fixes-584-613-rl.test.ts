import { describe, expect, it } from 'vitest';
import { formatById, formats } from '@templates/index';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import type { Report } from '@/domain/report/types';
import { importHtml, importText } from '@/import';

/**
 * Since a fix of stop 34 after the measure of 584–613: 表二's row of 2021's `行政规范性文件` printed
 * `规范性文件`, the 2019 format's label (real: 凯里市万潮镇 2023, 白沙黎族自治县 2023, 平潭 pages).
 */

const KEY = 'table-header-changed:t2:行政规范性文件';
const MESSAGE =
  '表二第二十条第（一）项的行名印作“规范性文件”，这是国办公开办函〔2019〕60号旧格式的行名；本报告所用国办公开办函〔2021〕30号格式此行为“行政规范性文件”，行名不能改动，请按格式改为“行政规范性文件”';

const checked = (report: Report) =>
  evaluateChecks(formatById(report.formatId), report, { formats, today: '2026-12-01' }).filter(
    (i) => i.checkId === 'table-header-changed',
  );

const fromText = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

const TITLE = '万潮镇2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
/** 表二's 第二十条第（一）项 as 凯里市万潮镇 2023 prints it: a cell a line. */
const wanchao = (row: string, header = ['本年制发件数', '本年废止件数', '现行有效件数']): string =>
  `${TITLE}第二十条第(一)项\n信息内容\n${header.join('\n')}\n规章\n0\n0\n0\n${row}\n3\n1\n9\n第二十条第(五)项\n`;
/** As 白沙黎族自治县 2023 prints it: pipe rows. */
const baisha = (row: string): string =>
  `白沙黎族自治县2023年政府信息公开工作年度报告\n(二)主动公开政府信息的情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | |\n${row} | 15 | 0 | 57 |\n第二十条第(五)项 | |\n`;

describe('a 2021 表二 row printed with the 2019 label `规范性文件` (table-header-changed)', () => {
  it('is read into 行政规范性文件’s cells and warned, a cell a line (real: 凯里市万潮镇 2023)', () => {
    const report = fromText(wanchao('规范性文件'));
    expect(report.formatId).toBe('2021');
    expect(report.cells['t2.normativeDocuments.made']).toBe('3');
    expect(report.cells['t2.normativeDocuments.repealed']).toBe('1');
    expect(report.cells['t2.normativeDocuments.valid']).toBe('9');
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '规范性文件', label: '行政规范性文件' },
    ]);
    const found = checked(report);
    expect(found.map((i) => [i.key, i.message])).toEqual([[KEY, MESSAGE]]);
    expect(found[0]?.cells).toEqual([
      't2.normativeDocuments.made',
      't2.normativeDocuments.repealed',
      't2.normativeDocuments.valid',
    ]);
  });

  it('is read and warned from pipe rows (real: 白沙黎族自治县 2023 `规范性文件 | 15 | 0 | 57 |`)', () => {
    const report = fromText(baisha('规范性文件'));
    expect(report.cells['t2.normativeDocuments.made']).toBe('15');
    expect(report.cells['t2.normativeDocuments.valid']).toBe('57');
    expect(checked(report).map((i) => i.key)).toEqual([KEY]);
  });

  it('is warned with a note after the label, the note left out of the label quoted', () => {
    const report = fromText(baisha('规范性文件(指各行政机关印发的有正式文号的文件)'));
    expect(report.cells['t2.normativeDocuments.made']).toBe('15');
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '规范性文件', label: '行政规范性文件' },
    ]);
  });

  it('is warned from a web page’s table (real: 平潭综合实验区市场监督管理局 2025 `规范性文件 | 1 | 1 | 73`)', () => {
    const cell = (t: string) => `<td>${t}</td>`;
    const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
    const html = `<h1>平潭综合实验区市场监督管理局2025年政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p><table>${row('第二十条第（一）项')}${row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数')}${row('规范性文件', '1', '1', '73')}${row('第二十条第（五）项')}</table>`;
    const result = importHtml(html);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.cells['t2.normativeDocuments.valid']).toBe('73');
    expect(checked(result.report).map((i) => i.key)).toEqual([KEY]);
  });

  it('is silent on the 2021 label, and on `规范性文件` in a 2019 表二 (real: 西火镇 2021)', () => {
    expect(checked(fromText(wanchao('行政规范性文件')))).toEqual([]);
    expect(checked(fromText(baisha('行政规范性文件')))).toEqual([]);
    // The 2019 format's own label under its own header (`本年新制作数量 本年新公开数量 对外公开总数量`).
    const of2019 = fromText(
      wanchao('规范性文件', ['本年新制作数量', '本年新公开数量', '对外公开总数量']).replace(
        '2023年',
        '2019年',
      ),
    );
    expect(of2019.formatId).toBe('2019');
    expect(of2019.cells['t2.normativeDocuments.newlyMade']).toBe('3');
    expect(checked(of2019)).toEqual([]);
  });

  it('is silent on 规范性文件 in a sentence of the narrative', () => {
    const text = `${wanchao('行政规范性文件')}一、总体情况\n本年度制发规范性文件3件，废止规范性文件1件。\n`;
    expect(checked(fromText(text))).toEqual([]);
  });
});
