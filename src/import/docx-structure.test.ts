import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocxBytes } from './import-docx';
import type { ImportSuccess } from './types';

/**
 * Word structures that hand-made reports use: the report inside a one-cell frame table,
 * headings numbered by Word's list numbering (no `一、` in the text), row labels without their
 * `（一）` numbers or cut short, merged cells (gridSpan, vMerge), content controls, soft breaks.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const p = (text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const span = (n: number): string => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}

function ok(bytes: Uint8Array): ImportSuccess {
  const r = importDocxBytes(bytes);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const vals = (...v: string[]): string[] => v.map((x) => tc(x));

const t3 = tbl(
  tr(
    tc('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span(3) + restart),
    tc('申请人情况', span(7)),
  ),
  tr(tc('', span(3) + cont), tc('自然人'), tc('法人或其他组织', span(5)), tc('总计')),
  tr(tc('一、本年新收政府信息公开申请数量', span(3)), ...vals('4', '0', '0', '0', '0', '0', '4')),
  tr(
    tc('三、本年度办理结果', restart),
    tc('予以公开', span(2)),
    ...vals('3', '0', '0', '0', '0', '0', '3'),
  ),
  tr(tc('', cont), tc('（二）部分公开', span(2)), ...vals('1', '0', '0', '0', '0', '0', '1')),
  tr(
    tc('', cont),
    tc('不予公开', restart),
    tc('属于国家秘密'),
    ...vals('0', '0', '0', '0', '0', '0', '0'),
  ),
  tr(
    tc('', cont),
    tc('', cont),
    tc('7.属于行政执法案卷'),
    ...vals('0', '0', '0', '0', '0', '0', '0'),
  ),
);

describe('.docx structures', () => {
  it('a framed report with list-numbered headings and labels without numbers', () => {
    const body = tbl(
      tr(
        `<w:tc><w:tcPr/>${[
          p('某某市某某局2020年度政府信息公开工作年度报告'),
          p('总体情况'),
          '<w:sdt><w:sdtContent>' + p('全年主动公开信息100条。') + '</w:sdtContent></w:sdt>',
          p('主动公开政府信息情况'),
          p('收到和处理政府信息公开申请情况'),
          t3,
          p('存在的主要问题及改进情况'),
          '<w:p><w:r><w:t>问题一。</w:t><w:br/><w:t>问题二。</w:t></w:r></w:p>',
        ].join('')}</w:tc>`,
      ),
    );
    const r = ok(docx(body));
    expect(r.recognised.sections.overview.heading).toBe('总体情况');
    expect(r.recognised.sections.applications.heading).toBe('收到和处理政府信息公开申请情况');
    expect(r.report.narrative).toEqual({
      overview: '全年主动公开信息100条。',
      problems: '问题一。\n问题二。',
    });
    expect(r.report.meta).toMatchObject({ agencyName: '某某市某某局', year: 2020 });
    expect(r.report.cells).toMatchObject({
      't3.newReceived.naturalPerson': '4',
      't3.granted.naturalPerson': '3',
      't3.partial.naturalPerson': '1',
      't3.stateSecret.naturalPerson': '0',
      't3.enforcementFile.otherOrg': '0',
    });
    expect(r.report.reportedTotals).toMatchObject({
      't3.newReceived.total': '4',
      't3.partial.total': '1',
    });
    expect(r.unrecognised).toEqual([]);
  });

  it('a table with no known labels is never guessed into cells: the text of a section without a table of the format, else listed as unrecognised', () => {
    const r = ok(
      docx(
        p('一、总体情况') + p('概述。') + tbl(tr(tc('项目'), tc('数量')), tr(tc('会议'), tc('12'))),
      ),
    );
    expect(r.report.cells).toEqual({});
    expect(r.report.narrative.overview).toBe('概述。\n项目\t数量\n会议\t12');
    expect(r.unrecognised).toEqual([]);
    const inTable = ok(
      docx(
        p('二、主动公开政府信息情况') + tbl(tr(tc('项目'), tc('数量')), tr(tc('会议'), tc('12'))),
      ),
    );
    expect(inTable.report.cells).toEqual({});
    expect(inTable.unrecognised).toEqual(['项目 数量', '会议 12']);
  });
});
