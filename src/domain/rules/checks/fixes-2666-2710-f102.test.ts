import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2666–2710 mended after it (stop 65, fixer f102): the report presented as
 * a `信息公开…情况` with no 政府 and no 报告 in its name, a title's 《 lost in a sentence begun after a
 * stop on its line, the year's requests said received with no count, and an e-mail address where the
 * postcode belongs. From the real wording, with nearby wording of the corpus that must stay silent.
 */

/** The report with `text` as its part on requests (收到和处理政府信息公开申请情况). */
const withApplications = (text: string, year = 2019): Report => {
  const report = withOverview('', year);
  return { ...report, narrative: { ...report.narrative, applications: text } };
};

describe('report-name-garbled: a situation published, 政府 lost (2683)', () => {
  const key = 'report-name-garbled:meta';
  it('reads the real wording', () => {
    expect(
      messageOf(
        withPreface(
          '依据《中华人民共和国政府信息公开条例》精神和有关要求,现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况。报告由总体情况等六部分组成。',
        ),
        key,
      ),
    ).toContain('“信息公开年度工作情况”');
    expect(
      keys(
        withPreface('根据上级文件要求,向社会公布2023年度昆明市晋宁区二街镇信息公开工作开展情况。'),
      ),
    ).toContain(key);
    expect(importedWarns(realText('2683-yiyang-gxkjcyy-2021.txt'), key)).toBe(true);
    expect(importedWarns(realText('1559-jinning-erjie-2023.txt'), key)).toBe(true);
  });
  it('leaves the usual situations and lists of parts', () => {
    for (const fine of [
      '根据条例要求,现公布2022年度巴中市气象局政府信息公开工作情况。',
      '现公布磐石市吉昌镇本年度政府信息公开工作情况。',
      '特向社会公布包头市九原区阿嘎如泰苏木人民政府2022年度政府信息公开情况。',
      '本报告包括主动公开政府信息情况、收到和处理政府信息公开申请情况等。',
    ])
      expect(keys(withPreface(fine)), fine).not.toContain(key);
  });
});

describe('text-stray-closer: a 》 opened nowhere after a stop on its line (2671)', () => {
  const key = 'text-stray-closer:overview';
  it('reads the real wording', () => {
    expect(
      messageOf(
        withOverview(
          '(三)政府信息管理:对涉及群众切身利益的政府信息及时进行解读。2019年对福建省工伤预防费使用管理实施办法(试行)》《莆田市就业补助资金管理实施办法》进行了解读。',
        ),
        key,
      ),
    ).toContain('实施办法(试行)》');
    expect(importedWarns(realText('2671-hanjiang-rsj-2019.txt'), key)).toBe(true);
  });
  it('leaves titles opened before the stop, and a line begun inside a title', () => {
    for (const fine of [
      '及时进行解读。2019年对《福建省工伤预防费使用管理实施办法(试行)》《莆田市就业补助资金管理实施办法》进行了解读。',
      '制定了《关于加强政府信息公开工作。进一步规范发布流程的通知》,推进工作。',
      '根据《国务院办公厅关于印发\n2019年政务公开工作要点的通知》《福建省政务公开工作要点》要求,做好解读。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(key);
  });
});

describe('count-number-missing: the year’s requests received with no count (2696)', () => {
  const key = 'count-number-missing:applications';
  it('reads the real wording', () => {
    expect(messageOf(withApplications('2019年全年收到政府信息公开申请。'), key)).toContain(
      '“2019年全年收到政府信息公开申请”',
    );
    expect(importedWarns(realText('2696-ezhou-echeng-zrghj-2019.txt'), key)).toBe(true);
  });
  it('leaves none received, a count, and a duty', () => {
    for (const fine of [
      '2019年全年未收到政府信息公开申请。',
      '本年度我局没有收到政府信息公开申请。',
      '2019年全年收到政府信息公开申请3件。',
      '本年度暂无收到政府信息公开申请。',
      '梅花村街严格按照法定程序,受理信息公开申请。',
    ])
      expect(keys(withApplications(fine)), fine).not.toContain(key);
  });
});

describe('contact-number-malformed: an e-mail address as the postcode (2704)', () => {
  const key = 'contact-number-malformed:meta';
  it('reads the real wording', () => {
    expect(
      messageOf(
        withPreface(
          '如对本报告有任何疑问,请与章贡区财政局联系(地址:章贡区客家大道19号,电话:0797-8195855,邮编:gzzgcz@163.com)。',
          2020,
        ),
        key,
      ),
    ).toContain('电子邮箱“gzzgcz@163.com”');
    expect(importedWarns(realText('2704-ganzhou-zhanggong-czj-2020.txt'), key)).toBe(true);
  });
  it('leaves a postcode and the address under its own label', () => {
    for (const fine of [
      '请与章贡区财政局联系(地址:章贡区客家大道19号,电话:0797-8195855,邮编:341000,邮箱:gzzgcz@163.com)。',
      '邮政编码:341000;电子邮箱:gzzgcz@163.com。',
    ])
      expect(keys(withPreface(fine, 2020)), fine).not.toContain(key);
  });
});
