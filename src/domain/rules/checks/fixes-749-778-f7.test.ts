import { describe, expect, it } from 'vitest';
import { asAgency, keys, withOverview, withPreface } from '@/testing/checked-reports';

const GARBLED = 'phrase-garbled:overview';

/**
 * Misses and false warnings of the measure of 749–778 mended after it (stop 35, helper f7), from
 * the real wording.
 */

const SCOPE = 'government-scope-missing';

const government = (overview: string, name: string, year = 2020) =>
  asAgency(withOverview(overview, year), 'government', name);

describe('the scope of a government’s figures (government-scope-missing)', () => {
  const overview =
    '2020年,我县坚持以习近平新时代中国特色社会主义思想为指导。\n(一)主动公开。全年主动公开政府信息11573条,其中通过县政府门户网站公开政府信息8137条。';
  it('is not said when the report covers the region’s whole administrative area (real: 孝昌县 2020)', () => {
    const xiaochang =
      '本报告根据《中华人民共和国政府信息公开条例》编制而成,内容涵盖孝昌县行政区域内总体情况。本报告中所列数据的统计时限自2020年1月1日至2020年12月31日。';
    expect(keys(withPreface(xiaochang, 2020, government(overview, '孝昌县')))).not.toContain(SCOPE);
  });
  it('is still said when the preface names the area only as the law’s (corpus: the wording of 条例)', () => {
    const unsaid =
      '本报告根据《中华人民共和国政府信息公开条例》编制而成。本报告中所列数据的统计时限自2020年1月1日至2020年12月31日。';
    expect(keys(withPreface(unsaid, 2020, government(overview, '孝昌县')))).toContain(SCOPE);
  });
});

describe('a phrase’s near misses (phrase-garbled)', () => {
  it('takes a suffix two words share, written once, for no slip (real: 洮北区东风乡 2020)', () => {
    const dongfeng = '(三)规范政务公开。全面推进政务公开标准规范化,按标准目录公开信息。';
    expect(keys(withOverview(dongfeng, 2020))).not.toContain(GARBLED);
  });
  it('still reads a phrase that lost another character as a slip', () => {
    const lost = '(三)规范政务公开。全面推进政务公开标准化范化,按标准目录公开信息。';
    expect(keys(withOverview(lost, 2020))).toContain(GARBLED);
  });
});
