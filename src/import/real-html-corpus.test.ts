import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml } from './import-html';
import type { ImportSuccess } from './types';

/**
 * Real published report pages (templates/fixtures/real-html, see its README): every page is
 * imported as the app imports an .html file and compared with the cells written down by hand from
 * the published tables. The bar: at least 95 % of the cells land in the right cell (aim 100 %),
 * and format, year, agency and date are found as printed.
 */

const DIR = 'templates/fixtures/real-html';

interface Expected {
  readonly format: '2019' | '2021';
  readonly year: number | null;
  readonly agency: string | null;
  readonly reportDate: string | null;
  readonly cells: Readonly<Record<string, string>>;
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

function run(name: string) {
  const r = importHtml(readFileSync(`${DIR}/${name}`, 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  const expected = JSON.parse(
    readFileSync(`${DIR}/${name.replace(/\.html$/, '.expected.json')}`, 'utf8'),
  ) as Expected;
  const got: Record<string, string> = { ...r.report.cells, ...r.report.reportedTotals };
  const wrong = Object.entries(expected.cells)
    .filter(([id, v]) => got[id] !== v)
    .map(([id, v]) => `${id}: expected ${v}, got ${got[id] ?? '(blank)'}`);
  const extra = Object.keys(got)
    .filter((id) => expected.cells[id] === undefined)
    .map((id) => `${id} = ${got[id]}`);
  const m = r.report.meta;
  const meta = [
    r.report.formatId === expected.format ? '' : `format ${r.report.formatId}`,
    m.year === expected.year ? '' : `year ${m.year ?? 'none'}`,
    (m.agencyName || null) === expected.agency ? '' : `agency “${m.agencyName}”`,
    (m.reportDate ?? null) === expected.reportDate ? '' : `date ${m.reportDate ?? 'none'}`,
  ].filter((x) => x !== '');
  return { name, r, expected: Object.keys(expected.cells).length, wrong, extra, meta };
}

/** Every section heading's narrative is found (none empty where the page has text). */
function emptySections(r: ImportSuccess): string[] {
  return Object.entries(r.report.narrative)
    .filter(([, text]) => text.trim() === '')
    .map(([id]) => id);
}

describe('real published report pages (HTML)', () => {
  const outcomes = files.map(run);

  it('at least 95 % of the cells land in the right cell, no value in a cell the page leaves empty', () => {
    const expected = outcomes.reduce((n, o) => n + o.expected, 0);
    const right = outcomes.reduce((n, o) => n + o.expected - o.wrong.length, 0);
    for (const o of outcomes)
      process.stdout.write(
        `${o.name}: ${o.expected - o.wrong.length}/${o.expected}` +
          (o.wrong.length ? `\n  wrong: ${o.wrong.slice(0, 8).join('; ')}` : '') +
          (o.extra.length ? `\n  extra: ${o.extra.slice(0, 8).join('; ')}` : '') +
          '\n',
      );
    process.stdout.write(
      `real HTML pages: ${right} / ${expected} cells in the right cell (${((100 * right) / expected).toFixed(1)} %), ${files.length} pages\n`,
    );
    expect(right / expected).toBeGreaterThanOrEqual(0.95);
    expect(outcomes.flatMap((o) => o.extra.map((x) => `${o.name}: ${x}`))).toEqual([]);
  });

  it('format, year, agency and date as printed; every section found', () => {
    expect(outcomes.flatMap((o) => o.meta.map((x) => `${o.name}: ${x}`))).toEqual([]);
    expect(outcomes.flatMap((o) => emptySections(o.r).map((s) => `${o.name}: ${s}`))).toEqual([]);
  });
});
