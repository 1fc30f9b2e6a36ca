import { describe, expect, it } from 'vitest';
import {
  agencyInPreface,
  guessAgencyKind,
  isTitle,
  mostFrequentYear,
  readTitle,
} from './read-meta';

describe('guessAgencyKind (decides the deadline: 1月31日 for a department, 3月31日 for a government)', () => {
  it('a region titled by its own name is a government (real: 平潭综合实验区2023年度…, published 3月8日)', () => {
    expect(guessAgencyKind('平潭综合实验区')).toBe('government');
    expect(guessAgencyKind('某县')).toBe('government');
    expect(guessAgencyKind('某经济开发区管理委员会')).toBe('government');
    expect(guessAgencyKind('某县人民政府')).toBe('government');
    // The short form `…政府` (real: 镇宁自治县政府2019年信息公开工作年度报告, published 2月20日).
    expect(guessAgencyKind('镇宁自治县政府')).toBe('government');
  });

  it('its departments, townships and communities stay what they are', () => {
    expect(guessAgencyKind('平潭综合实验区行政审批局')).toBe('department');
    expect(guessAgencyKind('某市卫生健康委员会')).toBe('department');
    expect(guessAgencyKind('某区政务服务中心')).toBe('department');
    expect(guessAgencyKind('某镇人民政府')).toBe('township');
    expect(guessAgencyKind('某镇政府')).toBe('township');
    // Inner Mongolia's 苏木 is a township (real: 沙德格苏木 2021, read as a department before).
    expect(guessAgencyKind('沙德格苏木')).toBe('township');
    expect(guessAgencyKind('扎格斯台苏木人民政府')).toBe('township');
    expect(guessAgencyKind('某县政府办公室')).toBe('department');
    expect(guessAgencyKind('某社区')).toBe('department');
    expect(guessAgencyKind('蒲纺工业园区')).toBe('department');
    expect(guessAgencyKind('')).toBe('department');
  });
});

describe('the title and agency as the page prints them', () => {
  it('a title in the page’s table of properties: the label is not part of the agency (real: 新下陆街道 2022, 白银区统计局 2020)', () => {
    expect(readTitle('名 称: 新下陆街道办事处2022年度 政府信息公开工作年度报告')).toEqual({
      agency: '新下陆街道办事处',
      year: 2022,
    });
    expect(readTitle('文       号: 关键字: 白银区统计局2020年政府信息公开工作年度报告')).toEqual({
      agency: '白银区统计局',
      year: 2020,
    });
    // 名 lost on the line before (real: 楚雄市鹿城街道 2025).
    expect(readTitle('称: 鹿城街道2025年政府信息公开工作年度报告')).toEqual({
      agency: '鹿城街道',
      year: 2025,
    });
  });

  it('a letter’s title: 关于 is not part of the agency (real: 平潭综合实验区海坛片区管理局 2021, 苏平片区管理局 2020)', () => {
    expect(readTitle('平潭综合实验区海坛片区管理局 关于2021年度政府信息公开工作年度报告')).toEqual({
      agency: '平潭综合实验区海坛片区管理局',
      year: 2021,
    });
    expect(
      readTitle('平潭综合实验区苏平片区管理局关于报送2020年度政府信息公开工作年度报告的函'),
    ).toEqual({ agency: '平潭综合实验区苏平片区管理局', year: 2020 });
    // A title with nothing before 关于 names no agency.
    expect(readTitle('关于2022年度政府信息公开情况的报告').agency).toBe('');
  });

  it('a year alone before the name, its 年 lost, is no agency (real: 海南省生态环境厅 2022)', () => {
    expect(readTitle('2022政府信息公开工作年度报告')).toEqual({
      agency: '',
      year: null,
      lostYear: '2022',
    });
    // The agency after the year stays the agency (real: 粤汉街道 2023).
    expect(readTitle('2022度珠晖区粤汉街道信息公开工作年度报告').agency).toBe('珠晖区粤汉街道');
  });

  it('the report named in the preface, the year before the agency or a short name (real: 温州市人社局 2022, 田黄镇 2021)', () => {
    expect(
      agencyInPreface(
        '根据…要求,特公布2022年温州市人力资源和社会保障局信息公开工作年度报告。本报告包括…',
      ),
    ).toBe('温州市人力资源和社会保障局');
    expect(
      agencyInPreface('…的有关规定,我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》。'),
    ).toBe('田黄镇');
    // Real: 富县 2024 (现将…予以公开), 连生乡 2025 (…工作情况报告).
    expect(
      agencyInPreface('根据…有关要求,现将富县人民政府2024年政府信息公开工作年度报告予以公开。'),
    ).toBe('富县人民政府');
    expect(
      agencyInPreface(
        '依据…第五十条规定,特向社会公布2025年连生乡人民政府政府信息公开工作情况报告。',
      ),
    ).toBe('连生乡人民政府');
    // The report's name with 公开 lost (real: 莲湖区西关街道办事处 2024).
    expect(
      agencyInPreface(
        '根据…有关要求,现将莲湖区西关街道办事处2024年度政府信息工作年度报告予以公开。',
      ),
    ).toBe('莲湖区西关街道办事处');
    // Since stop 36: the name with 年度 lost, and a preface opening with the report's name (real:
    // 河西街道 2019, 长皋乡 2024, 郭家镇 2022).
    expect(agencyInPreface('…要求,现将河西街道2019年度政府信息公开工作报告如下。')).toBe(
      '河西街道',
    );
    expect(
      agencyInPreface('…相关要求,现公布北票市长皋乡人民政府2024年度政府信息公开工作报告。'),
    ).toBe('北票市长皋乡人民政府');
    expect(
      agencyInPreface(
        '德惠市郭家镇2022年政府信息公开工作年度报告(以下简称年报)是根据《中华人民共和国政府信息公开条例》…编制而成的。',
      ),
    ).toBe('德惠市郭家镇');
    expect(agencyInPreface('现将我镇2022年政府信息公开工作报告如下')).toBeNull();
    expect(
      agencyInPreface('县政务公开办2022年政府信息公开工作年度报告编制工作已完成。'),
    ).toBeNull();
    expect(agencyInPreface('现将我局2023年政府信息公开工作年度报告公布如下')).toBeNull();
    expect(agencyInPreface('现将2023年度政府信息公开工作情况报告如下')).toBeNull();
    // Generic words are no name.
    expect(agencyInPreface('现公布全镇2021年政府信息公开工作年度报告')).toBeNull();
    expect(agencyInPreface('特公布2022年本局信息公开工作年度报告')).toBeNull();
  });
});

