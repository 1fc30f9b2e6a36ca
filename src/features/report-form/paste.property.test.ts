import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTemplate } from '@/domain/template/lookup';
import { runs } from '@/testing/property-runs';
import { formatById } from '@templates/index';
import { buildGridModel } from './grid-model';
import { parseTsv, planPaste } from './paste';

/** Block paste: what Excel/WPS copy parses back to the grid; every pasted cell is accounted for. */
const cellText = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('12', '１２件', '12.5', '无', '-', '"a\tb"', 'x"y', 'line\nbreak'),
);

/** Excel's text/plain: tab-separated, quoted when a cell holds a tab, newline or quote. */
function toTsv(grid: readonly (readonly string[])[]): string {
  const quote = (c: string) => (/[\t\n\r"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${grid.map((row) => row.map(quote).join('\t')).join('\r\n')}\r\n`;
}

describe('paste (property)', () => {
  const template = formatById('2021');
  const t3 = template.tables.find((t) => t.id === 't3');
  if (!t3) throw new Error('t3');
  const model = buildGridModel(t3);
  const cells = indexTemplate(template).cells;
  const grid = fc.array(fc.array(cellText, { minLength: 1, maxLength: 9 }), {
    minLength: 1,
    maxLength: 6,
  });

  it('parseTsv reads back any grid Excel copies', () => {
    fc.assert(
      fc.property(grid, (g) => {
        // A row of one empty cell is Excel's empty line: compare from the first non-empty row.
        fc.pre(g.every((row) => row.length > 1 || row[0] !== ''));
        expect(parseTsv(toTsv(g))).toEqual(g);
      }),
      { numRuns: runs(300) },
    );
  });

  it('every non-blank pasted cell is written or said why not; nothing typed is dropped', () => {
    const start = fc.constantFrom(...t3.cells.filter((c) => !c.computed).map((c) => c.id));
    fc.assert(
      fc.property(grid, start, (g, from) => {
        const plan = planPaste(model, cells, from, g);
        const nonBlank = g.flat().filter((t) => t.trim() !== '').length;
        const written = plan.writes.filter((w) => w.value !== null).length;
        expect(written + plan.rejected.length).toBe(nonBlank);
        for (const w of plan.writes) expect(cells.get(w.id)?.computed).toBeUndefined();
        for (const i of plan.invalid)
          expect(plan.writes.find((w) => w.id === i.id)?.value).toBe(i.text);
      }),
      { numRuns: runs(300) },
    );
  });
});
