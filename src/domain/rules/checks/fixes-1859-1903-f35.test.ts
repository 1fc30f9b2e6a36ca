import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1859–1903 mended after it (stop 50, helper f35): the
 * parts of a whole in 条 counted in 篇, the scope of a town's figures behind a period's 汇总 and a
 * content item's 全镇, and four false warnings silenced (parts listed by semicolons, the first
 * uncounted; `15小项`; the first of like kinds read as their whole; 规范 the verb of a list's item).
 * From the real wording, with the corpus's texts that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const SCOPE = 'government-scope-missing';
const NUMBER = 'count-number-missing:overview';
const UNIT = 'count-unit-missing:overview';
const PHRASE = 'phrase-garbled:overview';

describe('parts-sum-mismatch: parts in 篇 of a whole in 条', () => {
  it('reads the channels’ articles against the whole (1865)', () => {
    const overview =
      '2019年,我局主动公开政府信息295条,包括:\n1.政务网公开120条,其中:省局网站22篇,鹰潭市局网站57篇,贵溪林业微信公众号36篇,其它媒体60篇;\n2.微信公众号发布33条。';
    expect(messageOf(withOverview(overview, 2019), PARTS)).toContain('175条');
    expect(importedWarns(realText('1865-guixi-lyj-2019.txt'), PARTS)).toBe(true);
  });

  it('reads aspects joined by semicolons, one uncounted (1861)', () => {
    const overview =
      '2023年发布各类政务公开信息共39条,其中在政务服务方面,公布我局实施清单列表及一件事列表;在工作动态方面,发布我局工作情况38篇;在财政预决算方面,编制并发布财政预、决算和“三公”经费信息4条。';
    expect(messageOf(withOverview(overview, 2023), PARTS)).toContain('38篇 + 4条');
    expect(keys(withOverview(overview, 2023))).not.toContain(NUMBER);
    expect(importedWarns(realText('1861-pengjiang-tyjrswj-2023.txt'), PARTS)).toBe(true);
    expect(importedWarns(realText('1861-pengjiang-tyjrswj-2023.txt'), NUMBER)).toBe(false);
  });

  it('stays silent where the articles fit the whole, or some are approximate', () => {
    for (const overview of [
      '全年公开信息120条,其中:门户网站22篇,微信公众号36篇。',
      '全年公开信息120条,其中:门户网站82余篇,微信公众号60篇。',
      '全年公开信息120条,其中:门户网站等82篇,微信公众号60篇。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PARTS);
  });

  it('reads no whole from the first of like kinds (1888)', () => {
    const overview =
      '全年通过盘龙区人民政府门户网站主动公开行政处罚信息公示47条,行政许可信息公示1143条,医疗机构许可47条,通知公告信息46条。';
    expect(keys(withOverview(overview, 2025))).not.toContain(PARTS);
    expect(importedWarns(realText('1888-panlong-wjj-2025.txt'), PARTS)).toBe(false);
    // A total said with 共 is still one (郑州高新区 2022's shape).
    expect(
      keys(
        withOverview(
          '共计公开114件,规划许可信息25件,施工许可信息7件,预售许可信息59件,其他信息27件。',
        ),
      ),
    ).toContain(PARTS);
  });
});

describe('count-unit-missing and phrase-garbled: real wording left silent', () => {
  it('reads 小项 after a number as its unit (1862)', () => {
    expect(keys(withOverview('发布政务管理、气象服务等6大类15小项信息。', 2022))).not.toContain(
      UNIT,
    );
    expect(importedWarns(realText('1862-xianning-qxj-2022.txt'), UNIT)).toBe(false);
  });

  it('reads 规范 as the verb of a list item (1891), and still a 性 lost elsewhere', () => {
    expect(
      keys(withOverview('(三)政府信息管理情况。一是规范文件管理。及时发布主动公开文件。', 2024)),
    ).not.toContain(PHRASE);
    expect(importedWarns(realText('1891-jinan-tyjrswj-2024.txt'), PHRASE)).toBe(false);
    expect(keys(withOverview('全年清理规范文件3件。', 2024))).toContain(PHRASE);
  });
});

describe('government-scope-missing: a town’s figures of no level', () => {
  it('reads 汇总统计期限 as a period, not a scope (1896)', () => {
    const town = asAgency(
      withOverview(
        '2022年膘尔托阔依乡主动公开政府信息、政府文件等共计13条。本年度报告中所列资料数据的汇总统计期限从2022年1月1日起至2022年12月31日止。',
        2022,
      ),
      'township',
      '乌恰县膘尔托阔依乡',
    );
    expect(keys(town)).toContain(SCOPE);
    expect(importedWarns(realText('1896-wuqia-biaoertuokuoyi-2022.txt'), SCOPE)).toBe(true);
  });

  it('reads a content item’s 全镇 as a kind published, not a scope (1886)', () => {
    const town = asAgency(
      withOverview(
        '公开内容:\n1、行政法规、规章和规范性文件;\n2、全镇日常政务活动情况;\n2022年度发耳镇共公开政务信息313条。',
        2022,
      ),
      'township',
      '水城区发耳镇人民政府',
    );
    expect(keys(town)).toContain(SCOPE);
    expect(importedWarns(realText('1886-shuicheng-faer-2022.txt'), SCOPE)).toBe(true);
    // 全镇 with the count in its sentence still says the figure is the whole town's.
    const whole = asAgency(
      withOverview('公开内容:\n2、全镇日常政务活动情况,共公开政务信息313条。', 2022),
      'township',
      '水城区发耳镇人民政府',
    );
    expect(keys(whole)).not.toContain(SCOPE);
  });
});
