import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '../../report/types';
import { keys, messageOf, withPreface } from '@/testing/checked-reports';

/** What the held-out texts 314–343 showed: citations, dates and another agency's text. */

describe('one notice’s name cited with the other notice’s number', () => {
  const NAME_2019 =
    '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》';
  it('is said as a name that is not the number’s, not as the 2019 notice cited (real: 凤卧镇 2024)', () => {
    const report = withPreface(
      `本报告根据《中华人民共和国政府信息公开条例》和${NAME_2019}(国办公开办函〔2021〕30号)精神,由凤卧镇结合有关统计数据编制。`,
      2024,
    );
    expect(keys(report)).toContain('notice-citation-unknown:meta:title-2021-30');
    expect(keys(report)).not.toContain('notice-citation-wrong:meta:2019-60');
    expect(messageOf(report, 'notice-citation-unknown:meta:title-2021-30')).toContain(
      '是国办公开办函〔2019〕60号的名称',
    );
  });

  it('the name with its own number stays silent, and the 2019 notice cited whole is the wrong year’s (real: 东湖 生态环境分局 2023)', () => {
    const own = withPreface(
      `根据《中华人民共和国政府信息公开条例》和${NAME_2019}(国办公开办函〔2019〕60号)要求编制本报告。`,
      2020,
    );
    expect(keys(own).filter((k) => k.startsWith('notice-citation'))).toEqual([]);
    // The year's notice named with the other's number: the number is what is wrong, said once
    // as the other year's notice cited (real: 贵阳市 2021's wording).
    const number = withPreface(
      '根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2019〕60号)要求编制本报告。',
      2021,
    );
    expect(keys(number).filter((k) => k.startsWith('notice-citation'))).toEqual([
      'notice-citation-wrong:meta:2019-60',
    ]);
    const late = withPreface(own.meta.preface, 2023);
    expect(keys(late)).toContain('notice-citation-wrong:meta:2019-60');
    expect(keys(late)).not.toContain('notice-citation-unknown:meta:title-2019-60');
  });
});

describe('the report’s year opening a sentence without its 年', () => {
  const withOverview = (overview: string, year = 2023): Report => ({
    ...clean2021.report,
    meta: { ...clean2021.report.meta, year },
    narrative: { ...clean2021.report.narrative, overview },
  });
  it('before a comma or the agency’s name (real: 东湖风景区海事处 2023)', () => {
    const comma = withOverview(
      '2023,海事处高度重视并积极开展政府信息公开工作,按照条例相关规定推进。',
    );
    expect(keys(comma)).toContain('date-characters-missing:overview');
    expect(messageOf(comma, 'date-characters-missing:overview')).toContain('2023年,海事处');
    const name = withOverview(
      '主动公开信息18条。\n2023海事处未收到公民、法人或其他组织政府信息公开申请件。',
    );
    expect(keys(name)).toContain('date-characters-missing:overview');
  });

  it('not with its 年, not a count opening a sentence, not another year (counterexamples)', () => {
    for (const text of [
      '2023年,海事处高度重视并积极开展政府信息公开工作。',
      '全年共公开信息。2023条信息均已归档。',
      '2023余条信息通过网站公开。',
      '2022,海事处开展了培训。',
      '电话:2023-1234。',
    ])
      expect(keys(withOverview(text))).not.toContain('date-characters-missing:overview');
  });
});

