import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { exportFileName } from './export-file';

const named = (agencyName: string, year: number | null): Report => {
  const r = emptyReport('2021', year);
  return { ...r, meta: { ...r.meta, agencyName } };
};

describe('draft JSON file download', () => {
  it('names the file after agency and year', () => {
    expect(exportFileName(named('某市生态环境局', 2024))).toBe('某市生态环境局2024年年报草稿.json');
    expect(exportFileName(emptyReport('2021'))).toBe('未命名机关年报草稿.json');
    expect(exportFileName(named('A/B:C*局', 2024))).toBe('ABC局2024年年报草稿.json');
    expect(exportFileName(named('  ', null))).toBe('未命名机关年报草稿.json');
  });
});
