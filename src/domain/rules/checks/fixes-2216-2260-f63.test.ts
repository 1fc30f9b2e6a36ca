import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
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
 * Misses of the measure of 2216–2260 mended after it (stop 55, helper f63): sentences of two
 * constructions (编制 closing two clauses of one sentence, `…的前提下` with no 在, 行政依法 for
 * 依法行政), a paragraph opening with a cited title and its 要求 with 根据 lost, a preface printed
 * under `一、总体情况` whose date slip is said apart from the year's work's, and a text's second
 * stray closer said beside its first. From the real wording, with nearby wording of the corpus that
 * must stay silent.
 */

const PREFACE = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

/** file, the real wording, what the message must say, what is read, wordings that stay silent. */
type Case = readonly [string, string, string, string, readonly string[]];

describe('phrase-garbled: preface slips of 2216–2260', () => {
  const cases: readonly Case[] = [
    [
      '2228-tinghu-wglj-2025.txt',
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)及省、市、区政府信息公开工作部署编制,结合2025年度盐城市亭湖区文化广电和旅游局信息公开工作情况编制。',
      '“工作部署编制,结合…工作情况编制”疑为“工作部署,结合…工作情况编制',
      '编制 closing two clauses of one sentence',
      [
        // 2219's preface: one 编制 for both.
        '本报告根据最新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市、区相关文件要求,结合本部门信息公开工作情况编制。',
        '本报告依据《中华人民共和国政府信息公开条例》编制,结合实际予以公布。',
        '本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况等六个部分。',
      ],
    ],
  ];
  for (const [file, preface, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withPreface(preface, 2025), PREFACE)).toContain(right);
      expect(importedWarns(realText(file), PREFACE)).toBe(true);
      for (const fine of silent) expect(keys(withPreface(fine, 2025))).not.toContain(PREFACE);
    });
});

describe('phrase-garbled: overview slips of 2216–2260', () => {
  const cases: readonly Case[] = [
    [
      '2219-zhanggong-lyj-2019.txt',
      '坚持“公开为常态、不公开为例外”原则。确保信息质量的前提下,重点在区政府门户网站公开了概况信息、法规文件。',
      '“确保信息质量的前提下”疑为“在确保信息质量的前提下”',
      '…的前提下 with no 在',
      [
        '在确保信息质量的前提下,重点在区政府门户网站公开了概况信息。',
        // 1215's and 1196's: 在 inside the clause, or before a quotation holding a comma.
        '严格落实保密审查,确保在满足群众政府信息需求的前提下,不泄露国家秘密。',
        '在以“公开为常态,不公开为例外”的前提下,我局主动公开各类信息。',
      ],
    ],
    [
      '2219-zhanggong-lyj-2019.txt',
      '公开了人事信息、财经信息、行政依法、网上办事年度规划等10个类别的政府信息。',
      '“行政依法”疑为“依法行政”',
      '行政依法 for 依法行政',
      ['公开了人事信息、财经信息、依法行政、网上办事等类别的政府信息。', '规范行政依法决策程序。'],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2019), OVERVIEW)).toContain(right);
      expect(importedWarns(realText(file), OVERVIEW)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2019))).not.toContain(OVERVIEW);
    });
});

describe('text-opening-lost: a basis opening with its cited title (2220)', () => {
  const KEY = 'text-opening-lost:meta';
  it('reads 根据 lost before `《…》…的要求`', () => {
    const preface =
      '《中华人民共和国政府信息公开条例》第五十条的要求及清远市政府信息公开的有关规定,结合工作实际,现公布清远市林业局2024年政府信息公开工作年度报告。';
    expect(messageOf(withPreface(preface, 2024), KEY)).toContain(
      '编制依据应写“根据《中华人民共和国政府信息公开条例》第五十条的要求…”',
    );
    expect(importedWarns(realText('2220-qingyuan-lyj-2024.txt'), KEY)).toBe(true);
  });
  it('stays silent on a title as the subject of its verb, or after 根据', () => {
    for (const fine of [
      '根据《中华人民共和国政府信息公开条例》第五十条的要求,现公布本局2024年政府信息公开工作年度报告。',
      '《条例》规定,行政机关应当在每年1月31日前公布本机关上一年度政府信息公开工作年度报告。',
      '《中华人民共和国政府信息公开条例》实施以来,我局不断规范信息公开工作。',
      '《中华人民共和国政府信息公开条例》的规定是本报告编制的依据。',
    ])
      expect(keys(withPreface(fine, 2024))).not.toContain(KEY);
  });
});

