import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1544–1573 mended after it (stop 45, helper f15): a town's figures with 本级
 * or 全镇 unsaid, read past words that only seemed to say it. From the real wording, with the corpus's
 * texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const COUNT = 'proactive-count-missing:overview';
const WORD_LOST = 'agency-name-word-lost:meta';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const OLD_ARTICLES = 'notice-citation-wrong:meta:regulation-articles-2007';

const town = (overview: string, name = '昆明市晋宁区二街镇人民政府') =>
  asAgency(withOverview(overview, 2023), 'township', name);

describe('government-scope-missing: a town’s counts said of no level', () => {
  const counted = '2023年1月1日至12月31日,二街镇主动公开政府信息558条。';
  it('flags `二街镇主动公开政府信息558条` beside meetings counted and units using the channels (real: 二街镇 2023)', () => {
    const report = town(
      `${counted}为进一步推进政府信息公开工作,2023年镇政府主要领导共2次听取政务公开工作情况汇报,研究部署全镇政务公开工作。` +
        '全镇各部门、各村委会充分利用政府门户网站、电子屏、信息公开栏等形式,通过微信公众号等渠道,广泛开展政府信息公开工作。',
    );
    expect(messageOf(report, SCOPE)).toBe(
      '乡镇人民政府的年度报告应说明所列数据是乡镇政府本级的，还是全乡镇（含所属站所、村）汇总的',
    );
    expect(importedWarns(realText('1559-jinning-erjie-2023.txt'), SCOPE)).toBe(true);
  });
  it('flags `我镇通过新桥镇人民政府共发布公开信息66条`: the government the channel, not the one counting (real: 新桥镇 2021)', () => {
    expect(
      keys(town('2021年,我镇通过新桥镇人民政府共发布公开信息66条,通过微信公众号发布信息527条。')),
    ).toContain(SCOPE);
    expect(importedWarns(realText('1567-luqiao-xinqiao-2021.txt'), SCOPE)).toBe(true);
  });
  it('is silent when the count is the government’s own or the whole town’s', () => {
    // The government itself the subject of the count (大兴乡 2023's shape).
    expect(keys(town('2023年大兴乡人民政府共主动公开各类政府信息308条。'))).not.toContain(SCOPE);
    // The whole town's units' items counted (real: 克尔古提乡 2023).
    expect(
      keys(town(`${counted}全镇各部门在晋宁区人民政府网站上主动公开政府信息共计58条。`)),
    ).not.toContain(SCOPE);
    // The whole town's work giving the count (real: 五蛟镇 2020's shape).
    expect(keys(town('参与全镇经济社会建设工作中产生的公开信息共计147条。'))).not.toContain(SCOPE);
  });
});

describe('proactive-count-missing: an overview counting nothing but the period’s dates', () => {
  it('flags the overview opening with the preface `…至12月31日` and no count (real: 鄠邑区民族宗教事务局 2021)', () => {
    expect(importedWarns(realText('1553-huyi-mzzjj-2021.txt'), COUNT)).toBe(true);
  });
  it('is silent when the overview counts what was published (real: 南京市浦口区审计局 2022)', () => {
    expect(importedWarns(realText('1564-pukou-sjj-2022.txt'), COUNT)).toBe(false);
  });
});

describe('agency-name-word-lost: 我 right before the year', () => {
  const street = (preface: string) =>
    asAgency(withPreface(preface, 2021), 'township', '淄博市张店区公园街道办事处');
  it('flags `结合我年度政府信息公开工作实际` (real: 张店区公园街道办事处 2021)', () => {
    const report = street(
      '根据《中华人民共和国政府信息公开条例》要求,结合我年度政府信息公开工作实际,编制本报告。',
    );
    expect(messageOf(report, WORD_LOST)).toBe(
      '文中写“结合我年度政府信息公开工作”：“我”后缺了本机关的称谓（应为“我街道（本）年度”），请补上',
    );
    expect(importedWarns(realText('1561-zhangdian-gongyuan-2021.txt'), WORD_LOST)).toBe(true);
  });
  it('is silent on 我 with its kind, before the year or the work', () => {
    for (const preface of [
      '结合我街道本年度政府信息公开工作实际,编制本报告。',
      '结合我镇政府信息公开工作有关统计数据编制本报告。',
      '结合我局2024年实际工作情况编制本报告。',
    ])
      expect(keys(street(preface))).not.toContain(WORD_LOST);
  });
});