describe('a date inside a run of digits between words', () => {
  const withOverview = (overview: string, year = 2025): Report => ({
    ...clean2021.report,
    meta: { ...clean2021.report.meta, year },
    narrative: { ...clean2021.report.narrative, overview },
  });
  it('is said with the date it holds (real: 四川省文物局 2025, `答复意见1120251212在四川省政府新闻…`)', () => {
    const report = withOverview(
      '“文博要闻172办理人大建议和政协提案答复意见1120251212在四川省政府新闻举行”系列主题新闻发布会。',
    );
    expect(keys(report)).toContain('date-characters-missing:overview');
    expect(messageOf(report, 'date-characters-missing:overview')).toContain('2025年12月12日');
  });

  it('not a count with its unit, a record number, another year or no date (counterexamples, real wording)', () => {
    for (const text of [
      // 行政许可 counts and money (real: 2021–2025 reports of the corpus).
      '事项1512项,全年办理3328473件;发布征集意见。',
      '全年共发布采购信息21条共5419886元。',
      '川公网安备51152602000004号',
      '网站总访问量达17929472次。',
      // A year not the report's, and digits that make no date.
      '答复意见1120181212在省政府新闻发布厅举行。',
      '答复意见1120251399在省政府新闻发布厅举行。',
    ])
      expect(keys(withOverview(text))).not.toContain('date-characters-missing:overview');
  });
});

describe('a county bureau raising the city’s level of the work', () => {
  const withAgency = (agencyName: string, overview: string): Report => ({
    ...clean2021.report,
    meta: { ...clean2021.report.meta, year: 2024, agencyName, agencyKind: 'department' },
    narrative: { ...clean2021.report.narrative, overview },
  });
  const JULU =
    '2024年,巨鹿县文化广电和旅游局认真贯彻落实党中央、国务院和省委、省政府决策部署,紧紧围绕市委、市政府中心工作,着力提升全市政务公开工作水平,助力邢台高质量发展。';
  it('is said (real: 巨鹿县文化广电和旅游局 2024, `着力提升全市政务公开工作水平`)', () => {
    const report = withAgency('巨鹿县文化广电和旅游局', JULU);
    expect(keys(report)).toContain('agency-scope-above-level:overview');
    expect(messageOf(report, 'agency-scope-above-level:overview')).toContain(
      '提升全市政务公开工作',
    );
  });

  it('not its own level’s (real: 平乡县政府办 2024 `着力提升全县政务公开工作水平`, 淮安市 2024)', () => {
    expect(keys(withAgency('平乡县人民政府办公室', JULU.replace('全市', '全县')))).not.toContain(
      'agency-scope-above-level:overview',
    );
    expect(
      keys(
        withAgency(
          '淮安市人民政府',
          '不断提升全市政务公开的质量和实效,着力提升全市政务公开工作水平。',
        ),
      ),
    ).not.toContain('agency-scope-above-level:overview');
  });
});

describe('a county raising the city’s work, the work named first (fixes after the measure of 359–373)', () => {
  const withAgency = (agencyName: string, overview: string): Report => ({
    ...clean2021.report,
    meta: { ...clean2021.report.meta, year: 2022, agencyName, agencyKind: 'government' },
    narrative: { ...clean2021.report.narrative, overview },
  });
  const ZHONGYANG =
    '2022年,我县认真贯彻落实《中华人民共和国政府信息公开条例》和国家、省、市有关重要文件精神,持续推进政府信息公开工作,进一步加大对全市政府信息公开工作的推进、指导、协调,不断把政府信息公开工作推向更深层次。';
  it('is said when no name is printed and the text speaks as 我县 (real: 中阳县 2022)', () => {
    const report = withAgency('', ZHONGYANG);
    expect(keys(report)).toContain('agency-scope-above-level:overview');
    expect(messageOf(report, 'agency-scope-above-level:overview')).toContain(
      '加大对全市政府信息公开工作的推进',
    );
  });

  it('not its own level’s, nor a text that also speaks as 我市', () => {
    expect(keys(withAgency('', ZHONGYANG.replace('全市', '全县')))).not.toContain(
      'agency-scope-above-level:overview',
    );
    expect(keys(withAgency('', ZHONGYANG.replace('我县', '我市')))).not.toContain(
      'agency-scope-above-level:overview',
    );
    expect(keys(withAgency('吕梁市人民政府', ZHONGYANG.replace('我县', '我市')))).not.toContain(
      'agency-scope-above-level:overview',
    );
  });
});
