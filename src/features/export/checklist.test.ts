import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Issue } from '@/domain/rules/types';
import { exportChecklist } from './checklist';

const issue = (key: string, severity: Issue['severity'], dismissed = false): Issue => ({
  key,
  checkId: key,
  severity,
  message: `消息 ${key}`,
  cells: [],
  fields: [],
  section: 'meta',
  ...(dismissed ? { dismissed: true } : {}),
});

describe('export checklist', () => {
  const report = {
    ...emptyReport('2021', 2024),
    dismissed: { w2: { reason: '已核实无误', at: '2025-01-10T00:00:00Z' } },
  };

  it('groups open issues and lists dismissed warnings with their reasons', () => {
    const list = exportChecklist(
      [
        issue('e1', 'error'),
        issue('i1', 'incomplete'),
        issue('w1', 'warning'),
        issue('w2', 'warning', true),
        issue('n1', 'info'),
      ],
      report,
    );
    expect(list.errors.map((i) => i.key)).toEqual(['e1']);
    expect(list.incomplete.map((i) => i.key)).toEqual(['i1']);
    expect(list.warnings.map((i) => i.key)).toEqual(['w1']);
    expect(list.dismissed.map((d) => [d.issue.key, d.reason])).toEqual([['w2', '已核实无误']]);
    expect(list.needsConfirmation).toBe(true);
  });

  it('asks for no confirmation when only dismissed warnings and info remain', () => {
    expect(
      exportChecklist([issue('w2', 'warning', true), issue('n1', 'info')], report)
        .needsConfirmation,
    ).toBe(false);
    expect(exportChecklist([issue('w1', 'warning')], report).needsConfirmation).toBe(true);
    expect(exportChecklist([issue('i1', 'incomplete')], report).needsConfirmation).toBe(true);
  });
});
