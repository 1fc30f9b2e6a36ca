import { describe, expect, it } from 'vitest';
import { importText } from './import-text';

/** A page's list item printed as `- 总体情况` (real: 朔州市 2023, mended after the measure of 404–433). */

const preface =
  '本年度报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自2023年1月1日起,至2023年12月31日止。';
const body = '(一)主动公开情况。2023年,朔州市政府门户网站发布信息36442条。';

function headingsOf(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report.source?.headings;
}

describe('a section heading marked as a list item', () => {
  it('is read as the official heading, its numeral being the list’s', () => {
    expect(headingsOf(`${preface}\n- 总体情况\n${body}`)?.overview).toBe('一、总体情况');
    // A numbered heading keeps its own words, without the mark.
    expect(headingsOf(`${preface}\n- 一、总体情况\n${body}`)?.overview).toBe('一、总体情况');
  });

  it('leaves other list items alone (real: 天水市 2021, `- 索引号: 20230611-1312`)', () => {
    const r = importText(
      `- 索引号: 20230611-1312\n- 发布时间: 2022-01-17\n${preface}\n一、总体情况\n${body}`,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.report.source?.headings?.overview).toBe('一、总体情况');
    // A list item in a narrative that is no section's words is not a heading.
    expect(headingsOf(`${preface}\n一、总体情况\n- 总体情况良好\n${body}`)?.overview).toBe(
      '一、总体情况',
    );
  });
});
