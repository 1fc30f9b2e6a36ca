import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
} from '@/testing/checked-reports';

// Since fixes of stop 49 after the measure of 1769–1813 (the lead's, beside the import's).

describe('a title’s short name with no place, the preface naming the body whole', () => {
  it('says the title lacks its place (real: 梅河口市住建局 2020, `住建局2020年…`)', () => {
    const text = realText('1804-meihekou-zjj-2020.txt');
    expect(importedWarns(text, 'agency-name-place-missing:title')).toBe(true);
    expect(importedMessage(text, 'agency-name-place-missing:title')).toContain('“住建局”');
    expect(importedWarns(text, 'agency-name-place-missing')).toBe(false);
  });
});

describe('a count published through the region’s platform', () => {
  const street = (overview: string) =>
    asAgency(withOverview(overview, 2024), 'township', '秦淮区人民政府红花街道办事处');
  it('is the body’s own (real: 红花街道 2024)', () => {
    const report = street(
      '(一)政府信息主动公开工作情况\n2024年,我街道通过全市信息公开平台主动公开政府信息约89条,“红花新貌”发布约780条。',
    );
    expect(keys(report)).not.toContain('region-figures-in-unit-report:overview');
  });
  it('still says the region’s count in a 局’s report (real: 昌江区委信访局 2022)', () => {
    expect(
      importedWarns(
        realText('642-changjiang-xfj-2022.txt'),
        'region-figures-in-unit-report:overview',
      ),
    ).toBe(true);
    const report = street('2024年,全市主动公开政府信息89条。');
    expect(keys(report)).toContain('region-figures-in-unit-report:overview');
  });
});
