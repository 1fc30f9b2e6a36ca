import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReportCell } from '@/domain/report/read-cell';
import { indexTemplate } from '@/domain/template/lookup';
import { formatById } from '@templates/index';
import { htmlToBlocks } from './html/html-to-blocks';
import { importHtml } from './import-html';
import type { ImportSuccess } from './types';

/** Tables copied from web pages arrive as `text/html`: read cell by cell, rowspans kept in place. */

function ok(html: string, text = ''): ImportSuccess {
  const r = importHtml(html, text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('HTML tables', () => {
  it('a real page (2019 上海市人民政府办公厅): every printed cell lands in its cell', () => {
    const dir = 'templates/fixtures/real-html';
    const r = ok(readFileSync(`${dir}/001-shanghai-bgt-2019.html`, 'utf8'));
    const expected = JSON.parse(
      readFileSync(`${dir}/001-shanghai-bgt-2019.expected.json`, 'utf8'),
    ) as { cells: Record<string, string> };
    expect({ ...r.report.cells, ...r.report.reportedTotals }).toEqual(expected.cells);
    expect(r.report.formatId).toBe('2019');
    expect(r.report.meta).toMatchObject({
      agencyName: '上海市人民政府办公厅',
      year: 2019,
      reportDate: '2020-01-31',
    });
    expect(r.report.narrative.other).toBe('无。');
    expect(r.unrecognised).toEqual([]);
  });

  it('unclosed cells, entities, <br> inside a label and a rowspan from the row above', () => {
    const blocks = htmlToBlocks(
      `<p>三、收到和处理政府信息公开申请情况<table><tr><td rowspan=2>三、本年度办理结果<td>（一）予以&nbsp;公开<td>1<td>&#50;</tr>` +
        `<tr><td>（二）部分<br>公开<td>3<td>&lt;4&gt;</table><p>五、存在的主要问题及改进情况`,
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' },
      { kind: 'row', fields: ['三、本年度办理结果', '（一）予以\u00a0公开', '1', '2'] },
      { kind: 'row', fields: ['', '（二）部分公开', '3', '<4>'] },
      { kind: 'paragraph', text: '五、存在的主要问题及改进情况' },
    ]);
  });

  it('a count printed with its measure word (real: 平潭 财政金融局 2020, 政府集中采购 `2笔`) is the count', () => {
    const r = ok(
      '<p>二、主动公开政府信息情况</p><table><tr><td>政府集中采购<td>2笔<td>984361元</table>',
    );
    expect(r.report.cells['t2.centralProcurement.items']).toBe('2');
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('984361');
  });

  it('a signature with the agency and the date on one line (real: 平潭综合实验区公安局2022年1月7日)', () => {
    const r = ok(
      '<p>平潭综合实验区公安局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>本年度工作平稳。</p>' +
        '<p>六、其他需要报告的事项</p><p>2021年，无收取信息处理费情况。</p><p>平潭综合实验区公安局2022年1月7日</p>',
    );
    expect(r.report.meta.reportDate).toBe('2022-01-07');
    expect(r.report.narrative.other).toBe('2021年，无收取信息处理费情况。');
  });

  it('a row label one character off is read as that row, and said so (real: 平潭综合实验区市场监督管理局 2025)', () => {
    const r = ok(readFileSync('templates/fixtures/real-html/031-pingtan-scjgj-2025.html', 'utf8'));
    expect(r.report.cells['t3.enforcementFile.naturalPerson']).toBe('3');
    expect(r.report.reportedTotals['t3.enforcementFile.total']).toBe('3');
    expect(r.warnings).toContain(
      '表三“7.属于行政执法案件”与模板行名“7.属于行政执法案卷”相差一字，已按“7.属于行政执法案卷”行读取，请核对。',
    );
    // Two characters off: not guessed, the values listed as not read.
    const far = ok(
      '<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>7.属于行政处罚案件<td>3<td>0<td>0<td>0<td>0<td>0<td>3</table>',
    );
    expect(
      Object.keys(far.report.cells).filter((id) => id.startsWith('t3.enforcementFile')),
    ).toEqual([]);
    expect(far.unrecognised).toEqual(['7.属于行政处罚案件 3 0 0 0 0 0 3']);
  });

  it('the signature above a disclosure note or an issuing office’s 印发 line is read (real: 海坛片区管理局 2025, 2021)', () => {
    const page = (tail: string) =>
      ok(
        `<p>六、其他需要报告的事项</p><p>本年度未产生政府信息公开信息处理费用。</p><p>平潭综合实验区海坛片区管理局</p><p>2026年1月26日</p>${tail}`,
      ).report.meta.reportDate;
    expect(page('<p>（此件主动公开）</p>')).toBe('2026-01-26');
    expect(page('<p>海坛片区管理局党政办公室 2026年1月26日印发</p>')).toBe('2026-01-26');
    expect(
      ok(readFileSync('templates/fixtures/real-html/056-pingtan-htpq-2021.html', 'utf8')).report
        .meta.reportDate,
    ).toBe('2022-01-07');
  });

  it('a row label with its unit after it names the row, the unit stated (real: 平潭综合实验区综合执法与应急管理局 2020)', () => {
    const r = ok(
      readFileSync('templates/fixtures/real-html/070-pingtan-zhzfyjj-2020.html', 'utf8'),
    );
    expect(r.report.cells['t2.centralProcurement.items']).toBe('6');
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('675809');
    expect(r.report.source?.unitsUnstated ?? []).not.toContain('t2.centralProcurement.amount');
    // In 万元: the amount is said to be in 万元, as a unit printed with it.
    const wan = ok(
      '<p>二、主动公开政府信息情况</p><table><tr><td>第二十条第（九）项<tr><td>信息内容<td>采购项目数量<td>采购总金额<tr><td>政府集中采购（万元）<td>6<td>67.58</table>',
    );
    expect(wan.report.cells['t2.centralProcurement.amount']).toBe('67.58');
    expect(wan.report.cellUnits['t2.centralProcurement.amount']).toBe('万元');
    // A label two characters off with a unit is not guessed.
    const far = ok(
      '<p>二、主动公开政府信息情况</p><table><tr><td>信息内容<td>采购项目数量<td>采购总金额<tr><td>集中采购额（元）<td>6<td>675809</table>',
    );
    expect(far.report.cells['t2.centralProcurement.amount']).toBeUndefined();
  });

  it('an amount is kept as printed, its value computed with (real: 平潭综合实验区 2020 `73802895.90元`)', () => {
    const r = ok(readFileSync('templates/fixtures/real-html/022-pingtan-qu-2020.html', 'utf8'));
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('73802895.90');
    const amount = indexTemplate(formatById('2019')).cells.get('t2.centralProcurement.amount');
    if (!amount) throw new Error('no amount cell');
    expect(readReportCell(r.report, amount)).toEqual({
      kind: 'value',
      value: '73802895.9',
      printed: '73802895.90',
    });
  });

  it('a table of section 六 that is not one of the format is kept as its text, row by row (real: 平潭综合实验区市场监督管理局 2025)', () => {
    const r = ok(readFileSync('templates/fixtures/real-html/031-pingtan-scjgj-2025.html', 'utf8'));
    expect(r.report.narrative.other).toMatch(
      /^通知收取件数\t通知收取金额（元）\t实际收取金额（元）\n信息处理费收取情况\t1\t800\t0\n根据《条例》/,
    );
    expect(r.unrecognised).toEqual([]);
    // In a section with a table of the format, an unknown row is still listed, never text.
    const inTable = ok(
      '<p>三、收到和处理政府信息公开申请情况</p><table><tr><td>信息处理费收取情况<td>1<td>800<td>0</table>' +
        '<p>六、其他需要报告的事项</p><p>无。</p>',
    );
    expect(inTable.report.narrative.applications ?? '').toBe('');
    expect(inTable.unrecognised).toEqual(['信息处理费收取情况 1 800 0']);
  });

  it('script and style are not text; a page without a table falls back to the plain text', () => {
    const blocks = htmlToBlocks(
      '<style>td{}</style><script>var x="<td>1</td>"</script><p>一、总体情况</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: '一、总体情况' }]);
    const r = ok('<b>no table</b>', '一、总体情况\n本年度工作平稳。\n');
    expect(r.report.narrative.overview).toBe('本年度工作平稳。');
  });
});
