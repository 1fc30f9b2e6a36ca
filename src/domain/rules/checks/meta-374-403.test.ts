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
