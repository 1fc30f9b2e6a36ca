import { describe, expect, it } from 'vitest';
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
 * Misses of the measure of 1379–1423 mended after it (stop 44, helper f4): a town's figures with
 * 本级 or 全镇 unsaid (its 全镇 only the people and firms served, its account only a channel), a town
 * calling itself 本单位 read as giving its own figures, the county's requests in a town's report, and
 * an overview's paragraph on 主动公开 with no count. From the real wording, with the corpus's texts
 * that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const REGION = 'region-figures-in-unit-report:overview';
const PROACTIVE = 'proactive-count-missing:overview';

const town = (overview: string) =>
  asAgency(withOverview(overview, 2024), 'township', '湘乡市金石镇人民政府');

describe('government-scope-missing on a town’s report (real: 金石镇 2024, 福禄镇 2020, 太平镇 2025)', () => {
  it('warns on the three texts, as a town’s', () => {
    for (const name of [
      '1379-xiangxiang-jinshi-2024.txt',
      '1388-bishan-fulu-2020.txt',
      '1394-shidian-taiping-2025.txt',
    ])
      expect(importedWarns(realText(name), SCOPE)).toBe(true);
    expect(importedMessage(realText('1379-xiangxiang-jinshi-2024.txt'), SCOPE)).toBe(
      '乡镇人民政府的年度报告应说明所列数据是乡镇政府本级的，还是全乡镇（含所属站所、村）汇总的',
    );
  });
  it('reads the whole town’s people and firms served or informed as no scope (金石镇 2024, 福禄镇 2020)', () => {
    for (const text of [
      '2024年度,围绕年度政务公开重点工作任务,我镇主动公开政府信息共669条,有力保障了全镇企业平稳开工、居民就业稳定、经济稳中有进。',
      '截至2020年12月31日,累计主动公开政府信息66条。通过拓展信息公开渠道、及时公开政府信息,使全镇群众及时了解政府各项发展规划、相关政策及工作情况等。',
    ])
      expect(keys(town(text))).toContain(SCOPE);
  });
  it('keeps a count of the whole town’s as the scope said', () => {
    for (const text of [
      '全镇共主动公开政府信息669条。',
      '参与全镇经济社会建设工作中产生的公开信息共计147条。',
      '全镇各村共公开信息669条,有力保障了群众知情权。',
    ])
      expect(keys(town(text))).not.toContain(SCOPE);
  });
  it('reads the government’s WeChat account as a channel, not the government publishing (太平镇 2025)', () => {
    expect(
      keys(
        town(
          '2025年,我镇严格按照《条例》要求,主动公开政府信息329条。其中,政府门户网站公开185条,占比56.2%;太平镇人民政府微信公众号公开144条,占比43.8%。',
        ),
      ),
    ).toContain(SCOPE);
    // The government the subject of its count (real: 大兴乡 2023) stays its own.
    expect(keys(town('2023年大兴乡人民政府共主动公开各类政府信息308条。'))).not.toContain(SCOPE);
  });
});

