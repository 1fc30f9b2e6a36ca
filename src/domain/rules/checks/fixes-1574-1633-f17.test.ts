import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import type { Report } from '../../report/types';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1574–1633 mended after it (stop 46, helper f17): the overview's structure,
 * its areas, its items off their heading, the count of 主动公开 and a preface's words under
 * `一、总体情况`. From the real wording, with the corpus's texts that must stay silent.
 */

const AREAS = 'overview-areas-missing';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const COUNT = 'proactive-count-missing:overview';
const HEADING = 'section-heading-mismatch:overview';

/** A report whose six headings were read from its source, its overview and year as given. */
const headed = (overview: string, year = 2021, preface = ''): Report => {
  const report = withOverview(overview, year);
  const headings = Object.fromEntries(
    formatById(report.formatId).sections.map((s) => [s.id, s.heading]),
  );
  return { ...report, source: { headings }, meta: { ...report.meta, preface } };
};

describe('proactive-count-missing: the item on 主动公开 by its place', () => {
  const overview = (first: string) =>
    withOverview(
      '2025年,易家街道扎实开展政府信息公开工作,不断提升政务公开的质效。\n' +
        `(一)坚持常态公开原则,畅通政民互动渠道\n${first}\n` +
        '(二)依法规范依申请公开,保障公众知情诉求\n全年依法规范受理答复政府信息公开申请3件。\n' +
        '(三)健全文件管理机制\n严格落实保密审查制度。',
      2025,
    );
  it('flags the first item listing the kinds made public, no count, before 依申请公开 (real: 硚口区易家街道 2025)', () => {
    const report = overview(
      '坚持“公开为常态,不公开为例外”的原则,充分利用区政府信息门户街道板块,依规公开财政预决算信息、法治政府建设年度报告、行政执法统计年报、涉企行政执法清单。',
    );
    expect(messageOf(report, COUNT)).toBe(
      '总体情况的小标题“(一)坚持常态公开原则,畅通政民互动渠道”下只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
    expect(importedWarns(realText('1579-qiaokou-yijia-2025.txt'), COUNT)).toBe(true);
  });
  it('is silent when that item counts what it made public', () => {
    expect(keys(overview('全年通过区政府门户网站主动公开政府信息120条。'))).not.toContain(COUNT);
    // `(一)信息公开基本情况` counting 28条 before `(二)依申请公开情况` (real: 沅江市黄茅洲镇 2021).
    expect(importedWarns(realText('647-yuanjiang-huangmaozhou-2021.txt'), COUNT)).toBe(false);
    // `(一)公文制发及公开情况:2021年全乡主动公开政府信息397余条` (real: 泾源县大湾乡 2021).
    expect(importedWarns(realText('224-jingyuan-dawan-2021.txt'), COUNT)).toBe(false);
  });
  it('is silent when the first item names another area', () => {
    const report = withOverview(
      '2025年,我局扎实开展政府信息公开工作。\n(一)强化监督保障,推进公开\n成立领导小组。\n(二)依法规范依申请公开\n全年未收到申请。',
      2025,
    );
    expect(keys(report)).not.toContain(COUNT);
  });
});

describe('section-heading-mismatch: a preface’s words under 一、总体情况', () => {
  it('flags where to ask about the report at the overview’s end, no preface before it (real: 桃江县审计局 2020)', () => {
    const report = headed(
      '2020年,县审计局认真贯彻执行《中华人民共和国政府信息公开条例》。2020年全年主动公开政府信息共26条。\n如对本报告有任何疑问,请联系桃江县审计局办公室。\n联系电话:0737-2691838。',
      2020,
    );
    expect(messageOf(report, HEADING)).toBe(
      '「一、总体情况」标题之下写了序言的话（“如对本报告有任何疑问,请联系桃江县审计局办公室”，联系方式）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
    expect(importedWarns(realText('1580-taojiang-sjj-2020.txt'), HEADING)).toBe(true);
  });
  it('is silent on a contact published or an office answering requests', () => {
    const report = headed(
      '2020年,我镇依法公开机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息。政府信息公开申请受理机构为镇党政办。联系电话:0576-85958120。\n(一)依申请公开。未收到依申请公开信息。',
      2020,
    );
    expect(keys(report)).not.toContain(HEADING);
    // The office receiving requests and its telephone (real: 临海市汇溪镇 2020).
    expect(importedWarns(realText('1079-linhai-huixi-2020.txt'), HEADING)).toBe(false);
  });
  it('flags the basis and `编制本年度政府信息公开工作年度报告` opening the overview (real: 开远市林业和草原局 2020)', () => {
    const report = headed(
      '根据《中华人民共和国政府信息公开条例》相关规定和《开远市人民政府办公室关于编制公布政府信息公开工作年度报告有关事项的通知》要求,市林业和草原局根据实际编制本年度政府信息公开工作年度报告。报告具体内容如下:\n(一)加强领导,完善机构\n成立了信息公开工作领导小组。',
      2020,
    );
    expect(messageOf(report, HEADING)).toBe(
      '「一、总体情况」标题之下先写的是序言（“根据《中华人民共和国政府信息公开条例》相关规定和《开远市人民政府办公室关于编制公…”，编制依据）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
    expect(importedWarns(realText('1599-kaiyuan-lcj-2020.txt'), HEADING)).toBe(true);
  });
  it('is silent on the year’s work told under the regulation, the report unnamed', () => {
    const report = headed(
      '2020年,我局根据《中华人民共和国政府信息公开条例》规定,认真做好本年度政府信息公开工作。\n(一)主动公开情况\n全年主动公开政府信息103条。',
      2020,
    );
    expect(keys(report)).not.toContain(HEADING);
  });
  it('flags `现就2021年街道信息公开工作总体状况做如下汇报` (real: 石泉路街道 2021)', () => {
    const report = headed(
      '2021年石泉路街道坚持贯彻落实政府信息公开条例,稳步推进街道政务公开。现就2021年街道信息公开工作总体状况做如下汇报:\n(一)主动公开政府信息情况\n本年度共制发公文20件,其中主动公开公文6件。',
    );
    expect(messageOf(report, HEADING)).toBe(
      '「一、总体情况」标题之下写了序言的话（“现就2021年街道信息公开工作总体状况做如下汇报:”）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
    expect(importedWarns(realText('1620-putuo-shiquanlu-2021.txt'), HEADING)).toBe(true);
  });
  it('is silent on `现将有关情况报告如下`, no year nor report named', () => {
    // Real: 宛城区民政局 2025, 新乡市农业农村局 2020.
    expect(importedWarns(realText('451-wancheng-mzj-2025.txt'), HEADING)).toBe(false);
    expect(importedWarns(realText('1137-xinxiang-nyncj-2020.txt'), HEADING)).toBe(false);
  });
});

describe('overview-item-off-topic: points of other matters, or shortcomings, under an item', () => {
  it('flags `主动公开方面:` whose points are named for requests, questions, fees and reviews (real: 湘西州乡村振兴局 2023)', () => {
    const report = withOverview(
      '2023年,湘西州乡村振兴局充分发挥政务公开作用。\n' +
        '主动公开方面:定期按要求对各栏目进行更新。一是政务公开栏发布信息929条。二是政务服务方面,已取消政务服务事项。三是依申请公开方面,本年度收到网上提交依申请公开信息0件。四是咨询方面,本年度收到网上咨询和建议共0条。五是收费及减免方面,本单位没有相关收费和减免情况。六是复议、诉讼和申诉方面,本年度没有发生行政复议。\n' +
        '监督保障方面:明确政策法规科具体负责网站管理。',
      2023,
    );
    expect(messageOf(report, OFF_TOPIC)).toBe(
      '总体情况“主动公开方面”之下分条写了依申请公开、咨询、收费及减免、行政复议、行政诉讼等方面：这些是其他部分的内容，不是主动公开政府信息的情况，请移到相应的方面或部分中',
    );
    expect(importedWarns(realText('1581-xiangxi-xczxj-2023.txt'), OFF_TOPIC)).toBe(true);
  });
  it('is silent on one point of requests among the points on publishing', () => {
    const report = withOverview(
      '(一)主动公开情况\n一是网站方面,发布信息120条。二是公众号方面,推送信息30条。三是依申请公开方面,全年未收到申请。\n(二)政府信息管理情况\n严格保密审查。',
      2024,
    );
    expect(keys(report)).not.toContain(OFF_TOPIC);
    // `三是依申请公开方面` alone (real: 代县卫健局 2024).
    expect(importedWarns(realText('174-daixian-wjj-2024.txt'), OFF_TOPIC)).toBe(false);
  });
  it('flags `(二)依申请公开情况` whose points are shortcomings (real: 师宗县高良乡 2025)', () => {
    const report = withOverview(
      '(一)主动公开情况。全年主动公开政府信息50条。\n(二)依申请公开情况。全年未接收到政府信息公开申请,未发生信息公开类行政复议。一是政府信息公开内容相对单一,主要聚焦于乡镇工作动态,而其他重要信息的公开尚显不足。二是政府信息公开的时效性有待提升。\n(三)政府信息管理情况。持续完善政府信息公开工作制度。',
      2025,
    );
    expect(messageOf(report, OFF_TOPIC)).toBe(
      '总体情况的小标题“(二)依申请公开情况”下写的是“一是政府信息公开内容相对单一,主要聚焦于…”“二是政府信息公开的时效性有待提升”：是存在的问题，不是小标题所说的工作情况，请移到「五、政府信息公开工作存在的主要问题及改进情况」中',
    );
    expect(importedWarns(realText('1596-shizong-gaoliang-2025.txt'), OFF_TOPIC)).toBe(true);
  });
  it('is silent on one shortcoming amended, and on an item headed on the shortcomings', () => {
    const amended = withOverview(
      '(三)强化政府信息管理。一是清理僵尸账号3个。二是账号更新不及时的问题已整改。\n(四)平台建设。优化网站栏目。',
      2022,
    );
    expect(keys(amended)).not.toContain(OFF_TOPIC);
    const headedOnThem = withOverview(
      '(一)主动公开情况。全年主动公开政府信息50条。\n(二)存在的不足。一是公开内容相对单一。二是时效性有待提升。\n(三)政府信息管理情况。严格保密审查。',
      2025,
    );
    expect(keys(headedOnThem)).not.toContain(OFF_TOPIC);
    // `二是账号更新不及时` (real: 嵩明县人民政府 2022).
    expect(importedWarns(realText('532-songming-zfb-2022.txt'), OFF_TOPIC)).toBe(false);
  });
});

describe('overview-areas-missing: an overview of two parts, the first area and the last', () => {
  it('says the areas between missing whatever words of them come up (real: 湘西州乡村振兴局 2023)', () => {
    const report = withOverview(
      '2023年,我局充分发挥政务公开作用。\n' +
        '主动公开方面:一是政务公开栏发布信息929条。三是依申请公开方面,本年度收到网上提交依申请公开信息0件。\n' +
        '监督保障方面:明确政策法规科具体负责网站管理,定期维护网站;完善了网站管理办法,严格执行新闻和信息发布“三审制”。',
      2023,
    );
    expect(messageOf(report, AREAS)).toBe(
      '「一、总体情况」未涉及：政府信息管理、政府信息公开平台建设（应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面）',
    );
    expect(importedWarns(realText('1581-xiangxi-xczxj-2023.txt'), AREAS)).toBe(true);
  });
  it('reads words under parts when there are more than two', () => {
    const report = withOverview(
      '(一)主动公开工作扎实推进。全年主动公开信息29条,全年未收到依申请公开件。\n(二)信息管理基础不断夯实。严格落实保密审查。\n(三)公开平台建设持续优化。优化网站栏目。\n(四)监督保障机制切实健全。开展培训2次。',
      2025,
    );
    expect(keys(report)).not.toContain(AREAS);
  });
});
