import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';

describe('empty 六: the hint never asks for what another check rejects', () => {
  it('2021+: suggests stating the fee, not a bare 无', () => {
    const report = emptyReport('2021', 2024);
    const issue = evaluateChecks(formatById('2021'), report, { formats, today: '2025-01-10' }).find(
      (i) => i.fields.includes('narrative.other') && i.message.includes('尚未填写'),
    );
    expect(issue?.message).toContain('本年度未收取信息处理费。');
    expect(issue?.message).not.toContain('请写“无”');
  });
  it('2019 format: 无 is still the answer', () => {
    const report = emptyReport('2019', 2020);
    const issue = evaluateChecks(formatById('2019'), report, { formats, today: '2021-01-10' }).find(
      (i) => i.fields.includes('narrative.other') && i.message.includes('尚未填写'),
    );
    expect(issue?.message).toContain('请写“无”');
  });
});
