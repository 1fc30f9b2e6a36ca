import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readDateUnderTitle } from './read-date-under-title';
import { isFurnitureAfterDate } from './page-furniture';
import { isTitle, readTitle } from './read-meta';

describe('the unlabelled date a page prints under the title', () => {
  it('a bullet with a date and time under the title is the page’s date (real: 两英镇 2021)', () => {
    const front = [
      '• 微信 微信二维码',
      '  • 无障碍版',
      '两英镇政府2021年信息公开工作年度报告',
      '  • 2022-04-25 09:14',
      '  • 来源:本网',
      '  • 发布机构:',
    ];
    expect(readDateUnderTitle(front)).toEqual({ iso: '2022-04-25', line: '2022-04-25 09:14' });
  });

  it('with the agency or the source after it, or after the page’s index number and agency (real: 伊宁县 2023, 迎宾路街道 2021, 平阴县卫生健康局 2024)', () => {
    expect(
      readDateUnderTitle([
        '伊宁县政府信息公开工作2023年度报告',
        '2024-01-26   伊宁县人民政府办公室',
      ])?.iso,
    ).toBe('2024-01-26');
    expect(
      readDateUnderTitle([
        '2021年迎宾路街道政府信息公开工作年度报告',
        '迎宾路街道办事处',
        '2022年01月18日来源:1',
      ])?.iso,
    ).toBe('2022-01-18');
    expect(
      readDateUnderTitle([
        '平阴县卫生健康局2024年政府信息公开工作年度报告',
        '113701243072282028/2025-6626482',
        '县卫生健康局',
        '2025-01-15',
      ])?.iso,
    ).toBe('2025-01-15');
  });

  it('with a click count and the source after its time (real: 城中区文体旅游科技局 2023), and other counters', () => {
    expect(
      readDateUnderTitle([
        '西宁市城中区文体旅游科技局2023年政府信息公开工作年度报告',
        '2024-01-11 15:04  点击:[] 来源:区文体旅游科技局',
      ]),
    ).toEqual({ iso: '2024-01-11', line: '2024-01-11 15:04  点击:[] 来源:区文体旅游科技局' });
    // 宽城满族自治县人民政府办公室 2023: the time in 时 and 分, a view count glued to it.
    expect(
      readDateUnderTitle([
        '宽城满族自治县人民政府办公室2023年度政府信息公开工作年度报告',
        '2024-01-26 10时25分浏览次数:',
      ])?.iso,
    ).toBe('2024-01-26');
    // 廊坊市政府办 2021: the source, an author without a name, the font's buttons.
    expect(
      readDateUnderTitle([
        '廊坊市人民政府办公室2021年政府信息公开工作年度报告',
        '2022年01月27日 来源: 廊坊市政府信息公开平台 作者: 字体:  ',
      ])?.iso,
    ).toBe('2022-01-27');
  });

  it('not a date above the title, in the preface, after it, or with other words (counterexamples)', () => {
    // A page header's date above the title.
    expect(
      readDateUnderTitle(['2024年5月1日', '工农区人民政府2024年政府信息公开工作年度报告']),
    ).toBeNull();
    // The preface's statistics period (real: 工农区 2024's preface), and a line after it.
    expect(
      readDateUnderTitle([
        '工农区人民政府2024年政府信息公开工作年度报告',
        '依据《中华人民共和国政府信息公开条例》,本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
        '2025-01-26',
      ]),
    ).toBeNull();
    // A date with words that are neither an agency nor the source.
    expect(
      readDateUnderTitle(['某镇2021年政府信息公开工作年度报告', '2022-01-20 星期四 阅读次数']),
    ).toBeNull();
    // No title.
    expect(readDateUnderTitle(['2022-04-25 09:14'])).toBeNull();
  });

  it('a date in brackets under a title broken over lines (real: 衡南县政府办 2020, `(2021年1 月27日)`)', () => {
    const front = [
      '衡南县人民政府办公室2020年政府信息公开年度报告',
      '县人民政府办公室2020年政府信息',
      '公开年度报告',
      '(2021年1 月27日)',
    ];
    expect(readDateUnderTitle(front)?.iso).toBe('2021-01-27');
    // Counterexample: a bracket with words after the date is not the date alone.
    expect(
      readDateUnderTitle(['衡南县人民政府办公室2020年政府信息公开年度报告', '(2021年1月27日修订)']),
    ).toBeNull();
  });

  it('the import takes it as the report’s date when no labelled date or signature is printed, and a labelled one first', () => {
    const text = (dateLines: string) =>
      [
        '两英镇政府2021年信息公开工作年度报告',
        dateLines,
        '',
        '2021年,两英镇政府认真贯彻上级的工作部署,公布两英镇人民政府2021年政府信息公开工作年度报告。',
        '',
        '一、总体情况',
        '',
        '2021年,两英镇紧紧围绕中心工作,切实推进全镇政府信息公开工作。',
      ].join('\n');
    const bare = importText(text('  • 2022-04-25 09:14'));
    expect(bare.ok && bare.report.meta.reportDate).toBe('2022-04-25');
    const labelled = importText(text('  • 2022-04-25 09:14\n发布日期:2022-03-01'));
    expect(labelled.ok && labelled.report.meta.reportDate).toBe('2022-03-01');
  });
});

