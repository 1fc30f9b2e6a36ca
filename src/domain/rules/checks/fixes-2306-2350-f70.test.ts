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
 * A false warning and misses of the measure of 2306–2350 mended after it (stop 57, fixer f70): the
 * scope an office's report says by its self-word and the documents it lists, a kind counted again
 * after a total named of it, a kind's bare count in a list joined by 、, 等 closing one kind's name in
 * a full list. From the real wording, with the corpus's wording that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const SUM = 'parts-sum-mismatch:overview';

describe('government-scope-missing: an office saying whose its documents are (real: 上海市宝山区人民政府办公室 2025)', () => {
  // real: 上海市宝山区人民政府办公室 2025
  const baoshan =
    '(一)主动公开方面\n2025年,本机关严格贯彻落实《条例》《规定》等文件主动公开工作要求,积极拓展公开途径,不断拓宽公开范围。全年累计主动公开区政府、区政府办公室公文类政府信息57件,其中行政规范性文件3件,人事任免信息34件。';
  const office = (overview: string) =>
    asAgency(withOverview(overview, 2025), 'government', '上海市宝山区人民政府办公室');
  it('is not said where the office, by its self-word, publishes the government’s and its own documents', () => {
    expect(keys(office(baoshan))).not.toContain(SCOPE);
    expect(importedWarns(realText('2320-baoshan-zfb-2025.txt'), SCOPE)).toBe(false);
  });
  it('is still said of the same list in a paragraph with no subject of its own (real: 朔州市人民政府办公室 2023)', () => {
    const shuozhou =
      '(一)主动公开情况。充分发挥政府网站信息公开第一平台作用,全年共在市政府门户网站发布政府信息36442条,全年共公开市政府、市政府办公室文件117件。';
    expect(
      keys(asAgency(withOverview(shuozhou, 2023), 'government', '朔州市人民政府办公室')),
    ).toContain(SCOPE);
    expect(keys(office(baoshan.replace('本机关', '我区政务公开工作')))).toContain(SCOPE);
    expect(importedWarns(realText('1195-shuozhou-zfb-2023.txt'), SCOPE)).toBe(true);
  });
});

describe('parts-sum-mismatch: a kind counted again after a total named of it (real: 黄山市气象局 2023)', () => {
  // real: 黄山市气象局 2023
  const huangshan =
    '全年市本级主动公开各类信息168条,其中包括公开政策法规信息7条,重大决策预公开、规划计划、决策部署落实情况信息共2条,规划计划1条,决策部署落实情况6条,机构领导信息4条。';
  it('is said of the kind larger than the total of the kinds it is one of', () => {
    const message = messageOf(withOverview(huangshan, 2023), SUM) ?? '';
    expect(message).toContain('决策部署落实情况信息共2条');
    expect(message).toContain('决策部署落实情况6条');
    expect(
      importedMessage(realText('2311-huangshan-qxj-2023.txt'), SUM).includes('决策部署落实情况6条'),
    ).toBe(true);
  });
  it('is not said of kinds within their total, nor of kinds not named in it', () => {
    const named =
      '重大决策预公开、规划计划、决策部署落实情况信息共2条,规划计划1条,决策部署落实情况1条。';
    expect(keys(withOverview(named, 2023))).not.toContain(SUM);
    expect(
      keys(withOverview(named.replace('决策部署落实情况1条', '机构设置6条'), 2023)),
    ).not.toContain(SUM);
  });
});

describe('count-unit-missing: a kind’s bare count after one counted in its list (real: 宁强县自然资源局 2021)', () => {
  const UNIT = 'count-unit-missing:overview';
  // real: 宁强县自然资源局 2021
  const ningqiang =
    '2021年,我局主动公开信息66条,其中:信息公开年报1条、通知公告18条、人大建议政协提案2条、部门预决算公开2条、行政许可事项3条、行政处罚1,回复公众诉求件9。';
  it('is said of the bare count between the list’s kinds', () => {
    expect(messageOf(withOverview(ningqiang), UNIT)).toContain('行政处罚1,');
    expect(
      importedWarns(realText('2346-ningqiang-zrzyj-2021.txt'), 'count-unit-missing:proactive'),
    ).toBe(true);
  });
  it('is not said of a list written whole, nor of an excerpt cut inside its last count (real: 楚雄市鹿城街道 2025)', () => {
    expect(keys(withOverview(ningqiang.replace('行政处罚1,', '行政处罚1条,')))).not.toContain(UNIT);
    const cut =
      '具体包括:政府信息公开制度1条、公开指南1条、年度报告1条、政府文件10条、组织机构3条、概况信息13条、法治政府建设工作1条、重大行政决策目录2';
    expect(keys(withOverview(cut, 2025))).not.toContain(UNIT);
  });
});

describe('parts-sum-mismatch: 等 closing one kind’s name in a full list (real: 硚口区人力资源局 2023)', () => {
  // real: 硚口区人力资源局 2023
  const qiaokou =
    '2023年硚口区人力资源局主动公开信息共计316条,其中发布通知公告78条、财政预决算和就业创业民生类等信息175条、招聘类信息39条、工作动态类信息23条。';
  it('is said of the list short of its whole, the 等 a kind’s own', () => {
    expect(messageOf(withOverview(qiaokou, 2023), SUM)).toContain('315条');
    expect(importedWarns(realText('2330-qiaokou-rlzyj-2023.txt'), SUM)).toBe(true);
  });
  it('is not said where 等 ends the list', () => {
    expect(
      keys(withOverview(qiaokou.replace('工作动态类信息23条', '工作动态类等信息23条'), 2023)),
    ).not.toContain(SUM);
  });
});
