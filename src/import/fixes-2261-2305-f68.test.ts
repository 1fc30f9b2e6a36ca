import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's agency mended after the measure of 2261–2305 (stop 56, helper f68). */

const agencyOf = (text: string): string | null => {
  const r = importText(text);
  return r.ok ? r.report.meta.agencyName : null;
};

const BODY = '\n一、总体情况\n本年度主动公开政府信息10条。\n';

describe('a 街道’s inner office named for the party, the government and another body', () => {
  it('reads the 街道 as the agency (real: 厚桥街道 2025)', () => {
    expect(agencyOf(realText('2275-xishan-houqiao-2025.txt'))).toBe('无锡市锡山区人民政府厚桥街道');
    expect(
      agencyOf(`本年度报告根据《条例》要求,由某市某区某某镇党政和人大办公室编制。${BODY}`),
    ).toBe('某市某区某某镇');
  });

  it('keeps a region’s government’s office, and the inner offices read before (东港镇 2021)', () => {
    expect(agencyOf(`本年度报告由某某县人民政府办公室编制。${BODY}`)).toBe('某某县人民政府办公室');
    expect(agencyOf(realText('126-xishan-donggang-2021.txt'))).toBe('东港镇人民政府');
  });
});
