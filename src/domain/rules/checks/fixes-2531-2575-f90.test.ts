import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2531–2575 mended after it (stop 62, fixer f90): report names (the year's
 * 工作报告 with no 政府信息公开 in it; 年度 after the agency where its year should be; a short name
 * under a later year; a yearless title's short name), a number right after 关于印发, and a list of
 * parts with 等 right before its last item. From the real wording, with nearby wording of the corpus
 * that must stay silent.
 */

const NAME = 'report-name-garbled:meta';

describe('report-name-garbled: names of 2531–2575', () => {
  it('reads the report presented as the year’s 工作报告 (2556)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)第四十九条的规定,山东省淄博市张店公安分局现编制本部门2021年工作报告如下:';
    expect(messageOf(withPreface(preface, 2021), NAME)).toContain('“2021年工作报告”');
    expect(importedWarns(realText('2556-zhangdian-gafj-2020.txt'), NAME)).toBe(true);
    for (const fine of [
      '现编制本部门2021年政府信息公开工作年度报告如下:',
      '根据《市政府2021年工作报告》要求,认真做好公开工作。',
      '及时公开《2021年政府工作报告》等重要文件。',
      '现将我局2021年工作报告的公开情况说明如下。',
    ])
      expect(keys(withPreface(fine, 2021))).not.toContain(NAME);
  });

  it('reads 年度 after the agency where the year should be (2563)', () => {
    const preface =
      '现结合我局实际,特向社会公布温岭市自然资源和规划局年度政府信息公开工作报告。本报告中所列数据的统计时限自2021年1月1日起至2021年12月31日止。';
    const said = messageOf(withPreface(preface, 2021), NAME) ?? '';
    expect(said).toContain('“温岭市自然资源和规划局年度政府信息公开工作报告”在“年度”前缺年份');
    expect(said).toContain('“年度”应在“工作”之后');
    // Printed under 一、总体情况 in the real text, so told in the overview.
    expect(
      importedWarns(realText('2563-wenling-zrzyghj-2020.txt'), 'report-name-garbled:overview'),
    ).toBe(true);
    for (const fine of [
      '特向社会公布温岭市自然资源和规划局2021年政府信息公开工作年度报告。',
      '特编制发布 2021 年度政府信息公开工作年度报告。',
      '根据政务公开领导小组办公室关于做好年度政府信息公开工作年度报告的要求,现公布本报告。',
    ])
      expect(keys(withPreface(fine, 2021))).not.toContain(NAME);
  });
});

describe('notice-citation-unknown: a number right after 关于 (2569)', () => {
  const BROKEN = 'notice-citation-unknown:meta:broken-number';
  it('reads the title cut at 关于印发 and the number without its issuer’s code', () => {
    const preface =
      '本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)和国务院办公厅政府信息与政务公开关于印发〔2021〕30号及政府信息公开工作相关文件要求编制。';
    expect(messageOf(withPreface(preface, 2021), BROKEN)).toContain('“关于”之后直接是文号');
    expect(importedWarns(realText('2569-anyuan-slj-2021.txt'), BROKEN)).toBe(true);
    for (const fine of [
      '本报告依据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)编制。',
      '根据市政府办公室关于印发《2021年政务公开工作要点》的通知(萍府办字〔2021〕30号)要求。',
      '按照关于印发政务公开工作要点的通知(国办发〔2021〕12号)要求。',
    ])
      expect(keys(withPreface(fine, 2021))).not.toContain(BROKEN);
  });
});

describe('report-name-garbled: a short name under a later year (2532)', () => {
  it('reads the short name the preface presents under a year after the report’s', () => {
    const preface =
      '根据新修订《中华人民共和国政府信息公开条例》(以下简称《条例》),编制2021年度墨脱县德兴乡人民政府信息公开年度报告。本年报中所列数据的统计期限自2020年1月1日起至2020年12月31日止。';
    expect(messageOf(withPreface(preface, 2020), NAME)).toContain('“政府信息公开年度报告”缺“工作”');
    expect(importedWarns(realText('2532-motuo-dexing-2020.txt'), NAME)).toBe(true);
    for (const fine of [
      // Last year's report, published this year: no name of this report.
      '按时发布2019年度政府信息公开年度报告。',
      '编制2020年度墨脱县德兴乡人民政府信息公开工作年度报告。',
      // The next year's with the report's year said nowhere: nothing tells it is this report's.
      '特编制并向社会公布2021年度海口国家高新区政府信息公开年度报告。',
    ])
      expect(keys(withPreface(fine, 2020))).not.toContain(NAME);
  });
});

describe('report-name-garbled: a yearless title’s short name (2565)', () => {
  it('tells the name short of 政府 beside the year lost', () => {
    const text = realText('2565-huitong-lyj-2020.txt');
    expect(importedMessage(text, NAME)).toContain('“信息公开工作年度报告”缺“政府”');
    expect(importedWarns(text, 'report-name-garbled:title')).toBe(true);
  });
});

describe('part-count-mismatch: 等 right before the last item (2537)', () => {
  const PARTS = 'part-count-mismatch:meta';
  it('reads the parts between cut out', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》的相关要求,特向社会公布2021年中方县住房和城乡建设局政府信息公开工作年度报告。本报告由单位信息公开工作概述、主动公开政府信息情况等问题及改进情况。';
    expect(messageOf(withPreface(preface, 2021), PARTS)).toContain(
      '在“等”之后直接接“问题及改进情况”',
    );
    expect(
      importedWarns(realText('2537-zhongfang-zjj-2021.txt'), 'part-count-mismatch:overview'),
    ).toBe(true);
    for (const fine of [
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。',
      '本报告包括总体情况、主动公开政府信息情况等内容。',
      '全年公开规范性文件、工作动态等信息。',
    ])
      expect(keys(withPreface(fine, 2021))).not.toContain(PARTS);
  });
});