describe('mostFrequentYear (a text without a title)', () => {
  it('does not count a year inside a cited title (real: 天津市商务局 2023)', () => {
    const text =
      '深入落实市政府办公厅《关于2022年度政务公开第三方评估反馈意见整改工作提示》要求,认真查摆2022年度我局政务公开情况。\n二是积极做好主动公开。2023年,我局主动公开文件63件。\n2023年共收到申请5件。\n2024年将继续加强。';
    expect(mostFrequentYear(text)).toBe(2023);
  });

  it('counts a year written in the text as before', () => {
    expect(mostFrequentYear('2022年,我局公开文件12件。2022年共收到申请3件。2023年将继续。')).toBe(
      2022,
    );
  });
});

describe('titles read since the measures of 314–343', () => {
  it('a page path with `/` is no title (real: 四川省文物局 2025), the report’s title under it is', () => {
    expect(isTitle('首页 / 政府信息公开 / 政府信息公开年报 / 政府网站工作年度报告')).toBe(false);
    expect(isTitle('四川省文物局2025年政府信息公开工作年度报告')).toBe(true);
    // A title that only names a site's page is still a title when it is not a path.
    expect(isTitle('政府网站工作年度报告/政府信息公开工作年度报告')).toBe(true);
  });
  it('since a fix of stop 34 after the measure of 644–673: a breadcrumb’s second line is no title (real: 临洮县 2019)', () => {
    expect(isTitle('>政务公开>政府信息工作年度报告')).toBe(false);
    expect(isTitle('首页 > 政务公开 > 政府信息公开年报 > 街道办事处政府信息公开工作年度报告')).toBe(
      false,
    );
    expect(isTitle('临洮县2019年政府信息公开工作年度报告')).toBe(true);
    // An agency is never punctuation only.
    expect(readTitle('> 2019年政府信息公开工作年度报告').agency).toBe('');
    expect(readTitle('临洮县2019年政府信息公开工作年度报告').agency).toBe('临洮县');
  });
  it('a breadcrumb `您当前的位置: > >…` is no title (real: 大涌镇 2022)', () => {
    expect(isTitle('您当前的位置: > >信息公开年度报告')).toBe(false);
    expect(isTitle('中山市大涌镇2022年政府信息公开工作年度报告')).toBe(true);
  });

  it('the version printed after the name is no part of the title (real: 芜湖市数据资源管理局 2019)', () => {
    const title = '芜湖市数据资源管理局2019年度政府信息公开年度报告(文字版)';
    expect(isTitle(title)).toBe(true);
    expect(readTitle(title)).toEqual({ agency: '芜湖市数据资源管理局', year: 2019 });
    expect(readTitle('嵊山镇2022年度政府信息公开工作年度报告（文字版）').agency).toBe('嵊山镇');
    // Other words in brackets still end no title: a short name given the report is a sentence's.
    expect(isTitle('某局2019年度政府信息公开工作年度报告(以下简称《年报》)')).toBe(false);
  });

  it('the year in brackets after the name, and 政府 shared by the agency and the report (real: 洪山区 2023)', () => {
    const title = '洪山区人民政府信息公开工作年度报告(2023年度)';
    expect(isTitle(title)).toBe(true);
    expect(readTitle(title)).toEqual({ agency: '洪山区人民政府', year: 2023 });
    // Counterexamples: the year before the name, and a name not ending in 人民, read as before
    // (real: 伊宁县 2023, 洪山区 2023's preface).
    expect(readTitle('伊宁县政府信息公开工作2023年度报告')).toEqual({
      agency: '伊宁县',
      year: null,
    });
    expect(readTitle('2023年度洪山区人民政府信息公开工作年度报告')).toEqual({
      agency: '洪山区人民政府',
      year: 2023,
    });
    expect(isTitle('洪山区人民政府信息公开工作年度报告(二)')).toBe(false);
  });

  it('a page title with the site’s name before a hyphen (real: 猛洞河风景名胜区管理处 2020)', () => {
    expect(
      readTitle('永顺县人民政府-湖南猛洞河风景名胜区管理处2020年度政府信息公开工作年度报告'),
    ).toEqual({ agency: '湖南猛洞河风景名胜区管理处', year: 2020 });
    // Counterexample: a hyphen with no organisation's name before it is kept as printed.
    expect(readTitle('政务公开-某县财政局2020年度政府信息公开工作年度报告')).toEqual({
      agency: '政务公开-某县财政局',
      year: 2020,
    });
  });
});
