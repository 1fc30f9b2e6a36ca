import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { importText } from '@/import';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { shareProblems } from './shares';

/**
 * Since a fix of stop 35 after the measure of 674–718: the old reports' fourth part (复议、诉讼 with
 * 举报投诉 or 申诉) in a list of the parts, more kinds counted than the `N类` said, the preface printed
 * again under `一、总体情况`, and shares written as fractions, from the real wording with the
 * corpus's wording that stays silent beside it.
 */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('a list of the parts with the old fourth part (复议、诉讼 and 举报投诉 or 申诉)', () => {
  it('is read as the old structure (real: 荣成市成山镇 2019)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《山东省政府信息公开规定》(以下简称《规定》)要求,由成山镇人民政府编制。全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开相关的行政复议、行政诉讼、举报投诉情况,存在的主要问题和改进措施,其他需要报告的事项,并附2019年度成山镇政府信息公开情况统计表。';
    const message = messageOf(withPreface(preface, 2019), 'part-count-mismatch:meta');
    expect(message).toContain('“政府信息公开相关的行政复议、行政诉讼、举报投诉情况”');
    expect(message).toContain('旧年报结构');
  });
  it('reads `复议、诉讼和申诉的情况` (real: 湘阴县杨林寨乡 2022)', () => {
    const preface =
      '本报告包括概述、政府信息主动公开情况、依申请公开政府信息情况、政策解读、复议、诉讼和申诉情况、政府信息公开工作存在的主要问题及改进情况等方面的内容构成。';
    expect(messageOf(withPreface(preface, 2022), 'part-count-mismatch:meta')).toContain(
      '“复议、诉讼和申诉情况”',
    );
  });
  it('leaves the current parts and a sentence on no 申诉 alone (real: 句容市水利局 2022)', () => {
    for (const preface of [
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。',
      '由于未发生关于部门信息公开事务的行政复议案、行政诉讼案和有关的申诉案,因此未发生与诉讼(行政复议、行政诉讼及申诉)有关的费用。',
    ])
      expect(keys(withPreface(preface, 2022))).not.toContain('part-count-mismatch:meta');
  });
});

describe('more kinds counted than the `N类` said', () => {
  it('is read (real: 昭化区元坝镇 2020)', () => {
    const overview =
      '2020年,我镇主动公开计划总结、工作动态、文件解读、公示公告信息4类46条,其中:计划总结信息1条、行政规范性文件信息1条、工作动态信息32条、文件解读信息2条、公示公告信息10条。';
    const message = messageOf(withOverview(overview, 2020), 'list-count-mismatch:overview');
    expect(message).toContain('公示公告信息4类46条”（4 类）');
    expect(message).toContain('共 5 类');
  });
  it('leaves the kinds counted as said, and some of them named, alone (real: 安泰街道 2024)', () => {
    for (const overview of [
      '2024年,主动公开政府信息2类,共计公开政府信息6条,分别是机构职能类信息1条,其他应当主动公开的政府信息5条。',
      '2020年,我镇主动公开信息5类46条,其中工作动态信息32条、公示公告信息10条。',
    ])
      expect(keys(withOverview(overview, 2024))).not.toContain('list-count-mismatch:overview');
  });
});

describe('the preface printed again under `一、总体情况`', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》《关于政府信息公开工作年度报告有关事项的通知》要求和县政府办公室《关于做好2020年度政府信息公开年度报告编制发布工作的通知》要求,现将2020年白石镇政府信息公开年度报告向社会公布。\n本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。';
  const body = [
    '(一)主动公开',
    '2020年通过政府信息公开网主动公开政府信息60条。',
    '二、主动公开政府信息情况',
    '第二十条第(一)项',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
    '规章 | 0 | 0 | 0',
    '规范性文件 | 0 | 0 | 0',
  ];
  it('is read (real: 汶上县白石镇 2020)', () => {
    const report = imported(
      [
        preface,
        '一、总体情况',
        '根据《中华人民共和国政府信息公开条例》和《关于政府信息公开年度报告有关事项的通知》要求,按照县政府办公室《关于做好2020年度政府信息公开年度报告编制发布工作的通知》要求,现将2020年白石镇政府信息公开年度报告向社会公布。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
        ...body,
      ].join('\n'),
    );
    expect(messageOf(report, 'section-heading-mismatch:overview')).toContain(
      '第一段又把标题前的序言写了一遍',
    );
  });
  it('leaves a period said again, and the year’s work, alone (real: 扎格斯台苏木 2023)', () => {
    for (const first of [
      '本年报中所列数据统计期限自2020年1月1日起至2020年12月31日止。2020年,白石镇认真贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政府信息公开工作。',
      '2020年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
    ])
      expect(keys(imported([preface, '一、总体情况', first, ...body].join('\n')))).not.toContain(
        'section-heading-mismatch:overview',
      );
  });
});

