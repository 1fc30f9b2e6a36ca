import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readDateUnderTitle } from './read-date-under-title';
import { agencyInPreface, yearInPreface } from './read-meta';

/** What the import reads since the fixes of the measure of 1049–1078 (stop 38, helper f9). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const OVERVIEW = [
  '一、总体情况',
  '2020年,我街政府信息公开工作在区委区政府的正确领导和大力支持下,持续规范和深化政府信息公开工作。',
];

describe('the report’s own date in brackets under its title, before a page’s 发布日期', () => {
  // real: 珠江街道 2020, the title printed twice, the second broken over two lines.
  const FRONT = [
    '广州市南沙区珠江街道办事处2020年政府信息公开工作年度报告',
    '来源:珠江街发布日期:2021-01-22',
    '【浏览字号:-',
    '广州市南沙区珠江街道办事处',
    '2020年政府信息公开工作年度报告',
    '(2021年1月19日)',
  ];

  it('reads the bracketed date under the title printed again (real: 珠江街道 2020)', () => {
    expect(readDateUnderTitle(FRONT)).toEqual({
      iso: '2021-01-19',
      line: '2021年1月19日',
      bracketed: true,
    });
    const r = imported([...FRONT, ...OVERVIEW].join('\n'));
    expect(r.ok && r.report.meta.reportDate).toBe('2021-01-19');
    // The page's date is still the date it was put out.
    expect(r.ok && r.report.source?.published).toBe('2021-01-22');
  });

  it('keeps a page’s 成文日期 first', () => {
    const front = ['成文日期:2021-01-18', ...FRONT];
    const r = imported([...front, ...OVERVIEW].join('\n'));
    expect(r.ok && r.report.meta.reportDate).toBe('2021-01-18');
  });

  it('does not read a bracketed date that is under no title, nor a bare date’s place', () => {
    // A bracketed date under the page's properties, not the title: not the report's own.
    expect(
      readDateUnderTitle([
        '广州市南沙区珠江街道办事处2020年政府信息公开工作年度报告',
        '来源:珠江街',
        '浏览次数:12',
        '点击:3',
        '分享到:',
        '(2021年1月19日)',
      ]),
    ).toBeNull();
    // The page's `发布日期` stays the report's date when no bracketed date is printed.
    const r = imported([...FRONT.slice(0, 5), ...OVERVIEW].join('\n'));
    expect(r.ok && r.report.meta.reportDate).toBe('2021-01-22');
  });
});

describe('the agency named in the preface', () => {
  it('with 工作年度 lost from the report’s name (real: 张家川县商务局 2019)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(下称《条例》)和《甘肃省政府信息公开试行办法》(下称《办法》)要求,现向社会公布张家川县商务局2019年政府信息公开报告。本报告所列数据统计期限为2019年1月1日起至2019年12月31日止。';
    expect(agencyInPreface(preface)).toBe('张家川县商务局');
    const r = imported(
      [
        preface,
        '一、总体情况',
        '2019年,我局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大精神。',
      ].join('\n'),
    );
    expect(r.ok && r.report.meta.agencyName).toBe('张家川县商务局');
  });

  it('a government with its office in brackets, as printed (real: 六盘水市政府办 2023)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布六盘水市人民政府(市人民政府办公室)2023年政府信息公开工作年度报告。',
      ),
    ).toBe('六盘水市人民政府(市人民政府办公室)');
  });

  it('not a bracket that is no body’s name, nor a bureau without its place', () => {
    // Since stop 45 (the lead's convention): a short name given in brackets is no part of the name,
    // the body before it taken (`现公布鄂温克族自治旗民族事务委员会(以下简称旗民委)2024年…`, real: 776).
    expect(
      agencyInPreface('现公布六盘水市人民政府(以下简称市政府)2023年政府信息公开工作年度报告。'),
    ).toBe('六盘水市人民政府');
    expect(agencyInPreface('现公布六盘水市人民政府(2023年)政府信息公开工作年度报告。')).toBeNull();
    // Counter-examples of earlier measures, still silent.
    expect(agencyInPreface('现将信访局2021年度政府信息公开年度报告公布如下。')).toBeNull();
    expect(agencyInPreface('现公布区统计局2020年政府信息公开报告。')).toBeNull();
  });
});

describe('the year of the report the preface names, for a text with no title', () => {
  // real: 乌里雅斯太镇 2021: its only other year is inside a cited plan's name.
  const PREFACE =
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号)和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求,现发布《东乌旗乌里雅斯太镇2021年政府信息公开工作年度报告》。';

  it('reads it (real: 乌里雅斯太镇 2021)', () => {
    expect(yearInPreface(PREFACE)).toBe(2021);
    const r = imported(
      [
        PREFACE,
        '一、总体情况',
        '(一)主动公开情况',
        '一是落实生态补奖政策,制定印发《乌里雅斯太镇2021年春季牧草返青期休牧实施方案》。',
      ].join('\n'),
    );
    expect(r.ok && r.report.meta.year).toBe(2021);
    expect(r.ok && r.report.meta.agencyName).toBe('东乌旗乌里雅斯太镇');
    expect(r.ok && r.recognised.meta.year).toBe('preface');
  });

  it('the year first too (real: 庙子乡 2019), and not a cited notice’s year', () => {
    expect(yearInPreface('现将2019年庙子乡政府信息公开工作报告如下。')).toBe(2019);
    expect(
      yearInPreface('按照《关于2022年度政务公开第三方评估反馈意见整改工作提示》要求,扎实推进。'),
    ).toBeNull();
    // The year in the 条例's notice (`〔2021〕30号`) is not a report's.
    expect(yearInPreface(PREFACE.slice(0, PREFACE.indexOf('现发布')))).toBeNull();
  });
});
