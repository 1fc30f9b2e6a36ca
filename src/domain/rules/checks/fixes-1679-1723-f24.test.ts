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
 * Misses and false warnings of the measure of 1679–1723 mended after it (stop 48, helper f24):
 * counts, sums, scopes, the count of what was published, claims of no request. From the real
 * wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const PARTS = 'parts-sum-mismatch:overview';
const ZERO = 'zero-requests-answered:overview';
const PROACTIVE = 'proactive-count-missing:overview';
const LOST = 'count-number-missing:overview';

const district = (overview: string) =>
  asAgency(withOverview(overview, 2020), 'government', '新乡市牧野区人民政府');
const town = (overview: string) =>
  asAgency(withOverview(overview, 2025), 'township', '紫金县南岭镇人民政府');

describe('government-scope-missing: scopes not said, and said', () => {
  it('does not read the whole district’s work told as improving as a scope (real: 牧野区 2020)', () => {
    const overview =
      '2020年,牧野区全面推进“五公开”,全区政务公开工作质量稳步提升。今年来,我区以区政府门户网站为平台,主动公开了牧野概况等方面信息共计1500余条。';
    expect(keys(district(overview))).toContain(SCOPE);
    expect(importedWarns(realText('1695-xinxiang-muye-2020.txt'), SCOPE)).toBe(true);
    // A count in the same sentence keeps the scope said.
    expect(keys(district('全区政务公开工作质量稳步提升,全年共发布信息1500余条。'))).not.toContain(
      SCOPE,
    );
  });
  it('does not read the whole town at work on its stance as a scope (real: 南岭镇 2025)', () => {
    const overview =
      '2025年,全镇坚持以习近平新时代中国特色社会主义思想为指导,持续深化政府信息公开工作。2025年度,我镇主动公开政府信息总数9条。';
    expect(keys(town(overview))).toContain(SCOPE);
    expect(importedWarns(realText('1701-zijin-nanling-2025.txt'), SCOPE)).toBe(true);
  });
  it('reads a nameless text speaking as the city on a day (real: 二连浩特市 2020)', () => {
    expect(importedWarns(realText('1707-erlianhaote-2020.txt'), SCOPE)).toBe(true);
  });
  it('is silent when the town’s government is the subject, its counts the next sentence’s 其中 (real: 巴彦高勒镇 2024)', () => {
    const overview =
      '2024年,巴彦高勒镇人民政府积极履行政府信息公开职责,通过多种渠道主动公开政府信息。其中,扎赉特旗人民政府门户网站累计更新政务信息54条。';
    expect(keys(town(overview))).not.toContain(SCOPE);
    expect(importedWarns(realText('1706-zhalaite-bayangaole-2024.txt'), SCOPE)).toBe(false);
    expect(importedWarns(realText('1720-wuqia-wuqiazhen-2021.txt'), SCOPE)).toBe(false);
  });
  it('still flags the government named only in a sentence of no publishing (real: 宝力根花苏木 2025)', () => {
    expect(importedWarns(realText('662-zhalaite-baoligenhua-2025.txt'), SCOPE)).toBe(true);
    const overview =
      '2025年,南岭镇人民政府坚持以习近平新时代中国特色社会主义思想为指导。全年主动公开政府信息279条,其中通过网站公开50条。';
    expect(keys(town(overview))).toContain(SCOPE);
  });
});

describe('parts-sum-mismatch: kinds in another word for a piece, a share that is no part', () => {
  it('flags kinds of information in 份 under a whole in 条 (real: 柴桑区政府办 2023)', () => {
    const overview =
      '2023年度,我办累计在区人民政府网站主动公开政府信息104条,其中公文类信息90份,非公文类信息48份,公文主动公开率100%。';
    expect(messageOf(withOverview(overview, 2023), PARTS)).toContain('138');
    expect(importedWarns(realText('1700-chaisang-zfb-2023.txt'), PARTS)).toBe(true);
  });
  it('is silent on all of the whole made public, its rate said (real: 普陀区卫健委 2023)', () => {
    const overview = '2023年,我委备案公文175件,其中规范性文件1件,主动公开175件,主动公开率100%。';
    expect(keys(withOverview(overview, 2023))).not.toContain(PARTS);
    expect(importedWarns(realText('1692-putuo-wjw-2023.txt'), PARTS)).toBe(false);
  });
});

describe('zero-requests-answered: none received, yet all done', () => {
  it('flags `收到政府信息公开申请0件,均依法按时办结` (real: 南岭镇 2025)', () => {
    const overview = '全年我镇共收到政府信息公开申请0件,均依法按时办结。';
    expect(keys(withOverview(overview))).toContain(ZERO);
    expect(importedWarns(realText('1701-zijin-nanling-2025.txt'), ZERO)).toBe(true);
  });
  it('is silent when the outcomes are counted', () => {
    expect(keys(withOverview('全年共收到政府信息公开申请0件,办结0件。'))).not.toContain(ZERO);
  });
});

describe('proactive-count-missing: the count of what was published', () => {
  it('does not take a count of policy interpretations for the total (real: 二连浩特市 2020)', () => {
    expect(importedWarns(realText('1707-erlianhaote-2020.txt'), PROACTIVE)).toBe(true);
  });
  it('reads a total after the kinds, and information added, as counts (real: 红桥区统计局 2024, 银川市审计局 2023)', () => {
    expect(importedWarns(realText('1722-hongqiao-tjj-2024.txt'), PROACTIVE)).toBe(false);
    expect(importedWarns(realText('1716-yinchuan-sjj-2023.txt'), PROACTIVE)).toBe(false);
  });
});

describe('count-number-missing: information published, its number lost', () => {
  it('flags `编辑发布信息条。` (real: 甘南州卫生健康委 2025)', () => {
    const overview = '二是通过政务新媒体主动发布政务信息。“甘南卫生健康”微信公众号编辑发布信息条。';
    expect(messageOf(withOverview(overview, 2025), LOST)).toContain('发布信息条');
    expect(importedWarns(realText('1719-gannan-wjw-2025.txt'), LOST)).toBe(true);
  });
  it('is silent on a count given, and on 信息条目', () => {
    expect(keys(withOverview('微信公众号发布信息12条。', 2025))).not.toContain(LOST);
    expect(keys(withOverview('梳理公开信息条目,完善目录。', 2025))).not.toContain(LOST);
  });
});
