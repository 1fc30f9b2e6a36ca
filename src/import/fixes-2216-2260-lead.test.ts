import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's paragraphs mended after the measure of 2216–2260 (stop 56, the lead). */

const overviewOf = (text: string): string => {
  const r = importText(text);
  return r.ok ? (r.report.narrative.overview ?? '') : '';
};

const PREFACE_LINE =
  '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止,如有疑问请联系:某市某局办公室,联系电话:0310-8133001';

describe('a paragraph ending in a digit, the next opening with one', () => {
  it('keeps them apart: a phone number and the next paragraph’s year (real: 邯郸市气象局 2020)', () => {
    const overview = overviewOf(realText('2247-handan-qxj-2020.txt'));
    expect(overview).toContain('0310-8133001\n2020,邯郸市气象局');
    expect(overview).not.toContain('81330012020');
  });

  it('keeps them apart in any text pasted from a page', () => {
    const text = `一、总体情况\n${PREFACE_LINE}\n\n2020,本局主动公开政府信息10条。\n`;
    expect(overviewOf(text)).toContain('8133001\n2020,本局');
  });

  it('still joins a printed line cut before a word, a number’s unit or a year’s 年', () => {
    const cut = '本年度本局严格按照条例要求认真做好主动公开工作,全年在政府网站主动公开政府信息共计';
    expect(overviewOf(`一、总体情况\n${cut}\n128条。\n`)).toContain(`${cut}128条。`);
    const year = '本局严格落实政府信息公开工作各项要求,认真总结分析全年工作,截至2020';
    expect(overviewOf(`一、总体情况\n${year}\n年12月31日,主动公开10条。\n`)).toContain(
      `${year}年12月31日`,
    );
  });
});

describe('a table printed on one line of a page, its rows run together', () => {
  const cellsOf = (text: string): Record<string, string> => {
    const r = importText(text);
    return r.ok ? { ...r.report.cells } : {};
  };

  it('reads each row’s cells, the header fields between them left out (real: 徐水区交通运输局 2021)', () => {
    expect(cellsOf(realText('2303-xushui-jtj-2021.txt'))).toEqual({
      't2.regulations.made': '0',
      't2.regulations.repealed': '0',
      't2.regulations.valid': '0',
      't2.normativeDocuments.made': '0',
      't2.normativeDocuments.repealed': '0',
      't2.normativeDocuments.valid': '0',
      't2.licensing.decisions': '650',
      't2.punishment.decisions': '100',
      't2.coercion.decisions': '0',
    });
  });

  it('takes no cut label at the line’s end for a value', () => {
    const line =
      '二、主动公开政府信息情况\n第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 3 | 第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 7 | 行政强制 | 2 | 第二十条第(八)项 | 信息\n';
    expect(cellsOf(line)).toEqual({
      't2.licensing.decisions': '3',
      't2.punishment.decisions': '7',
      't2.coercion.decisions': '2',
    });
  });

  it('still reads a row whose group label stands before its own label as one row', () => {
    const rows =
      '三、收到和处理政府信息公开申请情况\n| 三、本年度办理结果 | （一）予以公开 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n';
    expect(cellsOf(rows)['t3.granted.naturalPerson']).toBe('4');
  });
});
