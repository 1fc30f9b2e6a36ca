import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { buildGridModel, firstInput, moveFrom } from './grid-model';

const t = (format: '2019' | '2021', id: 't2' | 't3' | 't4') => {
  const table = formatById(format).tables.find((x) => x.id === id);
  if (!table) throw new Error(id);
  return buildGridModel(table);
};

describe('grid model of 表三', () => {
  const m = t('2021', 't3');
  it('places the value cells after the merged labels', () => {
    expect(m.rows).toHaveLength(25);
    expect(m.byId.get('t3.newReceived.naturalPerson')?.col).toBe(3);
    expect(m.byId.get('t3.stateSecret.naturalPerson')?.col).toBe(3);
    expect(m.byId.get('t3.newReceived.total')).toMatchObject({ col: 9, computed: true });
  });
  it('arrows move between inputs and skip computed cells', () => {
    expect(moveFrom(m, 't3.newReceived.naturalPerson', 'right')).toBe('t3.newReceived.commercial');
    expect(moveFrom(m, 't3.newReceived.otherOrg', 'right')).toBeNull();
    expect(moveFrom(m, 't3.newReceived.naturalPerson', 'left')).toBeNull();
    expect(moveFrom(m, 't3.newReceived.naturalPerson', 'down')).toBe('t3.carriedIn.naturalPerson');
    expect(moveFrom(m, 't3.otherReason.research', 'down')).toBe('t3.carriedOver.research');
    expect(moveFrom(m, 't3.carriedOver.research', 'up')).toBe('t3.otherReason.research');
    expect(moveFrom(m, 't3.newReceived.naturalPerson', 'up')).toBeNull();
  });
  it('Tab wraps to the next row, Shift+Tab back', () => {
    expect(moveFrom(m, 't3.newReceived.otherOrg', 'next')).toBe('t3.carriedIn.naturalPerson');
    expect(moveFrom(m, 't3.carriedIn.naturalPerson', 'prev')).toBe('t3.newReceived.otherOrg');
    expect(moveFrom(m, 't3.carriedOver.otherOrg', 'next')).toBeNull();
    expect(firstInput(m)).toBe('t3.newReceived.naturalPerson');
  });
});

describe('grid model of 表二 and 表四', () => {
  it('moves down across block captions and differently split rows (2019)', () => {
    const m = t('2019', 't2');
    expect(moveFrom(m, 't2.regulations.newlyMade', 'down')).toBe('t2.normativeDocuments.newlyMade');
    expect(moveFrom(m, 't2.normativeDocuments.newlyMade', 'down')).toBe(
      't2.licensing.prevYearItems',
    );
    expect(moveFrom(m, 't2.coercion.decisions', 'down')).toBe('t2.fees.change');
    expect(moveFrom(m, 't2.fees.change', 'down')).toBe('t2.centralProcurement.amount');
  });
  it('skips 表四 总计 to the right and with Tab', () => {
    const m = t('2021', 't4');
    expect(moveFrom(m, 't4.review.pending', 'right')).toBe('t4.litDirect.upheld');
    expect(moveFrom(m, 't4.review.pending', 'next')).toBe('t4.litDirect.upheld');
    expect(moveFrom(m, 't4.review.pending', 'down')).toBeNull();
  });
});
