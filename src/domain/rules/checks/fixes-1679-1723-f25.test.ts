import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1679–1723 mended after it (stop 48, helper f25): the overview's structure
 * (its sub-headings and their numbers, the format's table rows read as items) and phrases written
 * with a slip. From the real wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const GARBLED = 'overview-subheading-garbled:overview';
const UNNUMBERED = 'subheading-number-missing:overview';
const REPEATED_APPLICATIONS = 'subheading-number-repeated:applications';

describe('phrase-garbled: fixed wording with a slip', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      '全面贯彻党的十九届六中、其七中全会精神,党的二十大精神。',
      '“中、其七中全会”疑为“中、七中全会”',
      '1704-lvyuan-linyuan-2022.txt',
    ],
    [
      '累计主动公开政府信息220条余,向社会公开了镇政府的机构职能。',
      '“220条余”疑为“220余条”',
      '1710-jiange-yandian-2023.txt',
    ],
    [
      '依申请公开事项共5件,已按全部规定予以答复,未出现超期未回复等情况。',
      '“按全部规定”疑为“全部按规定”',
      '1716-yinchuan-sjj-2023.txt',
    ],
    [
      '未出现超期未回复等情况。上年度转接政府信息公开申请0件。',
      '“上年度转接”疑为“上年度结转”',
      '1716-yinchuan-sjj-2023.txt',
    ],
    [
      '凡属于应当主动公开的已根据规定程序纳入政府信息公开名目。',
      '“信息公开名目”疑为“信息公开目录”',
      '1717-changan-sjj-2023.txt',
    ],
    [
      '全年累计发布网站信息发布信息共971条,其中工作动态300条。',
      '“发布网站信息发布信息”疑为“发布网站信息”',
      '1719-gannan-wjw-2025.txt',
    ],
    [
      '全年共受(办)理群众来信来访级12345和12360卫生服务热线共30件。',
      '“来访级”疑为“来访及”',
      '1719-gannan-wjw-2025.txt',
    ],
    [
      '明确一名审核信息负责人,所用发布信息必须经过负责人审核同意再发布。',
      '“所用发布信息”疑为“所有发布信息”',
      '1697-huarong-jgswzx-2022.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('is silent on the same words used right', () => {
    for (const overview of [
      '深入学习贯彻党的十九届六中全会、七中全会精神。',
      '全年主动公开政府信息220余条,余下信息正在整理。',
      '共公开信息30条,余额为0。',
      '已全部按规定予以答复。',
      '上年结转政府信息公开申请0件,转办申请1件。',
      '已纳入政府信息公开目录,巧立名目的收费一律清理。',
      '全年累计发布信息971条,其中信息发布审核100条。',
      '依托市县两级12345政务服务便民热线受理诉求。',
      '所用发布渠道均为政府网站,所用经费均列入预算。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('overview-subheading-garbled: a stray 是 before an area’s name', () => {
  it('flags `(二)是依申请公开情况` (real: 城口县卫健委 2020)', () => {
    const overview =
      '(一)主动公开情况。主动公开信息26条。\n(二)是依申请公开情况。全年未收到申请。\n(三)政府信息管理情况。规范管理。';
    expect(messageOf(withOverview(overview), GARBLED)).toBe(
      '总体情况的小标题“(二)是依申请公开情况”多了“是”字，应为“(二)依申请公开情况”，请核对',
    );
    expect(importedWarns(realText('1714-chengkou-wjw-2020.txt'), GARBLED)).toBe(true);
  });
  it('is silent on a point counted `二是` and on `（二）` before words that are no area', () => {
    for (const overview of [
      '(一)主动公开情况。主动公开信息26条。\n二是依申请公开情况。全年未收到申请。',
      '(一)主动公开情况。主动公开信息26条。\n(二)是否公开的审查。严格审查。',
    ])
      expect(keys(withOverview(overview))).not.toContain(GARBLED);
  });
});

describe('subheading-number-missing: the overview’s items headed by phrases, none numbered', () => {
  it('flags `健全组织机构。…` `严格执行制度。…` (real: 精河县托里镇 2021)', () => {
    const overview =
      '托里镇高度重视政府信息公开工作,严格执行相关规定。\n健全组织机构。按照政府信息公开工作要求,成立了领导小组。\n严格执行制度。严格公开审批程序。';
    expect(messageOf(withOverview(overview), UNNUMBERED)).toBe(
      '总体情况的小标题“健全组织机构。”“严格执行制度。”等都没有编号：格式的小标题编作“（一）”“（二）”…，请补上编号',
    );
    expect(importedWarns(realText('1721-jinghe-tuoli-2021.txt'), UNNUMBERED)).toBe(true);
  });
  it('is silent where the items are numbered, or one phrase only heads a paragraph', () => {
    for (const overview of [
      '(一)主动公开情况\n健全组织机构。成立了领导小组。\n严格执行制度。严格公开审批程序。',
      '一是健全组织机构。成立了领导小组。\n二是严格执行制度。严格公开审批程序。',
      '健全组织机构。成立了领导小组。\n全年主动公开政府信息30条。',
    ])
      expect(keys(withOverview(overview))).not.toContain(UNNUMBERED);
  });
});

describe('subheading-number-repeated: the format’s table rows printed as text', () => {
  it('is silent on 表三’s rows `一、本年新收…` `二、上年结转…` (real: 新野县卫健委 2021)', () => {
    expect(importedWarns(realText('1694-xinye-wjw-2021.txt'), REPEATED_APPLICATIONS)).toBe(false);
  });
});
