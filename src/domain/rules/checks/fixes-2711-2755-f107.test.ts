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
 * Misses and false warnings of the measure of 2711–2755 mended after it (stop 66, fixer f107): agency
 * names (the preface's report named by the agency's level with its place lost; a subject ending in
 * 中心 lost no kind), the scope of a government's figures (a nameless town's government receiving the
 * requests; a county's documents cleared with a count after them; a town's government the subject of
 * its count past clauses of the rule and the day) and the preface under `一、总体情况` (the report called
 * 文中; the preface's cited titles copied before `现将…报告如下`). From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

const WORD_LOST = 'agency-name-word-lost';
const SCOPE = 'government-scope-missing';
const HEADING = 'section-heading-mismatch:overview';

const hasKey = (found: readonly string[], key: string) =>
  found.some((k) => k === key || k.startsWith(`${key}:`));

describe('agency-name-word-lost: the preface’s report named by the level, its place lost', () => {
  const preface = (name: string) =>
    `根据《中华人民共和国政府信息公开条例》的规定,编制${name}2020年政府信息公开工作年度报告,本报告主要包括:总体情况。`;
  const asBureau = (name: string) =>
    asAgency(withPreface(preface(name), 2020), 'department', '洱源县政务服务管理局');

  it('warns on 县政务局 for 洱源县政务服务管理局 (real: 2718)', () => {
    expect(importedWarns(realText('2718-eryuan-zwfwj-2020.txt'), `${WORD_LOST}:meta`)).toBe(true);
    expect(messageOf(asBureau('县政务局'), `${WORD_LOST}:meta`)).toContain('少了地名“洱源”');
    expect(messageOf(asBureau('县政务服务管理局'), `${WORD_LOST}:meta`)).toContain(
      '县政务服务管理局',
    );
  });

  it('is silent on the name whole and on another body’s report', () => {
    expect(hasKey(keys(asBureau('洱源县政务服务管理局')), WORD_LOST)).toBe(false);
    expect(hasKey(keys(asBureau('县财政局')), WORD_LOST)).toBe(false);
  });
});

describe('agency-name-word-lost: a subject ending in 中心 lost no kind', () => {
  it('is silent on 珠海市不动产登记中心 beside its Party committee (real: 2726)', () => {
    expect(importedWarns(realText('2726-zhuhai-bdcdjzx-2019.txt'), `${WORD_LOST}:overview`)).toBe(
      false,
    );
  });

  it('still warns on a short name with its kind lost (real: 1475 绵阳市安州区人社局 2023)', () => {
    expect(importedWarns(realText('1475-anzhou-rsj-2023.txt'), `${WORD_LOST}:overview`)).toBe(true);
  });
});

describe('government-scope-missing: 2711–2755', () => {
  it('reads a nameless text whose town government receives the requests as a town’s (real: 2723)', () => {
    expect(importedWarns(realText('2723-tongbai-anpeng-2024.txt'), SCOPE)).toBe(true);
  });

  it('reads the county’s documents cleared as no scope said (real: 2745; 945 still warned)', () => {
    expect(importedWarns(realText('2745-sunan-county-2023.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('945-hezuo-city-2023.txt'), SCOPE)).toBe(true);
  });

  it('passes a town government the subject of its count past 按照… and 截止… (real: 2741)', () => {
    expect(importedWarns(realText('2741-qingshui-baisha-2025.txt'), SCOPE)).toBe(false);
    const town = (said: string) =>
      asAgency(withOverview(said, 2025), 'township', '清水县白沙镇人民政府');
    expect(
      hasKey(
        keys(
          town(
            '白沙镇人民政府按照信息公开要求,截止2025年12月31日,通过政府网站主动公开政府信息共计502条。',
          ),
        ),
        SCOPE,
      ),
    ).toBe(false);
    expect(hasKey(keys(town('2025年,白沙镇通过政府网站主动公开政府信息共计502条。')), SCOPE)).toBe(
      true,
    );
  });
});

describe('section-heading-mismatch: the preface under 一、总体情况', () => {
  it('reads the statistics period said of 文中 (real: 2725)', () => {
    expect(importedWarns(realText('2725-wangcang-xiang-2021.txt'), HEADING)).toBe(true);
  });

  it('reads the preface’s cited titles copied before 现将…报告如下 (real: 2754, 1587)', () => {
    expect(importedWarns(realText('2754-siming-wlj-2024.txt'), HEADING)).toBe(true);
    expect(importedWarns(realText('1587-jinjiang-sjj-2025.txt'), HEADING)).toBe(true);
  });

  it('passes 现将…报告如下 after the year’s work alone (real: 1015 根德乡 2023, 1235 番禺区)', () => {
    expect(importedWarns(realText('1015-chaoyangxian-gende-2023.txt'), HEADING)).toBe(false);
    expect(importedWarns(realText('1235-panyu-scjgj-2022.txt'), HEADING)).toBe(false);
  });
});
