import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import { importUnit } from '@/import/import-unit';
import { reviewUnit } from '@/review/unit';
import { fullReport } from '@/testing/export-reports';
import { runs } from '@/testing/property-runs';
import { formatById, formats } from '@templates/index';
import { checkLine, checkLineJson, keysOf } from './unit-json';

/** `nianbao check --json` writes its line out directly: the same text as the object printed. */

const today = '2026-01-20';
const unitOf = (report: Report, path = '各单位/某局.json') =>
  reviewUnit(
    { id: path, fileName: path, path },
    { ok: true, source: 'json', report, unrecognised: [], warnings: ['导入提示：一行"引号"'] },
    { today },
  );

describe('checkLineJson', () => {
  it('is JSON.stringify(checkLine) for full reports, imported Word files and unreadable files', async () => {
    for (const format of formats) {
      const full = fullReport(format.id);
      const wrong = unitOf({
        ...full,
        cells: { ...full.cells, [Object.keys(full.cells)[0] ?? '']: '12.5' },
      });
      for (const unit of [unitOf(full), wrong, unitOf({ ...full, cells: {} })])
        expect(checkLineJson(unit)).toBe(JSON.stringify(checkLine(unit)));
    }
    const path = 'templates/fixtures/import/hand-2019-clerk.docx';
    const docx = reviewUnit(
      { id: path, fileName: path, path },
      await importUnit(path, new Uint8Array(readFileSync(path)), { cMapUrl: '' }),
      { today },
    );
    expect(docx.ok && docx.read.notes.length > 0).toBe(true);
    expect(checkLineJson(docx)).toBe(JSON.stringify(checkLine(docx)));
    const failed = reviewUnit({ id: 'x', fileName: 'x' }, { ok: false, message: '坏' }, { today });
    expect(checkLineJson(failed)).toBe(JSON.stringify(checkLine(failed)));
  });

  it('is JSON.stringify(checkLine) whatever the cells, totals and texts hold', () => {
    const template = formatById('2021');
    const ids = indexTemplate(template).cells;
    const inputs = [...ids.values()].filter((c) => !c.computed).map((c) => c.id);
    const totals = [...ids.values()].filter((c) => c.computed).map((c) => c.id);
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '',
        '0',
        '12.5',
        '无',
        '"\\\u2028',
        '\u001f',
        '\ud800',
        '\udc00x',
        '😀',
        '__proto__',
      ),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...inputs), text),
        fc.dictionary(fc.constantFrom(...totals), text),
        fc.string(),
        fc.option(fc.integer(), { nil: null }),
        (cells, reportedTotals, agencyName, year) => {
          const base = fullReport('2021');
          const unit = unitOf(
            { ...base, cells, reportedTotals, meta: { ...base.meta, agencyName, year } },
            `目录/${agencyName}.json`,
          );
          expect(checkLineJson(unit)).toBe(JSON.stringify(checkLine(unit)));
        },
      ),
      { numRuns: runs(30) },
    );
  });

  it('leaves labels used twice or like array indexes to JSON.stringify', () => {
    const template = formatById('2021');
    expect(keysOf(template)).not.toBeNull();
    const [first, ...rest] = template.tables;
    if (!first) throw new Error('no table');
    const relabel = (label: string) => ({
      ...template,
      tables: [
        { ...first, cells: first.cells.map((c, i) => (i === 1 ? { ...c, label } : c)) },
        ...rest,
      ],
    });
    expect(keysOf(relabel(first.cells[0]?.label ?? ''))).toBeNull();
    expect(keysOf(relabel('7'))).toBeNull();
    expect(keysOf(relabel('7 件'))).not.toBeNull();
  });
});
