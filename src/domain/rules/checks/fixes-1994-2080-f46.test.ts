import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measures of 1994–2038 and 2039–2080 mended after them (stop 52,
 * helper f46): structure, headings, sums. From the real wording, with the corpus's texts that must
 * stay silent.
 */

describe('parts-sum-mismatch: lists read to their real end', () => {
  const PARTS = 'parts-sum-mismatch:overview';
  it('reads kinds after those that make the whole up to a semicolon turning to other work (2020)', () => {
    const overview =
      '2022年度我局通过各种渠道主动公开信息149条,其中工作动态118条,通知公告31条,财政预、决算及“三公经费”公开信息3条;通过LED显示屏、电子触摸屏公开行政审批事项及各窗口实时讯息,便民利企。';
    expect(messageOf(withOverview(overview, 2022), PARTS)).toContain('118 + 31 + 3 = 152条');
    expect(importedWarns(realText('2020-weinan-gxq-xzspfwj-2022.txt'), PARTS)).toBe(true);
    // Two kinds making the whole, then another statement with a count after the semicolon.
    expect(
      keys(
        withOverview(
          '主动公开信息149条,其中工作动态118条,通知公告31条;收到政府信息公开申请3件。',
          2022,
        ),
      ),
    ).not.toContain(PARTS);
  });
  it('is silent on a list of 件 and 条 kinds going on past where it is read (2052)', () => {
    const overview =
      '全年,通过政府门户网站主动公开各类信息200余件,其中公开政府文件66件,行政规范性文件22件,政府会议信息34条,人事任免12件,民生实事信息21条,主动回应关切47条,组织举办政策宣传活动1次。';
    expect(keys(withOverview(overview, 2022))).not.toContain(PARTS);
    expect(importedWarns(realText('2052-shengsi-zfb-2022.txt'), PARTS)).toBe(false);
    // Six kinds of 件 adding to 181 of 991, then other work in 份: still told (清远's shape).
    expect(
      keys(
        withOverview(
          '全年公开各类文件991件,其中政府文件105件,部门文件12件,会议纪要1件,工作动态57件,通知公告3件,人事信息3件,发布政策解读信息6份。',
          2021,
        ),
      ),
    ).toContain(PARTS);
  });
});

describe('phrase-garbled: 采购金额 is a word of its own', () => {
  const PHRASE = 'phrase-garbled:overview';
  it('is silent on 采购金额 in the narrative (2057)', () => {
    const overview =
      '区国资委政府集中采购8批次,货物类2.22万元,服务类13.70万元,采购金额共计15.92万元。总公开条数93条。';
    expect(keys(withOverview(overview, 2020))).not.toContain(PHRASE);
    expect(importedWarns(realText('2057-wulong-gzw-2020.txt'), PHRASE)).toBe(false);
  });
});

describe('subheading-number-missing: the overview’s areas headed on lines of their own, none numbered', () => {
  const LOST = 'subheading-number-missing:overview';
  it('reads 主动公开情况 / 依申请公开情况 with no number in the text (2062, 1397)', () => {
    const overview =
      '主动公开情况\n2025年,聚焦县委、县政府中心工作,精准把握公开重点。\n依申请公开情况\n本年度共收到依申请公开政府信息72件,已答复71件。';
    expect(messageOf(withOverview(overview, 2025), LOST)).toContain(
      '“主动公开情况”“依申请公开情况”等都没有编号',
    );
    expect(importedWarns(realText('2062-minhou-zfb-2025.txt'), LOST)).toBe(true);
    expect(importedWarns(realText('1397-binhai-hujiayuan-2024.txt'), LOST)).toBe(true);
  });
  it('is silent when the areas are numbered, or one area line stands alone', () => {
    for (const overview of [
      '(一)主动公开情况\n发布信息6条。\n(二)依申请公开情况\n未收到申请。',
      '主动公开情况\n发布信息6条,未收到政府信息公开申请。',
      '一是主动公开。\n主动公开\n发布信息6条。\n依申请公开\n未收到申请。',
    ])
      expect(keys(withOverview(overview, 2025))).not.toContain(LOST);
  });
});

