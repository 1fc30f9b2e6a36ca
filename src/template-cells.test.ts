import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * SPEC §3: what a cell means is declared by the format (`templates/`: its facts, relations,
 * labels), so no code outside `templates/` names a cell or a table by its id: not the checks,
 * the importer, the exporter, the review, the form, nor the test support under src/testing (which
 * reads the facts too). Tests may. The scan looks at string and template literals only (comments
 * may cite an id as an example). There is no allow-list.
 */

/** A table id (`t3`) or a cell id or row key starting with one (`t3.granted…`, `` `t2.${row}` ``). */
const NAMES_A_CELL = /(?:^|[^\w$.])t\d+(?:\.|$)/;

/** The literal texts of a source file that name a cell or table by id. */
function cellIdLiterals(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      if (NAMES_A_CELL.test(node.text)) found.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

const src = new URL('.', import.meta.url);
const production = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f),
);

describe('no code outside templates/ names a cell or table by its id', () => {
  it('finds what it looks for (a must-fail example)', () => {
    const example = [
      "const a = 't3.carriedOver.total';",
      'const b = `t2.${row}.valid`;',
      "if (table.id === 't3') {}",
      '/** e.g. `t3.granted.naturalPerson` */ const c = `${table}.${row}`;',
      "const d = 'at3.x'; const e = cells.t2;",
    ].join('\n');
    expect(cellIdLiterals('example.ts', example)).toEqual(['t3.carriedOver.total', 't2.', 't3']);
  });

  it('holds for every production file under src/', () => {
    expect(production.length).toBeGreaterThan(100);
    const naming = production.flatMap((f) => {
      const text = readFileSync(new URL(f, src), 'utf8');
      // Parse only the files that could name one (fast).
      if (!/t\d/.test(text)) return [];
      return cellIdLiterals(f, text).map((literal) => `${f}: ${literal}`);
    });
    expect(naming).toEqual([]);
  });
});
