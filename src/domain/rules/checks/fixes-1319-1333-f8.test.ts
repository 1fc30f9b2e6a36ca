import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1319–1333 mended after it (stop 41, helper f8): 统一 without 一, an
 * overview numbered 1., 2. with each heading's text on its line, a document number with a dash and
 * no 号, and a listed kind's count without its unit. From the real wording, with the corpus's
 * texts that must stay silent.
 */

const GARBLED = 'phrase-garbled:overview';
const PROACTIVE = 'proactive-count-missing:overview';
const UNIT = 'count-unit-missing:overview';
const BROKEN = 'notice-citation-unknown:overview:broken-number';

const has = (text: string, key: string): boolean => keys(withOverview(text)).includes(key);

describe('phrase-garbled: 统一 without 一 (real: 江岸区二七街道 2023)', () => {
  it('says 并统在…网上公开', () => {
    const text = '认真梳理行政服务事项,明确办理流程和材料,并统在湖北政务服务网上公开,大力宣传。';
    expect(messageOf(withOverview(text), GARBLED)).toContain('并统一在湖北政务服务网');
    expect(importedWarns(realText('1319-jiangan-erqi-2023.txt'), GARBLED)).toBe(true);
  });
  it('is silent on 统一在, 系统在', () => {
    expect(has('明确办理流程和材料,并统一在湖北政务服务网上公开。', GARBLED)).toBe(false);
    expect(has('通过政府信息公开目录系统在政府网站公开信息20条。', GARBLED)).toBe(false);
  });
});

describe('proactive-count-missing: a numbered item with its text on its heading line', () => {
  it('says 2.政府信息主动公开情况。… without a count (real: 西城区广外街道 2022)', () => {
    expect(importedWarns(realText('1326-xicheng-guangwai-2022.txt'), PROACTIVE)).toBe(true);
    const text = [
      '1.组织领导情况。建立街道政府信息公开工作领导小组。',
      '2.政府信息主动公开情况。一是深化政务公开清单体系建设,2022年共删减5项主动公开业务事项。二是落实主动向群众报告制度,全年共向地区居民通报情况4345次。',
      '3.依申请公开办理情况。本年度共收到政府信息公开申请3条。',
      '4.政府信息管理情况。严格落实保密审查。',
    ].join('\n');
    expect(messageOf(withOverview(text), PROACTIVE)).toContain('2.政府信息主动公开情况');
  });
  it('is silent when the item counts what was published', () => {
    const text = [
      '1.组织领导情况。建立街道政府信息公开工作领导小组。',
      '2.政府信息主动公开情况。全年在政府网站主动公开政府信息126条。',
      '3.依申请公开办理情况。本年度共收到政府信息公开申请3条。',
    ].join('\n');
    expect(has(text, PROACTIVE)).toBe(false);
  });
});

describe('notice-citation-unknown: a dashed number without 号 (real: 砚山县交通运输局 2020)', () => {
  it('says (〔2021〕—43) after a title', () => {
    const text =
      '2020年,根据《文山州人民政府办公室关于编制公布2020年政府信息公开工作年度报告有关事项的通知》(〔2021〕—43)要求,认真贯彻落实。';
    expect(messageOf(withOverview(text), BROKEN)).toContain('〔2021〕—43');
    expect(importedWarns(realText('1329-yanshan-jtj-2020.txt'), BROKEN)).toBe(true);
  });
  it('is silent on a whole number', () => {
    const text =
      '根据《文山州人民政府办公室关于编制公布2020年政府信息公开工作年度报告有关事项的通知》(文政办发〔2021〕43号)要求,认真贯彻落实。';
    expect(has(text, BROKEN)).toBe(false);
  });
});

describe('count-unit-missing: a listed kind without its unit (real: 砚山县交通运输局 2020)', () => {
  it('says 道路硬化26、道路修缮7件', () => {
    const text =
      '建议提案涉及道路硬化26、道路修缮7件、桥梁升级改造2件、公路升级改造7件、加大交通基础设施建设提案1件。';
    expect(messageOf(withOverview(text), UNIT)).toContain('道路硬化26、');
  });
  it('is silent on years, hotlines and whole lists', () => {
    expect(has('建议提案涉及道路硬化26件、道路修缮7件。', UNIT)).toBe(false);
    expect(has('梳理2021、2022年度信息15条。', UNIT)).toBe(false);
    expect(has('通过12345、12369热线受理诉求20件。', UNIT)).toBe(false);
  });
});

describe('parts-sum-mismatch: a list in 条 and 件, one part broken down after it (real: 砚山县交通运输局 2020)', () => {
  const PARTS = 'parts-sum-mismatch:overview';
  it('says 109 of 105', () => {
    const text =
      '通过砚山县政务网等公开各类信息共105条。其中:政务信息公开31条、政府信息公开7条、互动交流6条、魅力砚山公开6条、单位公示栏公开16条、公开县政府转交县交运局办理的“三会”建议提案共43件(其中:党代5件、人代33件、政协5件),建议提案涉及道路硬化26件、道路修缮7件、桥梁升级改造2件、公路升级改造7件、加大交通基础设施建设提案1件。';
    expect(messageOf(withOverview(text), PARTS)).toContain('105条');
    expect(importedWarns(realText('1329-yanshan-jtj-2020.txt'), PARTS)).toBe(true);
  });
  it('is silent when the parts make the whole', () => {
    const text =
      '通过砚山县政务网等公开各类信息共109条。其中:政务信息公开31条、政府信息公开7条、互动交流6条、魅力砚山公开6条、单位公示栏公开16条、公开县政府转交县交运局办理的“三会”建议提案共43件,建议提案涉及道路硬化26件、道路修缮7件、桥梁升级改造2件、公路升级改造7件、加大交通基础设施建设提案1件。';
    expect(has(text, PARTS)).toBe(false);
  });
});
