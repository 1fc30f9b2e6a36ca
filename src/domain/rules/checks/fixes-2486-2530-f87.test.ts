import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 2486–2530 mended after it (stop 61, fixer f87): agency
 * names (局 then 办 as the bureau's own office, a preface's short name of a body it names whole) and the
 * scope of a government's figures (a town's government the subject, its year before the channel; a
 * count of villages no count of items; the units as what published items tell of). From the real
 * wording, with the corpus's texts that must stay silent or warn still.
 */

const SCOPE = 'government-scope-missing';

/** A town's or office's report around one overview paragraph. */
const report = (title: string, overview: string): string =>
  [
    title,
    '一、总体情况',
    overview,
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');
const TOWN = '某县某某镇人民政府2020年政府信息公开工作年度报告';

describe('agency-name-word-doubled: 局 then 办', () => {
  const KEY = 'agency-name-word-doubled:meta';
  it('is silent on the bureau’s own office `民政局局办公室` (2523 息烽县民政局 2021)', () => {
    expect(importedWarns(realText('2523-xifeng-mzj-2021.txt'), KEY)).toBe(false);
  });

  it('still reads 局 written twice before another word', () => {
    const text = report(
      '某县商务局2021年政府信息公开工作年度报告',
      '当年,县商务局局主动发布各类工作信息140条。',
    );
    expect(importedWarns(text, 'agency-name-word-doubled:overview')).toBe(true);
  });
});

describe('agency-name-place-missing: a preface naming the body whole', () => {
  const KEY = 'agency-name-place-missing:meta';
  it('is silent where the preface names the bureau with its county (2515 铜鼓县应急管理局 2020)', () => {
    expect(importedWarns(realText('2515-tonggu-yjj-2020.txt'), KEY)).toBe(false);
  });

  it('still reads the short name where the preface never names the body whole (1386, 1392)', () => {
    expect(importedWarns(realText('1386-zhaohua-slj-2023.txt'), KEY)).toBe(true);
    expect(importedWarns(realText('1392-xifeng-tjj-2020.txt'), KEY)).toBe(true);
  });
});

describe('government-scope-missing', () => {
  it('is silent on a count whose subject is the town’s government, its year before the channel (2525)', () => {
    expect(importedWarns(realText('2525-wuqia-wuheshalu-2021.txt'), SCOPE)).toBe(false);
  });

  it('still asks of a count whose subject is the town (我镇2020年通过…)', () => {
    const text = report(TOWN, '我镇2020年通过县人民政府门户网站共公开信息16条。');
    expect(importedWarns(text, SCOPE)).toBe(true);
  });

  it('reads the town’s work with a count of its villages as no scope said (2487 武陵镇 2020)', () => {
    expect(importedWarns(realText('2487-wanzhou-wuling-2020.txt'), SCOPE)).toBe(true);
  });

  it('keeps the whole town’s work with a count of items as said', () => {
    const text = report(
      TOWN,
      '全镇信息公开工作自上而下有序开展,全年共公开信息35条。2020年,主动公开政府信息35条。',
    );
    expect(importedWarns(text, SCOPE)).toBe(false);
  });

  it('reads the units as what was published of as no scope said (2497 沈河区人民政府办公室 2020)', () => {
    expect(importedWarns(realText('2497-shenhe-2020.txt'), SCOPE)).toBe(true);
  });

  it('keeps the units publishing as said', () => {
    const text = report(
      '某市某区人民政府办公室2020年政府信息公开工作年度报告',
      '全年通过政府网站公开政府信息1300余条。区内各部门、街道办事处共发布信息800余条。',
    );
    expect(importedWarns(text, SCOPE)).toBe(false);
  });
});

describe('agency-name-word-lost: the agency’s own name short of a character', () => {
  const KEY = 'agency-name-word-lost:overview';
  it('reads the place’s level lost from the subject `长治信访局` (2490 长治市信访局 2019)', () => {
    expect(importedWarns(realText('2490-changzhi-xfj-2019.txt'), KEY)).toBe(true);
  });

  it('passes a site’s or an account’s short brand (1903 台州市气象局, 2054 富民县信访局, 100, 2017)', () => {
    for (const file of [
      '1903-taizhou-qxj-2024.txt',
      '2054-fumin-xfj-2022.txt',
      '100-fuzhou-zrzy-2020.txt',
      '2017-liuzhou-kjj-2022.txt',
    ])
      expect(importedWarns(realText(file), KEY)).toBe(false);
  });

  it('reads the town’s head lost in the contact sentence `请与湖乡党政办联系` (2518 酃湖乡 2020)', () => {
    expect(
      importedWarns(realText('2518-zhuhui-linghu-2020.txt'), 'agency-name-word-lost:meta'),
    ).toBe(true);
  });

  it('passes the town named whole', () => {
    const text = report(
      '某县酃湖乡2020年政府信息公开工作年度报告',
      '2020年,酃湖乡党政办主动公开信息12条。',
    );
    expect(importedWarns(text, KEY)).toBe(false);
  });
});

describe('section-heading-mismatch: parts of a work summary’s own', () => {
  it('tells the old structure’s 二 and 三 at their places (2516 丰润区交通运输局 2019)', () => {
    const text = realText('2516-fengrun-jtj-2019.txt');
    expect(importedWarns(text, 'section-heading-mismatch:proactive')).toBe(true);
    expect(importedWarns(text, 'section-heading-mismatch:applications')).toBe(true);
  });

  it('passes a numbered sentence that is no heading line (2516 reworded)', () => {
    const text = realText('2516-fengrun-jtj-2019.txt').replace(
      '二、政府信息公开做法',
      '二、政府信息公开做法上,我局加强领导,精心组织。',
    );
    expect(importedWarns(text, 'section-heading-mismatch:proactive')).toBe(false);
    expect(importedWarns(text, 'section-heading-mismatch:applications')).toBe(true);
  });

  it('reads the year’s work right after the preface with no heading (2498 鄂温克族自治旗审计局 2021)', () => {
    expect(
      importedWarns(realText('2498-ewenke-sjj-2021.txt'), 'section-heading-mismatch:overview'),
    ).toBe(true);
  });

  // The lead's read-back: a form (no source either) whose preface holds the year's work while 总体情况 is
  // empty is told so in words true of a form too, which prints the headings itself.
  describe('in the form', () => {
    const PREFACE = [
      '本报告根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况、主动公开政府信息情况等六部分。',
      '2021年,我局在县政府网站主动公开政务信息21条。',
    ].join('\n');
    const typed = { ...withOverview('', 2021, withPreface(PREFACE)), cells: {} };

    it('says 总体情况 is empty while the preface holds the year’s work', () => {
      expect(messageOf(typed, 'section-heading-mismatch:overview')).toMatch(
        /序言之后直接写本年度的工作，“一、总体情况”却是空的/,
      );
    });

    it('is silent once 总体情况 is written', () => {
      const written = {
        ...typed,
        narrative: { ...typed.narrative, overview: '本局主动公开21条。' },
      };
      expect(messageOf(written, 'section-heading-mismatch:overview')).toBeUndefined();
    });
  });
});