describe('since a fix of stop 35 after the measure of 719–748: under a title broken over two lines', () => {
  const preface =
    '编制说明:本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的有关规定编制。';

  it('the date in brackets under the title’s second line (real: 衡南县政府办 2022)', () => {
    const front = [
      '衡南县人民政府办公室2022年政府信息',
      '公开年度报告',
      '(2023年1月31日)',
      preface,
    ];
    expect(readDateUnderTitle(front)).toEqual({
      iso: '2023-01-31',
      line: '2023年1月31日',
      bracketed: true,
    });
    const r = importText(
      [
        ...front,
        '一、总体情况',
        '2022年,县政府办公室坚持以习近平新时代中国特色社会主义思想为指导。',
      ].join('\n'),
    );
    expect(r.ok && r.report.meta.reportDate).toBe('2023-01-31');
  });

  it('counter-examples: the preface right under the broken title, or two lines that make no title', () => {
    expect(
      readDateUnderTitle([
        '衡南县人民政府办公室2022年政府信息',
        '公开年度报告',
        preface,
        '(2023年1月31日)',
      ]),
    ).toBeNull();
    expect(readDateUnderTitle(['衡南县人民政府办公室', '通知公告', '(2023年1月31日)'])).toBeNull();
  });
});

describe('since stop 36, after the measure of 839–868: a title named 年报, a counter in brackets', () => {
  const front = [
    '乌鲁木齐市天山区人民政府',
    '天山区政务服务管理局2022年度政府信息公开工作年报',
    '2023-01-29 17:32   来源:天山区政务服务管理局   (点击: )',
    '天山区政务服务管理局认真贯彻落实《中华人民共和国政府信息公开条例》,现公布…',
  ];
  it('reads the date under a title ending 年报 (real: 天山区政务服务管理局 2022)', () => {
    expect(isTitle(front[1] ?? '')).toBe(true);
    expect(readTitle(front[1] ?? '')).toEqual({ agency: '天山区政务服务管理局', year: 2022 });
    expect(readDateUnderTitle(front)?.iso).toBe('2023-01-29');
    expect(isFurnitureAfterDate('   来源:天山区政务服务管理局   (点击: )')).toBe(true);
    expect(isFurnitureAfterDate(' （浏览次数：12）')).toBe(true);
  });
  it('a column named 年报, with no agency before its year, is no title (corpus lines)', () => {
    for (const column of [
      '政府信息公开年报',
      '2020年信息公开年报',
      '首页 > 政务公开 > 政府信息公开年报',
    ])
      expect(isTitle(column), column).toBe(false);
    // Words in brackets after a date are still not furniture.
    expect(isFurnitureAfterDate(' (已废止) 来源:某局')).toBe(false);
  });
});

describe('since stop 36, after the measure of 869–898: a title and its date with a table’s bars after them', () => {
  it('reads both (real: 卓尼县 2020, `…年度报告 | ||||` / `2021-02-09 发布:卓尼县人民政府办公室 点击数: | ||||`)', () => {
    const bars = ' | ' + '|'.repeat(40);
    const r = importText(
      [
        `卓尼县人民政府2020年度政府信息公开工作年度报告${bars}`,
        `2021-02-09 发布:卓尼县人民政府办公室 点击数:${bars}`,
        '|',
        '根据《中华人民共和国政府信息公开条例》要求,编制本报告。',
        '一、总体情况',
        '2020年,卓尼县坚持以公开为常态、不公开为例外。',
      ].join('\n'),
    );
    expect(r.ok && r.report.meta.agencyName).toBe('卓尼县人民政府');
    expect(r.ok && r.report.meta.reportDate).toBe('2021-02-09');
    expect(r.ok && r.report.meta.preface).toBe(
      '根据《中华人民共和国政府信息公开条例》要求,编制本报告。',
    );
  });
});
