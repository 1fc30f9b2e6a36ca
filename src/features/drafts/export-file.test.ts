import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import v1Text from '@/stored-draft/fixtures/draft-v1.json?raw';
import { restoreDraftText } from '@/stored-draft/restore-draft';
import { exportFileName } from './export-file';

const draft = () => {
  const r = restoreDraftText(v1Text);
  if (!r.ok) throw new Error(r.message);
  return r.draft;
};

describe('draft JSON file download', () => {
  it('names the file after agency and year', () => {
    expect(exportFileName(draft().report)).toBe('某市生态环境局2024年年报草稿.json');
    expect(exportFileName(emptyReport('2021'))).toBe('未命名机关年报草稿.json');
    const r = emptyReport('2021', 2024);
    expect(exportFileName({ ...r, meta: { ...r.meta, agencyName: 'A/B:C*局' } })).toBe(
      'ABC局2024年年报草稿.json',
    );
  });
});
