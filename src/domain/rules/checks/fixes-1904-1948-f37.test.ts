import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1904–1948 mended after it (stop 51, helper f37): the
 * structure of the overview, its sub-headings and the items told off their heading, and a preface
 * sending the report up. From the real wording, with the corpus's texts that must stay silent.
 */

const FIRST = 'subheading-first-missing:overview';
const BRACKET = 'subheading-bracket-missing:overview';
const LETTER = 'report-is-cover-letter';
const OFF = 'overview-item-off-topic:overview';

describe('subheading-first-missing: the first sub-heading written with spaces inside', () => {
  it('reads `( 一 )` as the first (1906)', () => {
    const overview =
      '( 一 )全面贯彻落实政务公开相关要求\n全年公开信息20条。\n(二)聚焦重点,多维度推进政务公开工作\n…';
    expect(keys(withOverview(overview, 2024))).not.toContain(FIRST);
    expect(importedWarns(realText('1906-taojiang-nyncj-2024.txt'), FIRST)).toBe(false);
  });

  it('still says a first sub-heading lost', () => {
    const overview = '全年公开信息20条。\n(二)聚焦重点,多维度推进政务公开工作\n…';
    expect(keys(withOverview(overview, 2024))).toContain(FIRST);
  });
});

describe('subheading-bracket-missing: the closing bracket lost', () => {
  it('reads `(一主动公开情况` (1912)', () => {
    const overview = '2023年,我厅坚持…\n(一主动公开情况\n我厅进一步强化落实主动公开工作。';
    expect(messageOf(withOverview(overview, 2023), BRACKET)).toContain('缺少后括号');
    expect(importedWarns(realText('1912-shanxi-zrzyt-2023.txt'), BRACKET)).toBe(true);
  });

  it('stays silent on words opening with 一 in brackets', () => {
    const overview = '(一)主动公开情况\n(一般性文件均已公开)\n(二)依申请公开情况';
    expect(keys(withOverview(overview, 2023))).not.toContain(BRACKET);
  });
});

describe('report-is-cover-letter: the report sent up by the preface', () => {
  it('reads `…年度报告呈报如下` (1923)', () => {
    const preface =
      '按照延安市人民政府办公室《关于进一步做好政府信息公开工作年度报告编制发布工作的通知》要求,现将延安市人民防空办公室2021年政府信息公开工作年度报告呈报如下。';
    expect(messageOf(withPreface(preface), LETTER)).toContain('呈报');
    expect(importedWarns(realText('1923-yanan-rfb-2021.txt'), LETTER)).toBe(true);
  });

  it('stays silent on a report published or put forward', () => {
    for (const preface of [
      '现将2021年政府信息公开工作年度报告公布如下。',
      '现将我局2021年政府信息公开工作年度报告如下。',
    ])
      expect(keys(withPreface(preface))).not.toContain(LETTER);
  });
});

describe('overview-item-off-topic: items told off their heading', () => {
  it('reads 政务信息 sent to a department above beside what was published (1921)', () => {
    const overview =
      '(一)主动公开政府信息情况。向市生态环境局及区委、区政府报送政务信息、简报简讯150余篇,其中7篇被生态环境部采用;局官方网站发布信息400余条。';
    expect(messageOf(withOverview(overview), OFF)).toContain('报送');
    expect(importedWarns(realText('1921-liangping-sthjj-2021.txt'), OFF)).toBe(true);
    // What is sent to a website stays silent.
    expect(
      keys(
        withOverview('(一)主动公开情况。向市政务服务局网站报送信息73篇,局网站发布信息400余条。'),
      ),
    ).not.toContain(OFF);
  });

  it('reads 主动公开 told under 平台建设, no platform named (1911)', () => {
    expect(importedMessage(realText('1911-tianjiaan-huaibin-2020.txt'), OFF)).toContain(
      '主动公开的内容',
    );
    // The content and timing of publishing without 主动公开 first (上京镇 2025) stays silent.
    expect(importedWarns(realText('1338-datian-shangjing-2025.txt'), OFF)).toBe(false);
  });

  it('reads line work under 政府信息管理 (1922)', () => {
    expect(importedMessage(realText('1922-yaozhou-lyj-2020.txt'), OFF)).toContain('业务工作');
    const overview =
      '(四)政府信息管理\n严格执行信息发布审核制度,围绕全局工作目标任务,完成各项工作的宣传和报道,及时发布工作动态信息,确保信息准确。\n(五)平台建设';
    expect(keys(withOverview(overview))).not.toContain(OFF);
  });

  it('reads pieces sent out and taken up by the media (1931)', () => {
    expect(importedMessage(realText('1931-cangyuan-nuoliang-2022.txt'), OFF)).toContain(
      '被媒体采用',
    );
    // A channel's posts said taken up later (中江县 2022) stay silent on this reading.
    expect(
      keys(
        withOverview(
          '通过政务微博共发布和转发视频1930条,累计观看人数148万余人次。其中被中央级媒体采用41条,省级媒体采用379条。',
        ),
      ),
    ).not.toContain(OFF);
  });

  it('reads people served counted beside what was published (1938)', () => {
    expect(importedMessage(realText('1938-gongzhuling-cl-2025.txt'), OFF)).toContain('服务的人数');
  });

  it('reads 稿件 made public as what was published (1928)', () => {
    const overview =
      '(一)制度建设方面\n…\n(二)主动公开方面\n2024年,我局共主动公开158份信息稿件,其中包括日常工作简报、部门预决算、通知公告等。\n(三)依申请公开方面\n2024年新收政府信息公开申请7份。';
    expect(keys(withOverview(overview, 2024))).not.toContain(OFF);
    expect(importedWarns(realText('1928-fogang-zjj-2024.txt'), OFF)).toBe(false);
    // News sent to the media is still read (和田县吾宗肖乡 2023's shape).
    expect(
      keys(
        withOverview(
          '(一)主动公开工作情况\n在新闻媒体积极投稿刊发各类视频图文稿件300余篇。\n(二)依申请公开情况\n未收到申请。',
          2023,
        ),
      ),
    ).toContain(OFF);
  });
});

describe('overview-item-off-topic: the media’s printed news summed into the whole', () => {
  it('reads the whole made up by the media’s articles (1905)', () => {
    const overview =
      '2023年度我局通过门户网站、报刊、微信公众号等栏目公开政务信息7019条。局官网全年共发布信息2660条,其中公告类信息930条,工作动态类信息1730条,微信公众号发布信息2715条。全年在国家级媒体刊发体育新闻400篇,在省级主流媒体河北日报刊发体育信息1244篇。';
    expect(messageOf(withOverview(overview, 2023), OFF)).toContain('= 7019');
    expect(importedWarns(realText('1905-hebei-tyj-2023.txt'), OFF)).toBe(true);
  });

  it('stays silent where the channels make the whole, the articles beside it', () => {
    const overview =
      '全年公开信息5375条。局官网全年共发布信息2660条,微信公众号发布信息2715条。全年在国家级媒体刊发新闻400篇。';
    expect(keys(withOverview(overview, 2023))).not.toContain(OFF);
  });
});
