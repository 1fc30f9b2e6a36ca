import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import { readCell } from '@/domain/report/read-cell';
import { indexTemplate } from '@/domain/template/lookup';
import { formatById } from '@templates/index';
import { cellWrite, useEditorStore } from './editor-store';

const state = () => useEditorStore.getState();

beforeEach(() => {
  vi.useRealTimers();
  state().open('d1', emptyReport('2021', 2025));
});

describe('editor store', () => {
  it('writes and blanks cells in one undo step per call', () => {
    state().setCells([
      { id: 't3.newReceived.naturalPerson', value: '21' },
      { id: 't3.carriedIn.naturalPerson', value: '0' },
    ]);
    expect(state().report.cells).toEqual({
      't3.newReceived.naturalPerson': '21',
      't3.carriedIn.naturalPerson': '0',
    });
    state().setCells([{ id: 't3.newReceived.naturalPerson', value: null }]);
    expect(state().report.cells['t3.newReceived.naturalPerson']).toBeUndefined();
    state().undo();
    expect(state().report.cells['t3.newReceived.naturalPerson']).toBe('21');
    state().undo();
    expect(state().report.cells).toEqual({});
    state().redo();
    expect(Object.keys(state().report.cells)).toHaveLength(2);
  });

  it('keeps the written money unit and drops it when the value is blanked', () => {
    state().setCells([{ id: 't2.fees.amount', value: '533.41', unit: '元' }]);
    expect(state().report.cellUnits['t2.fees.amount']).toBe('元');
    state().setCells([{ id: 't2.fees.amount', value: null }]);
    expect(state().report.cellUnits['t2.fees.amount']).toBeUndefined();
  });

  it('keeps an amount as typed (12.50) while the totals and checks read its value', () => {
    const fees = indexTemplate(formatById('2021')).cells.get('t2.fees.amount');
    if (!fees) throw new Error('no fee cell');
    expect(cellWrite(fees, '12.50')).toEqual({ id: 't2.fees.amount', value: '12.50' });
    expect(cellWrite(fees, '１２．５０万元')).toEqual({ id: 't2.fees.amount', value: '12.50' });
    expect(cellWrite(fees, '12.5')).toEqual({ id: 't2.fees.amount', value: '12.5' });
    expect(cellWrite(fees, '1,200.00元')).toEqual({
      id: 't2.fees.amount',
      value: '1200.00',
      unit: '元',
    });
    expect(readCell(fees, '12.50')).toEqual({ kind: 'value', value: '12.5', printed: '12.50' });
  });

  it('an imported bare 采购总金额 (2019) typed again in the form leaves the unstated list', () => {
    const empty = emptyReport('2019', 2020);
    const amount = 't2.centralProcurement.amount';
    const items = 't2.centralProcurement.items';
    state().open('d2', {
      ...empty,
      cells: { [items]: '1', [amount]: '8040' },
      source: { unitsUnstated: [amount] },
    });
    // Another cell leaves it alone.
    state().setCells([{ id: items, value: '2' }]);
    expect(state().report.source?.unitsUnstated).toEqual([amount]);
    // The same value, now in the form's 元 column: no longer unstated (one undo step).
    state().setCells([{ id: amount, value: '8040' }]);
    expect(state().report.source?.unitsUnstated).toBeUndefined();
    expect(state().report.cells[amount]).toBe('8040');
    state().undo();
    expect(state().report.source?.unitsUnstated).toEqual([amount]);
  });

  it('coalesces quick typing in one narrative into one undo step', () => {
    vi.useFakeTimers();
    state().setNarrative('overview', '2');
    vi.advanceTimersByTime(100);
    state().setNarrative('overview', '20');
    vi.advanceTimersByTime(100);
    state().setNarrative('overview', '202');
    expect(state().past).toHaveLength(1);
    vi.advanceTimersByTime(2000);
    state().setNarrative('overview', '2025');
    expect(state().past).toHaveLength(2);
    state().undo();
    expect(state().report.narrative.overview).toBe('202');
  });

  it('a new edit clears redo; undo with no history does nothing', () => {
    state().undo();
    expect(state().report.cells).toEqual({});
    state().setMeta({ agencyName: '某某局' });
    state().undo();
    state().setMeta({ year: 2024 });
    expect(state().future).toHaveLength(0);
    expect(state().report.meta.agencyName).toBe('');
  });

  it('dismisses and restores a warning with its reason', () => {
    state().dismiss('narrative-long', '本单位要求写明全部工作');
    expect(state().report.dismissed['narrative-long']?.reason).toBe('本单位要求写明全部工作');
    state().restore('narrative-long');
    expect(state().report.dismissed['narrative-long']).toBeUndefined();
  });

  it('bumps the revision on every change and on undo', () => {
    const r0 = state().revision;
    state().setContact({ phone: '0573-1' });
    state().undo();
    expect(state().revision).toBe(r0 + 2);
  });
});

describe('navigation on opening a draft', () => {
  it('starts another draft at 基本信息', async () => {
    const { useNavigationStore } = await import('./navigation-store');
    useNavigationStore.getState().goTo('applications', 'cell-t3.granted.naturalPerson');
    state().open('d2', emptyReport('2021', 2025));
    expect(useNavigationStore.getState().step).toBe('meta');
    expect(useNavigationStore.getState().focusId).toBeNull();
    useNavigationStore.getState().goTo('other');
    state().setNarrative('other', '无。');
    expect(useNavigationStore.getState().step).toBe('other');
  });
});
