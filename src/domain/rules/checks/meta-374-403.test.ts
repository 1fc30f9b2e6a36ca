import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '../../report/types';
import { keys, messageOf, withPreface } from '@/testing/checked-reports';

/** What the measures of 374–403 showed: names, citations, years and dates in the text. */

const withOverview = (overview: string, year = 2025): Report => ({
  ...clean2021.report,
  meta: { ...clean2021.report.meta, year },
  narrative: { ...clean2021.report.narrative, overview },
});

describe('the preface compiling the report from another year’s work', () => {
  const PREFACE = (year: number) =>
    `根据《中华人民共和国政府信息公开条例》要求,结合${year}年东山街道政府信息公开工作实际,编制发布本报告。`;

  it('warns on last year’s work in a 2025 report (real: 荣成市东山街道 2025)', () => {
    const report = withPreface(PREFACE(2024), 2025);
    expect(keys(report)).toContain('wrong-year-in-text:meta:2024');
    expect(messageOf(report, 'wrong-year-in-text:meta:2024')).toContain(
      '结合2024年东山街道政府信息公开工作实际',
    );
  });

  it('stays silent on the year’s own work and on a document of a year (real: 辽中区 2020, 古蔺县财政局 2021)', () => {
    expect(
      keys(withPreface(PREFACE(2025), 2025)).filter((k) => k.startsWith('wrong-year-in-text:meta')),
    ).toEqual([]);
    const own = withPreface(
      '结合我区2020年政府信息公开工作开展情况,编制《辽中区2020年度政府信息公开工作报告》并向社会公开发布。',
      2020,
    );
    expect(keys(own).filter((k) => k.startsWith('wrong-year-in-text:meta'))).toEqual([]);
    // 要点 is a document of the year (the year's plan), not the work the report is made from.
    const points = withPreface('结合全市2020年政务公开工作要点,编制发布本报告。', 2021);
    expect(keys(points).filter((k) => k.startsWith('wrong-year-in-text:meta'))).toEqual([]);
  });
});

describe('the report’s year between two words, its 年 lost', () => {
  it('after a sub-heading run into its paragraph (real: 关东街道 2025)', () => {
    const report = withOverview(
      '(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请21件,结转上年度2件。',
    );
    expect(keys(report)).toContain('date-characters-missing:overview');
    expect(messageOf(report, 'date-characters-missing:overview')).toContain('2025年关东街');
  });

  it('stays silent on a count, a number in brackets and another year (real wording)', () => {
    const count = withOverview('全年主动公开政府信息2025条,其中政策文件12条。');
    expect(keys(count)).not.toContain('date-characters-missing:overview');
    const number = withOverview('依据国办公开办函〔2025〕30号编制。');
    expect(keys(number)).not.toContain('date-characters-missing:overview');
    const other = withOverview('依申请公开情况2019关东街共受理申请21件。');
    expect(keys(other)).not.toContain('date-characters-missing:overview');
  });
});

describe('an abbreviation’s closing bracket with no opener', () => {
  it('warns on `,以下简称《通知》)` (real: 易家街 2019)', () => {
    const report = withPreface(
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《湖北省人民政府办公厅关于做好2019年政府信息公开工作年度报告编制和发布工作的通知》,以下简称《通知》)相关要求编制。',
      2019,
    );
    expect(keys(report)).toContain('text-stray-closer:meta');
    expect(messageOf(report, 'text-stray-closer:meta')).toContain('以下简称《通知》)');
  });

  it('stays silent where both abbreviations are bracketed (real wording)', () => {
    const report = withPreface(
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《湖北省人民政府办公厅关于做好2019年政府信息公开工作年度报告编制和发布工作的通知》(以下简称《通知》)相关要求编制。',
      2019,
    );
    expect(keys(report)).not.toContain('text-stray-closer:meta');
  });
});

