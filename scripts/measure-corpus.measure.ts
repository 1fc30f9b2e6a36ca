import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { corpusIssues } from '@/testing/corpus-issues';

/**
 * `npm run measure -- FROM TO` (issue 14): the held-out measure of new real reports, as the team
 * takes it when a gatherer's texts arrive (templates/fixtures/real/NNN-*.txt, FROM ≤ NNN ≤ TO).
 * Each text is imported and checked as the corpus test does, and its issues are compared with the
 * problems its gatherer wrote down before any check ran (`problems` / `checkKeys` of its
 * expected.json, a key `a,b` meaning either): each problem HIT or MISS, each issue under no key a
 * FALSE one. A text the importer refuses counts every problem missed. MSG=1 prints the messages;
 * OUT=file writes the outcome as JSON (what real-corpus.test.ts's lists are written from).
 * Run through vitest.measure.config.ts (the project's aliases); never part of `npm test`.
 */

const DIR = 'templates/fixtures/real';
const [from, to] = (process.env['MEASURE_RANGE'] ?? '').split('-').map(Number);
const inRange = (name: string): boolean => {
  const n = Number(/^\d+/.exec(name)?.[0]);
  return from !== undefined && to !== undefined && n >= from && n <= to;
};

interface Expected {
  readonly problems?: readonly string[];
  readonly checkKeys?: readonly (string | null)[];
}

it('measures the checks on held-out real reports', () => {
  if (from === undefined || to === undefined || !(from <= to))
    throw new Error('usage: npm run measure -- FROM TO (e.g. 719 748)');
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt') && inRange(f))
    .sort();
  const lines: string[] = [];
  const out: unknown[] = [];
  let flagged = 0;
  let total = 0;
  let falseErrors = 0;
  let falseWarnings = 0;
  for (const name of names) {
    const expected = JSON.parse(
      readFileSync(`${DIR}/${name.replace(/\.txt$/, '.expected.json')}`, 'utf8'),
    ) as Expected;
    const problems = expected.problems ?? [];
    const keys = expected.checkKeys ?? [];
    const alternatives = (k: string | null | undefined): string[] =>
      k ? k.split(',').map((s) => s.trim()) : [];
    // Read as the corpus test reads a text (src/testing/corpus-issues.ts), by a reviewer today.
    const issues = corpusIssues(
      readFileSync(`${DIR}/${name}`, 'utf8'),
      false,
      new Date().toISOString().slice(0, 10),
    );
    const refused = typeof issues === 'string';
    const found = new Set(refused ? [] : issues.map((i) => i.key));
    const written = new Set(keys.flatMap(alternatives));
    const hit = problems.map((_, i) => alternatives(keys[i]).some((k) => found.has(k)));
    const unwritten = refused ? [] : issues.filter((i) => !written.has(i.key));
    flagged += hit.filter(Boolean).length;
    total += problems.length;
    falseErrors += unwritten.filter((i) => i.severity === 'error').length;
    falseWarnings += unwritten.filter((i) => i.severity !== 'error').length;
    lines.push(`== ${name}: ${hit.filter(Boolean).length}/${problems.length}`);
    if (refused) lines.push(`  REFUSED by the importer: ${issues}`);
    problems.forEach((p, i) =>
      lines.push(`  ${hit[i] ? 'HIT ' : 'MISS'} [${keys[i] ?? 'null'}] ${p}`),
    );
    for (const i of unwritten)
      lines.push(`  FALSE-${i.severity} ${i.key}${process.env['MSG'] ? ` :: ${i.message}` : ''}`);
    if (process.env['MSG'] && !refused)
      for (const i of issues.filter((i) => written.has(i.key)))
        lines.push(`  found ${i.key} :: ${i.message}`);
    out.push({
      name,
      problems,
      keys,
      hit,
      refused,
      issues: refused
        ? []
        : issues.map((i) => ({ key: i.key, severity: i.severity, message: i.message })),
    });
  }
  lines.push(
    `TOTAL ${names.length} files: ${flagged}/${total} flagged by key, false errors ${falseErrors}, false warnings ${falseWarnings}`,
  );
  console.log(lines.join('\n'));
  const file = process.env['OUT'];
  if (file) writeFileSync(file, JSON.stringify(out, null, 1));
});
