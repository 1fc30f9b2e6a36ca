import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * What the import keeps of the measure of 2756–2800 for the checks (stop 67, fixer f110): an addressee
 * ending in 中心 kept over the preface, as the letter's; a text with no title, its agency the preface's,
 * marked so (the check of the report's name then reads the preface for its year).
 */

describe('an addressee over the preface, a text with no title', () => {
  it('keeps `阿里地区行办网络信息中心:` in the preface (real: 2771)', () => {
    const { preface } = importedReport(realText('2771-zhada-zfb-2023.txt')).meta;
    expect(preface.split('\n')[0]).toBe('阿里地区行办网络信息中心:');
  });

  it('marks the agency read from the preface of a text with no title (real: 2783)', () => {
    const report = importedReport(realText('2783-tongyu-zfb-2024.txt'));
    expect(report.meta.agencyName).toBe('通榆县人民政府办公室');
    expect(report.source?.agencyFromPreface).toBe(true);
  });

  it('does not mark a titled text (real: 1222)', () => {
    expect(importedReport(realText('1222-huinan-wjj-2022.txt')).source?.agencyFromPreface).toBe(
      undefined,
    );
  });
});
