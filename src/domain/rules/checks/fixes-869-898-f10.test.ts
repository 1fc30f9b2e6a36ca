import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 869–898 mended after it (stop 36, helper f10), from the real wording.
 */

const OVERVIEW = 'phrase-garbled:overview';
const PREFACE = 'phrase-garbled:meta';
const BROKEN = 'notice-citation-unknown:overview:broken-number';
const TITLE = 'notice-citation-unknown:meta:title-2019-60';
const WRONG = 'notice-citation-wrong:meta:2019-60';

describe('a fixed phrase with a word lost, doubled or miswritten (phrase-garbled)', () => {
  it('reads 基层政务公开标准化规范化 with 公开 lost (real: 长乐区政府办 2023)', () => {
    const text =
      '建设完善政府网站“全面推行基层政务标准化规范化”专题专栏,督促26个领域主管部门及时更新。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“基层政务标准化”疑为“基层政务公开标准化”（缺字），请核对',
    );
  });
  it('is silent on the phrase written whole', () => {
    const text = '建设完善政府网站“全面推进基层政务公开标准化规范化”专题专栏。';
    expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });

  it('reads 向社会公开 written 将社会公开 before the title (real: 卓尼县 2020)', () => {
    const preface =
      '本报告根据…政府信息公开工作有关统计数据撰写,现将社会公开《卓尼县人民政府2020年度政府信息公开工作年度报告》。';
    expect(messageOf(withPreface(preface, 2020), PREFACE)).toBe(
      '文中“将社会公开”疑为“向社会公开”（错字），请核对',
    );
  });
  it('is silent on 现向社会公开 and 现将…向社会公开 (real: corpus)', () => {
    for (const preface of [
      '现向社会公开《卓尼县人民政府2020年度政府信息公开工作年度报告》。',
      '现将《卓尼县人民政府2020年度政府信息公开工作年度报告》向社会公开。',
    ])
      expect(keys(withPreface(preface, 2020))).not.toContain(PREFACE);
  });

  it('reads 政府信息公开 written 政府公开信息公开 (real: 锡林郭勒盟科技局 2023)', () => {
    const text = '公开业务信息32项;政府公开信息公开报告、党建等其他信息6项。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“政府公开信息公开”疑为“政府信息公开”（多字），请核对',
    );
  });
  it('is silent on 政府公开信息 and 政府信息公开 as they are (real: corpus)', () => {
    for (const text of [
      '在门户网站上公布政府公开信息,方便群众查阅。',
      '具体包括镇政府信息公开年报1条,机构职能1条。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });

  it('reads 财务 written 财物 among a town’s offices (real: 北票市台吉镇 2022)', () => {
    const text = '五是监督保障情况。民政,财物等相关站办所每年及时将站办的相关公示内容公开。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“,财物等相关站办所”疑为“,财务等相关站办所”（错字），请核对',
    );
  });
  it('is silent on 财物 as goods, and on 财务 among the offices', () => {
    for (const text of [
      '严格公共财物管理,杜绝浪费。',
      '民政、财务等相关站所及时公开相关信息。',
      '加强对镇属财物、资产的监督。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });
});

describe('a cited document number or title garbled (notice-citation-unknown)', () => {
  it('reads a number with 号 lost before its closing bracket (real: 黄平县 2022)', () => {
    const text =
      '2022年,黄平县按照《国务院办公厅关于印发2022年政务公开工作要点的通知》(国办发〔2022〕8)要求,深入推进重点领域信息公开。';
    const found = messageOf(withOverview(text, 2022), BROKEN);
    expect(found).toContain('「国办发〔2022〕8」');
    expect(found).toContain('国办发〔2022〕8号');
  });
  it('is silent on the number whole', () => {
    const text =
      '2022年,黄平县按照《国务院办公厅关于印发2022年政务公开工作要点的通知》(国办发〔2022〕8号)要求,深入推进重点领域信息公开。';
    expect(keys(withOverview(text, 2022))).not.toContain(BROKEN);
  });

  it('says the 2019 notice with 政府信息公开 lost from its title, in a later year too (real: 新疆气象局 2024)', () => {
    const preface =
      '本报告是根据《中华人民共和国政府信息公开条例》(以下称《条例》)《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》和中国气象局有关要求编制。';
    const found = keys(withPreface(preface, 2024));
    expect(found).toContain(TITLE);
    expect(found).toContain(WRONG);
  });
  it('says the old notice only as of other years where its title is cited without 工作 (real: 福州市外事办 2023)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》、国务院办公厅公开办《关于政府信息公开年度报告有关事项的通知》要求,福州市人民政府外事办公室编制完成本报告。';
    const found = keys(withPreface(preface, 2023));
    expect(found).toContain(WRONG);
    expect(found).not.toContain(TITLE);
  });
});
