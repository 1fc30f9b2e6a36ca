import { describe, expect, it } from 'vitest';
import { agencyInPreface } from '@/import/read-meta';
import {
  asAgency,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1634–1678 mended after it (stop 47, helper f20): a government's scope,
 * the agency's name (a word written twice, the template's 单位, a township's preface naming its
 * county's report) and the importer's reading of the agency the preface names; and a zone's false
 * warning of scope. From the real wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const DOUBLED = 'agency-name-word-doubled:meta';
const TEMPLATE = 'template-text-left:meta';
const ABOVE = 'township-scope-above-level:meta';

const county = (overview: string, name = '平塘县人民政府') =>
  asAgency(withOverview(overview, 2019), 'government', name);

describe('government-scope-missing: the issuer in whose name, the accounts counted', () => {
  it('flags a count beside `以县政府和县政府办名义印发` (real: 平塘县 2019)', () => {
    expect(
      keys(
        county(
          '全年通过县政府门户网站公开信息9268条。凡以县政府和县政府办名义印发并标注“此件公开发布”的文件,一律主动公开。',
        ),
      ),
    ).toContain(SCOPE);
    expect(importedWarns(realText('1653-pingtang-county-2019.txt'), SCOPE)).toBe(true);
  });
  it('is silent when the government and its office publish their documents with a scope said', () => {
    expect(
      keys(
        county(
          '全县共公开信息9268条。凡以县政府和县政府办名义印发并标注“此件公开发布”的文件,一律主动公开。',
        ),
      ),
    ).not.toContain(SCOPE);
    // Documents counted in whose name they are issued say whose (real: 桐梓县 2019, 南通市政府办 2023).
    expect(
      keys(
        county(
          '全年通过县政府门户网站公开信息9268条。以县政府和县人民政府办公室名义印发的规范性文件5个,政策解读13个。',
        ),
      ),
    ).not.toContain(SCOPE);
    expect(importedWarns(realText('1284-tongzi-county-2019.txt'), SCOPE)).toBe(false);
  });
  it('flags a count beside `对全县36个政务新媒体…自查` (real: 清徐县 2024)', () => {
    const text =
      '2024年,政府门户网站主动公开信息3546条。对全县36个政务新媒体,坚持每周进行1次自查,确保全县政务新媒体及时更新。';
    expect(keys(county(text, '太原市清徐县人民政府'))).toContain(SCOPE);
    expect(importedWarns(realText('1659-qingxu-county-2024.txt'), SCOPE)).toBe(true);
  });
  it('is silent when the accounts counted publish items counted too (the figure of the region)', () => {
    expect(
      keys(
        county(
          '2024年,政府门户网站主动公开信息3546条。全县36个政务新媒体共发布信息758条。',
          '太原市清徐县人民政府',
        ),
      ),
    ).not.toContain(SCOPE);
  });
  it('reads a nameless town at work since the year, its 党政办公室 the one to ask (real: 东华镇 2025)', () => {
    const report = asAgency(
      withOverview(
        '2025年以来,东华镇始终坚持以习近平新时代中国特色社会主义思想为指导。\n(一)主动公开情况。全年共发布各类信息104条。',
        2025,
        withPreface('如对年报有疑问,请与楚雄市东华镇党政办公室联系。', 2025),
      ),
      'department',
      '',
    );
    expect(messageOf(report, SCOPE)).toContain('乡镇人民政府');
    expect(importedWarns(realText('1656-chuxiong-donghua-2025.txt'), SCOPE)).toBe(true);
    // The bare town at work with no government nor its office named stays unread (尚堂镇 2021).
    expect(
      keys(
        asAgency(
          withOverview(
            '2025年以来,东华镇始终坚持以习近平新时代中国特色社会主义思想为指导。全年共发布各类信息104条。',
            2025,
          ),
          'department',
          '',
        ),
      ),
    ).not.toContain(SCOPE);
  });
  it('is silent on a 新区 whose text names its 管委会 (real: 连云港徐圩新区 2020)', () => {
    const text =
      '徐圩新区本年度主动公开政府信息类别包括管委会领导、机构信息、人事任免等,主动公开的政府信息共计100条。';
    expect(keys(county(text, '徐圩新区'))).not.toContain(SCOPE);
    expect(importedWarns(realText('1665-xuwei-xinqu-2020.txt'), SCOPE)).toBe(false);
    // A 新区 naming only the committees of zones within it is read as a region still.
    expect(
      keys(county('2020年,全年主动公开政府信息共计100条,督促各管委会及时更新。', '某某新区')),
    ).toContain(SCOPE);
  });
});

describe('agency-name-word-doubled: a word of the own name of the agency twice, a few characters apart', () => {
  it('flags `天津东疆综合东疆综保区管理委员会` (real: 东疆综保区 2025)', () => {
    const report = asAgency(
      withPreface('根据…编制。'),
      'government',
      '天津东疆综合东疆综保区管理委员会',
    );
    expect(messageOf(report, DOUBLED)).toContain('“东疆”出现了两次');
    expect(importedWarns(realText('1663-dongjiang-zbq-2025.txt'), DOUBLED)).toBe(true);
  });
  it('is silent on a place named again after the unit it closes', () => {
    for (const name of [
      '阿拉善盟阿拉善右旗人民政府办公室',
      '重庆市万盛经济技术开发区万盛街道办事处',
      '乌兰浩特市乌兰哈达镇人民政府',
      '吉林市龙潭区龙潭街道办事处',
      '武汉市生态环境局东湖生态旅游风景区分局',
      // 区昆 again after 明片: a unit's character in the word (real: 昆明片区 招商合作局 2020).
      '中国(云南)自贸易区昆明片区(昆明经开区)招商合作局',
    ])
      expect(keys(asAgency(withPreface('根据…编制。'), 'department', name))).not.toContain(DOUBLED);
  });
});

describe('template-text-left: the 单位 of the template after the name of the agency in what the report covers', () => {
  it('flags `全文包括五原县农牧和科技局单位2025年…` (real: 五原县农牧和科技局 2025)', () => {
    const report = withPreface(
      '全文包括五原县农牧和科技局单位2025年政府信息公开总体情况,主动公开政府信息情况。',
      2025,
    );
    expect(keys(report)).toContain(TEMPLATE);
    expect(importedWarns(realText('1673-wuyuan-nmkjj-2025.txt'), TEMPLATE)).toBe(true);
  });
  it('is silent on `包括各乡镇单位…` and on the name alone', () => {
    expect(
      keys(withPreface('全文包括五原县农牧和科技局2025年政府信息公开总体情况。', 2025)),
    ).not.toContain(TEMPLATE);
    expect(keys(withPreface('全文包括各乡镇单位2025年政府信息公开工作情况。', 2025))).not.toContain(
      TEMPLATE,
    );
  });
});

describe('township-scope-above-level: the preface of a township publishing the report of its county', () => {
  const town = (preface: string) =>
    asAgency(withPreface(preface, 2022), 'township', '阿巴嘎旗那仁宝拉格苏木');
  it('flags `现发布《阿巴嘎旗2022年政府信息公开工作年度报告》` (real: 那仁宝拉格苏木 2022)', () => {
    const report = town('根据《条例》要求,现发布《阿巴嘎旗2022年政府信息公开工作年度报告》。');
    expect(messageOf(report, ABOVE)).toContain('上级“阿巴嘎旗”的报告名称');
    expect(importedWarns(realText('1672-abaga-narenbaolage-2022.txt'), ABOVE)).toBe(true);
  });
  it('is silent on the own name of the township after the county', () => {
    expect(
      keys(
        town('根据《条例》要求,现发布《阿巴嘎旗那仁宝拉格苏木2022年政府信息公开工作年度报告》。'),
      ),
    ).not.toContain(ABOVE);
  });
});

describe('import: the agency the preface names in new shapes', () => {
  it('reads the year-first name with the 政府 of 人民政府 merged (real: 合水镇 2024)', () => {
    expect(agencyInPreface('现特向社会公布2024年合水镇人民政府信息公开工作年度报告。')).toBe(
      '合水镇人民政府',
    );
    expect(importedReport(realText('1645-heping-heshui-2024.txt')).meta.agencyName).toBe(
      '合水镇人民政府',
    );
  });
  it('reads the 情况 of the year published, no report named (real: 利州区乡村振兴局 2022)', () => {
    expect(
      agencyInPreface('现向社会公布广元市利州区乡村振兴局2022年度政府信息公开情况。本报告包括…'),
    ).toBe('广元市利州区乡村振兴局');
  });
  it('reads the compiler opening its clause, the rules it went by before 编制 (real: 双柏县审计局 2025)', () => {
    expect(
      agencyInPreface(
        '按照《条例》有关要求,双柏县审计局根据政府信息与政务公开工作实际情况编制2025年度报告。',
      ),
    ).toBe('双柏县审计局');
  });
  it('reads no agency where the corpus writes none: 汇总, 编制 with 政府 merged', () => {
    // 大东坝镇 2021, 普润镇 2021: their gatherers wrote no agency. (济宁市体育局 2025's `本报告由…按照…要求
    // 编制` is read since stop 49's convention: see fixes-1769-1813-lead.test.ts.)
    for (const preface of [
      '本年度报告根据《条例》要求,汇总2021年度大东坝镇人民政府的政务公开年度报告编制而成。',
      '现编制2021年隆昌市普润镇人民政府信息公开工作年度报告,本报告中所列数据的统计期限…',
    ])
      expect(agencyInPreface(preface)).toBeNull();
  });
});
