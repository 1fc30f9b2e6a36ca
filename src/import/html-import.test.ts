import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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

  it('script and style are not text; a page without a table falls back to the plain text', () => {
    const blocks = htmlToBlocks(
      '<style>td{}</style><script>var x="<td>1</td>"</script><p>一、总体情况</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: '一、总体情况' }]);
    const r = ok('<b>no table</b>', '一、总体情况\n本年度工作平稳。\n');
    expect(r.report.narrative.overview).toBe('本年度工作平稳。');
  });
});
