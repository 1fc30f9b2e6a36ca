// `node scripts/key-glossary.mjs > keys.md`: the check keys the real corpus's gatherers have
// written (templates/fixtures/real/*.expected.json, `checkKeys`), each with how often and its last
// three problems in words. Handed to the next gatherers (docs/measuring-real-reports.md) so they key
// a problem as the corpus does, without reading the checks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../templates/fixtures/real');
const EXAMPLES = 3;
const EXAMPLE_LENGTH = 160;

/** A problem's keys: a string of keys joined by commas, a list of them, or none. */
const keysOf = (written) =>
  (Array.isArray(written) ? written : (written ?? '').split(','))
    .map((k) => k.trim())
    .filter((k) => k !== '');

const byKey = new Map();
const number = (name) => Number(name.slice(0, name.indexOf('-')));
const files = readdirSync(dir).filter((n) => n.endsWith('.expected.json'));
for (const name of files.sort((a, b) => number(a) - number(b))) {
  const { problems = [], checkKeys = [] } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  problems.forEach((problem, i) => {
    for (const key of keysOf(checkKeys[i])) {
      const seen = byKey.get(key) ?? [];
      seen.push(`${String(number(name)).padStart(3, '0')}: ${problem.slice(0, EXAMPLE_LENGTH)}`);
      byKey.set(key, seen);
    }
  });
}

/**
 * The keys the checks give on the corpus, as its test records them: a gatherer's key the checks
 * never give is shown with the ones they give for its check (`overview-areas-missing:overview`
 * is given as `overview-areas-missing`), so the next gatherers write what a measure counts.
 */
const corpusTest = readFileSync(
  join(import.meta.dirname, '../src/domain/rules/real-corpus.test.ts'),
  'utf8',
);
const given = new Set(
  [...corpusTest.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+(?::[^'\s]+)?)'/g)].map((m) => m[1]),
);
const givenFor = (key) => {
  if (given.has(key)) return '';
  const check = key.split(':')[0];
  const near = [...given].filter((k) => k === check || k.startsWith(`${check}:`)).sort();
  return near.length === 0
    ? '  (no check gives this key)'
    : `  (the checks give: ${near.slice(0, 6).join(', ')}${near.length > 6 ? ', …' : ''})`;
};

/**
 * A key the checks never give, when they give exactly one key of its check (gatherers wrote
 * `overview-areas-missing:overview` 203 times, the checks give `overview-areas-missing`): folded into
 * that key, so the next gatherers see only the key a measure counts (at stop 65 and 66 they copied the
 * more frequent spelling, and the measure counted their problems as unwritten warnings).
 */
const foldedInto = (key) => {
  if (given.has(key)) return null;
  const check = key.split(':')[0];
  const near = [...given].filter((k) => k === check || k.startsWith(`${check}:`));
  return near.length === 1 ? near[0] : null;
};
const folded = new Map();
for (const [key, seen] of byKey) {
  const into = foldedInto(key);
  if (into === null) continue;
  byKey.delete(key);
  byKey.set(into, [...(byKey.get(into) ?? []), ...seen]);
  folded.set(into, [...(folded.get(into) ?? []), key]);
}
const foldedNote = (key) =>
  folded.has(key) ? `  (also written ${folded.get(key).join(', ')}: write it as here)` : '';

const lines = [...byKey]
  .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
  .flatMap(([key, seen]) => [
    `## ${key}  (${seen.length})${givenFor(key)}${foldedNote(key)}`,
    ...seen.slice(-EXAMPLES).map((s) => `- ${s}`),
  ]);
process.stdout.write(`${lines.join('\n')}\n`);