describe('count-number-missing: the whole lost before `其中` and one part', () => {
  const LOST = 'count-number-missing:overview';
  it('reads one part counted after `其中`, the sentence going on to other work (2041)', () => {
    const overview =
      '2023年,通过“衢州国资”微信公众号、衢州发布、三衢app等多种宣传平台主动公开信息,其中门户网站主动公开市属国企各类信息84条,定期公开市属重点国有企业生产经营情况。';
    expect(messageOf(withOverview(overview, 2023), LOST)).toContain('主动公开信息');
    expect(importedWarns(realText('2041-quzhou-gzw-2023.txt'), LOST)).toBe(true);
  });
  it('is silent when the next clauses count the other channels (1177)', () => {
    const overview =
      '(一)主动公开情况。通过“两微一端”主渠道及政府公报、新闻媒体、抖音、视频号等发布政府信息,其中局门户网站发布信息3046条;“广州城管”官方微信推文263篇;“广州城管”官方微博发布资讯1312篇。';
    expect(keys(withOverview(overview, 2023))).not.toContain(LOST);
    expect(importedWarns(realText('1177-guangzhou-cgj-2023.txt'), LOST)).toBe(false);
  });
});

describe('count-unit-missing: a count run into the next point’s ordinal', () => {
  const UNIT = 'count-unit-missing:overview';
  it('reads `决定4三是` and `结果3五是` (2043) and `事项0三是` (174)', () => {
    const overview =
      '二是主动公开行政许可决定书676,行政处罚决定4三是主动公开年度财政单位预算等9条四是主动公开人大代表建议提案(主办件)答复结果3五是“政府开放月”活动。';
    expect(messageOf(withOverview(overview, 2022), UNIT)).toContain('行政处罚决定4三是');
    expect(importedWarns(realText('2043-baoshan-swj-2022.txt'), UNIT)).toBe(true);
    expect(importedWarns(realText('174-daixian-wjj-2024.txt'), UNIT)).toBe(true);
  });
  it('is silent on a count with its unit, a share, or a year before an ordinal', () => {
    for (const overview of [
      '一是主动公开公文类政府信息80条。二是主动公开行政处罚决定4件三是主动公开预算信息9条。',
      '一是公开率100%二是全文电子化。',
      '一是完成2023二是做好公开。',
    ])
      expect(keys(withOverview(overview, 2022))).not.toContain(UNIT);
  });
});

describe('regulations-below-level: a township saying its government issued 法规、规章', () => {
  const BELOW = 'regulations-below-level:overview';
  const township = (overview: string): Report =>
    asAgency(withOverview(overview, 2024), 'township', '庆阳市西峰区杜村乡人民政府');
  it('reads `政府出台的各类法规、规章` (2051, its name not read, `本单位` in its text)', () => {
    expect(
      messageOf(
        township('全年累计主动公开政府信息640条,涵盖政府出台的各类法规、规章和规范性文件。'),
        BELOW,
      ),
    ).toContain('出台的各类法规、规章');
    expect(importedMessage(realText('2051-qingyang-ducun-2024.txt'), BELOW)).toContain(
      '出台的各类法规、规章',
    );
  });
  it('is silent on reposted 法规规章 and a making denied (1274, 1401)', () => {
    for (const overview of [
      '主动公开政府信息200余条,其中,政务公开平台发布法规规章7条,机构基本信息1条。',
      '本单位2020年度未制定行政法规、规章和规范性文件。',
    ])
      expect(keys(township(overview))).not.toContain(BELOW);
  });
});

describe('government-scope-missing: a nameless town’s text with one copied 我局', () => {
  const SCOPE = 'government-scope-missing';
  it('reads the town by its own guide and portal, its count said of no level (2064)', () => {
    expect(importedWarns(realText('2064-puning-chigang-2024.txt'), SCOPE)).toBe(true);
  });
  it('is silent for a text speaking as a 局 with no town guide nor portal of its own', () => {
    const report = withOverview(
      '2024年度,我镇及时发布各类政府信息。2024年合计共公开了197项政务信息。\n2024年,我局政府信息公开以门户网站为主。',
      2024,
    );
    const nameless = { ...report, meta: { ...report.meta, agencyName: '' } };
    expect(keys(nameless)).not.toContain(SCOPE);
  });
});

describe('section-heading-mismatch: a heading naming a later part under another’s numeral', () => {
  it('reads `三、存在的不足` as the problems part misnumbered (2034)', () => {
    const text = realText('2034-panjin-slj-2019.txt');
    expect(importedMessage(text, 'section-heading-mismatch:problems')).toContain(
      '「三、存在的不足」的序号和名称都不对',
    );
    expect(importedMessage(text, 'section-heading-mismatch:applications')).toContain(
      '缺少标题「三、收到和处理政府信息公开申请情况」',
    );
  });
  it('is silent on the later part when the heading names its own part', () => {
    const text = realText('2034-panjin-slj-2019.txt').replace(
      '三、存在的不足',
      '三、依申请公开办理情况',
    );
    expect(importedWarns(text, 'section-heading-mismatch:problems')).toBe(false);
  });
});
