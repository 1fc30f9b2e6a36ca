import { describe, expect, it } from 'vitest';
import { formats } from '@templates/index';
import { distinctiveKeys, labelIndex } from './label-index';

describe('labelIndex', () => {
  for (const f of formats) {
    it(`indexes every data row of format ${f.id} by its label`, () => {
      const index = labelIndex(f);
      const dataRows = f.tables.flatMap((t) => t.rows.filter((r) => r.kind === 'data'));
      expect(index.rows.size + index.unlabelledRows.size).toBe(dataRows.length);
      // 表四 prints its one row of 15 numbers without a label.
      expect([...index.unlabelledRows.keys()]).toEqual(['t4']);
      const inputs = f.tables.flatMap((t) => t.cells).length;
      const entries = [...index.rows.values(), ...index.unlabelledRows.values()];
      expect(entries.reduce((n, r) => n + r.cells.length, 0)).toBe(inputs);
    });
  }
  it('finds labels that tell the formats apart', () => {
    const [a, b] = formats;
    if (!a || !b) throw new Error('two formats expected');
    expect(distinctiveKeys(a, b).has('本年新制作数量')).toBe(true);
    expect(distinctiveKeys(b, a).has('本年制发件数')).toBe(true);
  });
});
