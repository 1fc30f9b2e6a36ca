import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { corpusIssues } from '@/testing/corpus-issues';
import { formats } from '@templates/index';
import { phraseSlipsIn } from './phrase-slips';

/**
 * Misses of the measure of 989–1018 mended after it (stop 37, helper f12), from the real wording,
 * with the corpus's right wordings that must stay silent.
 */

const template = formats[0]!;
const slips = (text: string) => phraseSlipsIn(text, template).map((s) => `${s.text}→${s.phrase}`);
const warned = (name: string) => {
  const issues = corpusIssues(realText(name), false, '2026-12-01');
  if (typeof issues === 'string') throw new Error(issues);
  return issues.filter((i) => i.checkId === 'phrase-garbled').map((i) => i.message);
};

describe('characters lost from common words (phrase-garbled)', () => {
  it('reads 负责 with 负 lost after 等 (real: 沅州镇中和乡 2019)', () => {
    expect(slips('依托乡民生大厅、司法所、计生站等责全乡政府信息与政务公开工作')).toEqual([
      '等责→等负责',
    ]);
    expect(slips('明确信息发布的时限、运行维护、保密安全等责任管理,确保信息发布平台安全')).toEqual(
      [],
    );
  });
  it('reads 疑问 with 问 lost after 任何 (real: 砚山县盘龙彝族乡 2021)', () => {
    expect(slips('如对本报告有任何疑,请与盘龙彝族乡人民政府办公室联系')).toEqual([
      '任何疑→任何疑问',
    ]);
    expect(slips('如对本年度报告有任何疑问,请与鄂温克族自治旗政务服务局政务公开室联系')).toEqual(
      [],
    );
  });
  it('reads 主要领导 with 主 lost after a level (real: 西平县嫘祖镇 2021)', () => {
    expect(slips('由镇要领导牵头,党政办安排专人负责')).toEqual(['镇要领导→镇主要领导']);
    expect(slips('由镇主要领导牵头,需要领导重视,重要领导批示')).toEqual([]);
  });
  it('reads the law on state secrets with 保守 lost (real: 凤泉区潞王坟乡 2021)', () => {
    expect(slips('严格落实国家秘密法、信息公开条例以及其他法律')).toEqual([
      '国家秘密法→保守国家秘密法',
    ]);
    expect(slips('严格按照《中华人民共和国保守国家秘密法》以及其他法律')).toEqual([]);
  });
  it('reads 全县 with its level lost before 政府 (real: 通榆县 2021, 辽阳市 2019)', () => {
    expect(slips('(一)组织推动全政府信息公开工作。')).toEqual(['全政府→全县（或全市等）政府']);
    expect(slips('加强全政府网站信息采集、发布、审核工作的规范化制度化')).toEqual([
      '全政府→全县（或全市等）政府',
    ]);
    expect(slips('建立健全政府信息公开工作机制,完全政府主导')).toEqual([]);
  });
  it('reads the verb lost after an adverb of time (real: 凤泉区潞王坟乡 2021)', () => {
    expect(slips('一是按时工作动态、办事指南等事项;')).toEqual([
      '按时工作动态→按时公开（或发布）工作动态',
    ]);
    expect(slips('通过数字东城网站按时公开了日常工作业务动态,及时发布工作动态')).toEqual([]);
  });
});

describe('a character lost in a local notice’s title (phrase-garbled)', () => {
  it('reads it where no notice check does (real: 砚山县盘龙彝族乡 2021)', () => {
    expect(
      slips('根据《云南省人民政府办公厅关于编制公布政府信息公开工年度报告有关事项的通知》要求'),
    ).toEqual(['政府信息公开工年度报告→政府信息公开工作年度报告']);
    expect(warned('1006-yanshan-panlong-2021.txt')).toEqual([
      '文中“政府信息公开工年度报告”疑为“政府信息公开工作年度报告”（缺字）（同一部分共 2 处），请核对',
    ]);
  });
  it('leaves a national notice’s title to the notice checks', () => {
    expect(
      slips('根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工年度报告有关事项的通知》'),
    ).toEqual([]);
  });
});

describe('a word written twice (the measure’s 1013, its sentence not in the stored excerpt)', () => {
  it('reads 常务会议 written twice (real: 鄂温克族自治旗 2019, from its page)', () => {
    expect(slips('及时公开旗政府常务会议常务会议4次')).toEqual(['常务会议常务会议→常务会议']);
  });
});