describe('the notices’ issuing office with a character written for another', () => {
  const ISSUER = (middle: string) =>
    `根据《国务院办公厅政府信息${middle}政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求,编制本报告。`;

  it('warns on 于 for 与 (real: 瓯海区农业农村局 2020)', () => {
    const report = withPreface(ISSUER('于'), 2020);
    expect(keys(report)).toContain('notice-citation-unknown:meta:issuer-name');
    expect(messageOf(report, 'notice-citation-unknown:meta:issuer-name')).toContain('有错字');
  });

  it('stays silent on the office’s own name (141 of the corpus’s citations)', () => {
    expect(keys(withPreface(ISSUER('与'), 2020))).not.toContain(
      'notice-citation-unknown:meta:issuer-name',
    );
  });
});

describe('a province’s own rule cited by another name', () => {
  it('warns on 浙江’s 暂行办法 cited as 暂行条例 or 试行办法, 海南’s 办法 as 规定 (real: 嵊泗县发展和改革局 2020, 凤卧镇 2024, 海南省商务厅 2023)', () => {
    for (const [name, year] of [
      ['浙江省政府信息公开暂行条例', 2020],
      ['浙江省政府信息公开试行办法', 2024],
      ['海南省政府信息公开规定', 2023],
    ] as const) {
      const report = withPreface(
        `根据《中华人民共和国政府信息公开条例》和《${name}》要求,编制本报告。`,
        year,
      );
      expect(keys(report)).toContain('notice-citation-unknown:meta:province-rule');
    }
    const report = withPreface('依据《浙江省政府信息公开暂行条例》编制本报告。', 2020);
    expect(messageOf(report, 'notice-citation-unknown:meta:province-rule')).toContain(
      '《浙江省政府信息公开暂行办法》',
    );
  });

  it('stays silent on the rules’ own names, other documents and provinces not listed (real wording)', () => {
    for (const name of [
      '浙江省政府信息公开暂行办法',
      '福建省政府信息公开办法',
      '上海市政府信息公开规定',
      '海南省政府信息公开办法',
      '湖北省政府信息公开规定',
      '贵州省政府信息公开暂行规定',
      '河北省政府信息公开申请办理规范',
      '东莞市政府信息公开办法',
    ]) {
      const report = withPreface(`依据《${name}》编制本报告。`, 2022);
      expect(keys(report)).not.toContain('notice-citation-unknown:meta:province-rule');
    }
  });
});

describe('the regulation’s full name with a version after it', () => {
  it('warns on `条例2019版` (real: 沈阳 2019)', () => {
    const report = withPreface(
      '根据《中华人民共和国政府信息公开条例2019版》要求,编制本报告。',
      2019,
    );
    expect(keys(report)).toContain('notice-citation-unknown:meta:regulation-name');
  });

  it('stays silent on the name itself and a space before 》 (real wording)', () => {
    for (const title of ['中华人民共和国政府信息公开条例', '中华人民共和国政府信息公开条例 '])
      expect(keys(withPreface(`根据《${title}》要求,编制本报告。`, 2019))).not.toContain(
        'notice-citation-unknown:meta:regulation-name',
      );
  });
});

describe('a city’s key points of the year before followed', () => {
  it('warns on 韶关市2020年…要点分工方案 in a 2021 report (real: 始兴县机关事务局 2021)', () => {
    const report = withOverview(
      '2021年,在县委、县政府的正确领导下,我局认真贯彻《中华人民共和国政府信息公开条例》和《韶关市人民政府办公室关于印发韶关市2020年政务公开工作要点分工方案的通知》精神,持续推进政务公开。',
      2021,
    );
    expect(keys(report)).toContain('notice-citation-wrong:overview:key-points-2020');
    expect(messageOf(report, 'notice-citation-wrong:overview:key-points-2020')).toContain('上一年');
  });

  it('stays silent on the year’s own (real: 乌海市工信局 2020)', () => {
    const report = withOverview(
      '根据乌海市2020年政务公开工作要点,我局进一步建立健全工作机制,依法推进政府信息公开。',
      2020,
    );
    expect(keys(report).filter((k) => k.includes('key-points'))).toEqual([]);
  });
});