describe('a town calling itself 本单位, the subject of its count (real: 上海市宝山区顾村镇 2020)', () => {
  it('is silent on the real text and its sentence', () => {
    expect(importedWarns(realText('1401-baoshan-gucun-2020.txt'), SCOPE)).toBe(false);
    expect(
      keys(
        town(
          '2020年底,本单位累计主动公开政府信息921条,全文电子化率达100%。本单位2020年度共受理信息公开申请13件。',
        ),
      ),
    ).not.toContain(SCOPE);
  });
  it('still warns on 我单位 (荫子镇 2022), 本单位’s site as the channel (果园镇 2021), and 本单位 only in the requests (淞南镇 2020)', () => {
    for (const text of [
      '2022年,我单位主动公开政府信息39条。',
      '2021年,我镇在本单位部门网站主动公开政府信息232条。',
      '2020年淞南镇主动公开信息101条。本单位2020年度共受理信息公开申请3件。',
      '全年公开信息1173条,包括工作动态1108条,本单位牵头重点领域信息发布0条。',
    ])
      expect(keys(town(text))).toContain(SCOPE);
  });
  it('stays the corpus’s decided warnings on 619 and 316', () => {
    expect(importedWarns(realText('619-rongcheng-yinzi-2022.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('316-baoshan-songnan-2020.txt'), SCOPE)).toBe(true);
  });
});

describe('region-figures-in-unit-report: the county’s requests in a town’s report (real: 湘阴县东塘镇 2024)', () => {
  it('warns on the real text', () => {
    const text = realText('1380-xiangyin-dongtang-2024.txt');
    expect(importedMessage(text, REGION)).toBe(
      '乡镇（街道）的年度报告写“全县共收到依申请公开件0件”：这是全县的数字，乡镇（街道）的报告只写本机关收到和处理政府信息公开申请的情况，请改为本机关的数字（全县的数字由本级人民政府的年度报告公布）',
    );
  });
  it('warns on a town’s text, not on the town’s own nor on a government’s or a department’s', () => {
    expect(keys(town('2024年全县共收到依申请公开件0件,上年度结转办理件0件。'))).toContain(REGION);
    for (const report of [
      town('2024年我镇共收到依申请公开件0件。'),
      town('2024年,全县未发生政府信息公开行政复议。我镇收到申请2件。'),
      town('全县教育系统共收到政府信息公开申请3件。'),
      asAgency(
        withOverview('2022年,全区共收到政府信息公开申请130件,申请量同比增长103%。', 2022),
        'department',
        '示例市交通运输局',
      ),
      asAgency(
        withOverview('2024年全县共收到政府信息公开申请42件。', 2024),
        'government',
        '湘阴县人民政府',
      ),
    ])
      expect(keys(report)).not.toContain(REGION);
  });
});

describe('proactive-count-missing: an overview’s paragraph on 主动公开 (real: 硚口区汉正街道 2025)', () => {
  const lead =
    '2025年,在区委、区政府的正确领导下,我街道认真贯彻落实《中华人民共和国政府信息公开条例》和省、市、区工作部署要求。';
  const proactive =
    '本年度汉正街道主动公开财政预决算相关信息、主动更新机构职能、领导及成员分工、内设机构等信息。';
  const requests =
    '本年度我街道新收到依申请公开政府信息0件,上年结转申请0件,结转下年度继续办理0件。';
  const street = (overview: string) =>
    asAgency(withOverview(overview, 2025), 'township', '硚口区人民政府汉正街道办事处');
  it('warns on the real text, quoting the paragraph’s opening', () => {
    expect(importedMessage(realText('1384-qiaokou-hanzheng-2025.txt'), PROACTIVE)).toBe(
      '总体情况的“本年度汉正街道主动公开财政预决算相关信息、主动更…”一段只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
    expect(messageOf(street([lead, proactive, requests].join('\n')), PROACTIVE)).toContain(
      '本年度汉正街道主动公开',
    );
  });
  it('reads a paragraph opening 一是主动公开情况 the same (real: 博山区山头街道 2020)', () => {
    expect(importedWarns(realText('163-boshan-shantou-2020.txt'), PROACTIVE)).toBe(true);
  });
  it('is silent with a count, with the next paragraph not on requests, or a lead naming both areas', () => {
    for (const overview of [
      [lead, proactive.replace('等信息。', '等信息35条。'), requests],
      [lead, proactive, '我街道坚持完善加强公开信息的发布审核。', requests],
      [lead, '持续深化主动公开,畅通依申请公开渠道,强化平台建设与监督保障。', requests],
    ])
      expect(keys(street(overview.join('\n')))).not.toContain(PROACTIVE);
  });
  it('reads a count in 万 as a count (real: 番禺区人民政府办公室 2019)', () => {
    expect(importedWarns(realText('690-panyu-zfb-2019.txt'), PROACTIVE)).toBe(false);
    expect(
      keys(
        street(
          [
            lead,
            '二是全面主动公开政府信息。在区政府门户网站发布各类信息近1.7万条。',
            requests,
          ].join('\n'),
        ),
      ),
    ).not.toContain(PROACTIVE);
  });
});
