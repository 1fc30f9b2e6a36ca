import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';

describe('2019 采购总金额 without a unit', () => {
  it('quotes the amount as written, not rounded', () => {
    const empty = emptyReport('2019', 2020);
    const report = {
      ...empty,
      cells: {
        ...empty.cells,
        't2.centralProcurement.items': '5',
        't2.centralProcurement.amount': '11.876',
      },
    };
    const issue = evaluateChecks(formatById('2019'), report, {
      formats,
      today: '2021-01-10',
    }).find((i) => i.checkId === 'procurement-unit-assumed');
    expect(issue?.message).toContain('11.876 未注明单位');
    expect(issue?.message).toContain('请写作“11.876万”');
  });
});