describe('overview-item-off-topic: the 主动公开 item counting only news sent to the media', () => {
  const item = (text: string) =>
    town(
      `2023年,乡政府认真落实条例。\n(一)主动公开工作情况\n${text}\n(二)依申请公开情况\n全年未收到政府信息公开申请。`,
    );
  it('flags `投稿刊发各类视频图文稿件300余篇` as the item’s only count (real: 和田县吾宗肖乡 2023)', () => {
    const report = item(
      '2023年度,吾宗肖乡未通过和田县政府门户网站报送公开信息,日常常态化公开内容主要通过微信群、抖音等渠道进行发布,共计在中央级、自治区级新闻媒体积极投稿刊发各类视频图文稿件300余篇。',
    );
    expect(messageOf(report, OFF_TOPIC)).toBe(
      '总体情况的小标题“(一)主动公开工作情况”下只数了“共计在中央级、自治区级新闻媒体积极投稿刊发各类视频图文稿件300余篇”：是向新闻媒体投稿的新闻宣传，不是主动公开的政府信息，没有写主动公开了多少条政府信息，请核对小标题下的内容',
    );
    expect(importedWarns(realText('1569-hetian-wuzongxiao-2023.txt'), OFF_TOPIC)).toBe(true);
  });
  it('is silent when the item counts information made public too', () => {
    expect(
      keys(
        item('2023年以来公开政府信息98条,同时积极向多家报纸杂志、网站投稿,全年共计发布稿件27篇。'),
      ),
    ).not.toContain(OFF_TOPIC);
    expect(importedWarns(realText('009-qingchuan-xczxj-2021.txt'), OFF_TOPIC)).toBe(false);
  });
});

describe('notice-citation-wrong: the regulation’s articles on the report before its revision', () => {
  const preface = (articles: string, year = 2021) =>
    withPreface(
      `根据《中华人民共和国政府信息公开条例》(以下简称《条例》)${articles}之规定,现公布本局${year}年政府信息公开工作年度报告。`,
      year,
    );
  it('flags `第三十一条、第三十二条之规定` in a 2021 report (real: 西安市鄠邑区民族宗教事务局 2021)', () => {
    expect(messageOf(preface('第三十一条、第三十二条'), OLD_ARTICLES)).toBe(
      '文中依据《中华人民共和国政府信息公开条例》“第三十一条、第三十二条”编制年度报告：这是2019年修订前条例中年度报告的条文序号，现行条例规定年度报告的是第四十九条、第五十条，请改正',
    );
    expect(
      importedWarns(
        realText('1553-huyi-mzzjj-2021.txt'),
        'notice-citation-wrong:overview:regulation-articles-2007',
      ),
    ).toBe(true);
  });
  it('is silent on the revised articles, on one article alone, and on a report before 2019', () => {
    expect(keys(preface('第四十九条、第五十条'))).not.toContain(OLD_ARTICLES);
    expect(keys(preface('第三十一条'))).not.toContain(OLD_ARTICLES);
    expect(keys(preface('第三十一条、第三十二条', 2018))).not.toContain(OLD_ARTICLES);
  });
});

describe('overview-areas-missing: requests named only among the duties', () => {
  const dept = (overview: string) =>
    asAgency(withOverview(overview, 2022), 'department', '南京市浦口区审计局');
  const duties =
    '(一)强化组织领导。局综合科负责信息发布、申请受理等工作,相关科室负责提供主动公开的信息内容、答复信息公开申请事项。(二)加强审核把关。信息发布严格执行“三审三校”制度。全年在政府门户网站发布信息21条。(三)强化系统培训。';
  it('flags `负责…答复信息公开申请事项` as no account of requests (real: 南京市浦口区审计局 2022)', () => {
    expect(messageOf(dept(duties), 'overview-areas-missing')).toBe(
      '「一、总体情况」未涉及：依申请公开（应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面）',
    );
    expect(importedWarns(realText('1564-pukou-sjj-2022.txt'), 'overview-areas-missing')).toBe(true);
  });
  it('is silent when the requests are told in a clause of their own', () => {
    expect(keys(dept(`${duties}2022年,我局未收到政府信息公开申请。`))).not.toContain(
      'overview-areas-missing',
    );
  });
});