/** The overview given, no preface before its heading (the preface printed under it). */
const overviewAlone = (overview: string, year: number): Report => {
  const report = withOverview(overview, year);
  return { ...report, meta: { ...report.meta, preface: '' } };
};

describe('date-characters-missing: a preface printed under 一、总体情况 (2216)', () => {
  const preface =
    '本年度报告根据《中华人民共和国政府信息公开条例》编制,涵盖201911日至1231日期间本局政府信息公开工作情况。';
  const work = '将信息公开工作列入我局2019度绩效管理指标考核。';
  it('says the preface’s slip apart from the year’s work’s', () => {
    const report = overviewAlone(`${preface}\n一、概述\n(一)基本情况\n${work}`, 2019);
    expect(messageOf(report, 'date-characters-missing:meta')).toContain('201911日');
    expect(messageOf(report, 'date-characters-missing:overview')).toContain('2019度');
    const real = realText('2216-shaowu-lyj-2019.txt');
    expect(importedMessage(real, 'date-characters-missing:meta')).toContain('201911日');
    expect(importedMessage(real, 'date-characters-missing:overview')).toContain('2019度');
  });
  it('keeps a slip of the printed preface alone as the overview’s, as the corpus keys it', () => {
    const report = overviewAlone(
      `${preface}\n一、概述\n(一)基本情况\n将信息公开工作列入我局2019年度绩效考核。`,
      2019,
    );
    expect(messageOf(report, 'date-characters-missing:overview')).toContain('201911日');
    expect(keys(report)).not.toContain('date-characters-missing:meta');
    // 1186's and 2233's prefaces printed under the heading, their one date slip the overview's.
    for (const file of ['1186-gannan-lcj-2020.txt', '2233-leshan-qxj-2020.txt']) {
      expect(importedWarns(realText(file), 'date-characters-missing:overview')).toBe(true);
      expect(importedWarns(realText(file), 'date-characters-missing:meta')).toBe(false);
    }
  });
});

describe('text-stray-closer: each stray closer of a text said (2216)', () => {
  const KEY = 'text-stray-closer:meta';
  it('says the web address’s lone `)` beside the abbreviation’s `例》`', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》(以下简称例》)编制。本报告全文在“中国邵武”http://www.shaowu.gov.cn/)政府信息公开专栏公布。';
    const message = messageOf(withPreface(preface, 2019), KEY) ?? '';
    expect(message).toContain('例》');
    expect(message).toContain('shaowu.gov.cn/)');
    expect(message).toContain('这些句子');
    const real = importedMessage(
      realText('2216-shaowu-lyj-2019.txt'),
      'text-stray-closer:overview',
    );
    expect(real).toContain('例》');
    expect(real).toContain('shaowu.gov.cn/)');
  });
  it('says one alone as before', () => {
    const preface =
      '本报告全文在清远市政府网站http://www.gdqy.gov.cn/qylyj/gkmlpt/annualreport)下载。';
    const message = messageOf(withPreface(preface, 2024), KEY) ?? '';
    expect(message).toContain('annualreport)');
    expect(message).toContain('这句话');
    expect(
      keys(withPreface('本报告全文在清远市政府网站(http://www.gdqy.gov.cn/)下载。', 2024)),
    ).not.toContain(KEY);
  });
});