describe('shares written as fractions of the whole', () => {
  it('is read (real: 汶上县白石镇 2020)', () => {
    const overview =
      '通过政府信息公开网主动公开政府信息60条,其中政务动态类35条,占58%,履职依据类5条,占0.08%,机构智能类3条,占0.05%,领导信息4条,占0.06%。';
    const [problem] = shareProblems(overview);
    expect(problem?.fraction).toBe(3);
    expect(problem?.expected).toBe('8.3');
    expect(messageOf(withOverview(overview, 2020), 'shares-rounding-mismatch:overview')).toContain(
      '占比没有乘以 100',
    );
  });
  it('leaves small shares of a large whole alone', () => {
    expect(
      shareProblems(
        '共公开政府信息2000条,其中工作动态1998条,占99.9%,政策文件1条,占0.05%,人事信息1条,占0.05%。',
      ),
    ).toEqual([]);
  });
});

describe('the item on 平台建设 telling the requests, no platform named', () => {
  const items = (platform: string) =>
    [
      '2020年,我镇积极稳妥地推进政府信息公开工作。',
      '(一)主动公开政府信息情况',
      '2020年主动公开政府信息46条。',
      '(二)办理申请公开内容',
      '2020年全镇累计受理依申请公开政府信息0件',
      '(四)持续加强平台建设',
      platform,
      '(五)加强监督保障工作',
      '一是建立长效工作机制。',
    ].join('\n');
  it('is read (real: 安岳县周礼镇 2020)', () => {
    const report = withOverview(
      items(
        '按照相关法律法规的要求,有序稳妥地推进政府信息公开工作,积极探索建立依申请公开协调机制,增强服务意识,对涉及多部门的申请事项,加强协调,坚持依申请公开的每一环节都要依法依规',
      ),
      2020,
    );
    expect(messageOf(report, 'overview-item-off-topic:overview')).toContain(
      '“(四)持续加强平台建设”下写的是',
    );
  });
  it('leaves an item naming its platform alone (real: 会宁县甘沟驿镇 2022)', () => {
    const report = withOverview(
      items(
        '今年以来,我镇不断加大政府信息公开力度,在镇便民服务大厅设立政务公开专区,配备触摸查询一体机等设备,方便群众提出政府信息公开申请。',
      ),
      2022,
    );
    expect(keys(report)).not.toContain('overview-item-off-topic:overview');
  });
});

describe('a document number that is its issuer’s prefix alone', () => {
  it('is read as broken (real: 乌兰浩特市 2020)', () => {
    const preface =
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《政府信息公开条例》)、《兴安盟政务公开领导小组办公室关于做好2020年度政府信息公开工作年度报告编制发布工作的通知》(兴政公办发)规定编制。';
    expect(
      messageOf(withPreface(preface, 2020), 'notice-citation-unknown:meta:broken-number'),
    ).toContain('「兴政公办发」只有发文机关代字，缺年份和序号');
  });
  it('leaves short names, a place to download and how a title was issued alone (real: 龙岗区 2024, 始兴县机关事务管理局 2021)', () => {
    for (const preface of [
      '本报告根据《中华人民共和国政府信息公开条例》(下称《条例》)编制。',
      '根据《始兴县机关事务管理局2021年政府信息公开工作年度报告》(可在始兴县政府信息网下载)。',
      '根据《关于做好2020年度政府信息公开工作年度报告编制发布工作的通知》(市政府印发)要求编制。',
    ])
      expect(keys(withPreface(preface, 2021))).not.toContain(
        'notice-citation-unknown:meta:broken-number',
      );
  });
});
