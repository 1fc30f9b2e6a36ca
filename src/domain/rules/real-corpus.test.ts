import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml, importText } from '@/import';
import { formatById, formats } from '@templates/index';
import { evaluateChecks } from './evaluate-checks';

/**
 * Every check on the real reports of the import corpus and the seeds, imported from their
 * published text, and on the whole published pages of templates/fixtures/real-html: no false
 * error (the errors listed are the reports' real faults), and the warnings and info are the ones
 * a reviewer reading them finds (the 总体情况 areas aside for the texts: the corpus texts are cut
 * at 2,000 bytes, so most overviews end early; the pages are whole, so there it counts).
 */

const DIRS = [
  'templates/fixtures/real',
  'templates/fixtures/seeds',
  'templates/fixtures/real-html',
];
const files = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
    .sort()
    .map((f) => `${d}/${f}`),
);

/**
 * The real problems, by file: everything else must stay silent. A problem that the checks flag
 * cell by cell (one blank printed total per row) is one entry listing its keys.
 */
const EXPECTED: Readonly<Record<string, readonly (string | readonly string[])[]>> = {
  '002-changchun-2023.txt': ['narrative-table-mismatch:overview:received'],
  '012-xixian-taiping-2022.txt': ['notice-citation-wrong:overview:2019-60'],
  '015-fengshou-township-2022.txt': ['format-year-mismatch'],
  '020-mirror-2019format-jian4.txt': ['procurement-unit-assumed'],
  '021-mirror-2023-in-2019format.txt': ['format-year-mismatch'],
  '000_833a5a6ee7a74880.txt': [
    'report-date-before-year-end',
    't2-decisions-without-items:punishment',
  ],
  '001_0230f7c11c6e0b53.txt': ['section-heading-mismatch:overview'],
  '002_e6579b366e754dad.txt': ['t2-decisions-equal-items:licensing'],
  '003_d25101f45b1a16b3.txt': [
    'report-date-before-year-end',
    'narrative-table-mismatch:overview:notDisclosed',
    'money-unit-mismatch:t2.centralProcurement.amount',
    'section-heading-mismatch:reviewLitigation',
  ],
  '004_a3edccc839184d0e.txt': ['section-heading-mismatch:applications'],
  // Whole published pages (templates/fixtures/real-html).
  '001-shanghai-bgt-2019.html': [
    'overview-areas-missing',
    'section-heading-mismatch:problems',
    [
      'printed-total-blank:t3.granted.total',
      'printed-total-blank:t3.partial.total',
      'printed-total-blank:t3.stateSecret.total',
      'printed-total-blank:t3.internalAffairs.total',
      'printed-total-blank:t3.processInfo.total',
      'printed-total-blank:t3.adminQuery.total',
      'printed-total-blank:t3.notHeld.total',
      'printed-total-blank:t3.needsCreation.total',
      'printed-total-blank:t3.unclear.total',
      'printed-total-blank:t3.petition.total',
      'printed-total-blank:t3.repeat.total',
    ],
  ],
  '004-pingtan-qu-2019.html': [
    'overview-areas-missing',
    'overview-too-long',
    'count-number-missing:overview',
  ],
  '006-pingtan-czj-2024.html': ['overview-areas-missing', 'wrong-year-in-text:proactive:2023'],
  '007-pingtan-qu-2022.html': ['overview-too-long', 'section-heading-mismatch:reviewLitigation'],
};

/**
 * Real problems a reviewer sees in these texts that no check flags yet (by file, in words).
 * The bar of issue 14: at least 9 of 10 visible problems flagged.
 */
const MISSED: Readonly<Record<string, readonly string[]>> = {
  '004-pingtan-qu-2019.html': [
    '总体情况“共公布政府信息2599条，(其中…)”列出的各类相加为 2533 条，少 66 条（含“其他”一类，应当相加等于总数）',
  ],
  '006-pingtan-czj-2024.html': [
    '“在主动公开的61条政府信息中…其中:减税降费5条…其他文件共51条等”：各项相加为 76 条，多于 61 条',
  ],
};
/*
 * Seen in the pages but outside the kinds of SPEC §4 (wording slips, not counted above):
 * 002 and the 行政审批局's 2021 report write 平潭综合区行政审批局 (实验 missing); 003 numbers its
 * problems 一是…三是…三是; 004 repeats 聚焦新中国成立 70 周年平潭专场新闻发布会; 006 writes 不子公开;
 * 008 writes 但在工作中仍在不足.
 */

/**
 * Warnings on these reports that a reviewer would not give (honest list: each counts against the
 * bar of one false warning in five reports).
 */
const FALSE_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  // `清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件`: 393 + 77 =
  // 470, the table's 现行有效; the readings only add cells, none subtracts this year's.
  '003-pingtan-qu-2023.html': ['narrative-table-mismatch:overview:normativeValid'],
};

function importPath(path: string) {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.html') ? importHtml(text) : importText(text);
}

const issuesOf = (path: string) => {
  const imported = importPath(path);
  if (!imported.ok) throw new Error(imported.message);
  const { report } = imported;
  const whole = path.endsWith('.html');
  return evaluateChecks(formatById(report.formatId), report, {
    formats,
    today: '2026-01-20',
  }).filter(
    (i) => i.severity !== 'incomplete' && (whole || i.checkId !== 'overview-areas-missing'),
  );
};

const keysOf = (problem: string | readonly string[]): readonly string[] =>
  typeof problem === 'string' ? [problem] : problem;

describe('the bar on real reports (issue 14)', () => {
  const all = files.map((path) => {
    const name = path.split('/').pop() ?? path;
    const problems = EXPECTED[name] ?? [];
    const expected = new Set(problems.flatMap(keysOf));
    const issues = issuesOf(path);
    const found = new Set(issues.map((i) => i.key));
    return {
      name,
      flagged: problems.filter((p) => keysOf(p).some((k) => found.has(k))).length,
      falseErrors: issues.filter((i) => i.severity === 'error' && !expected.has(i.key)).length,
      falseWarnings: issues.filter((i) => i.severity !== 'error' && !expected.has(i.key)).length,
      missed:
        (MISSED[name] ?? []).length +
        problems.filter((p) => !keysOf(p).some((k) => found.has(k))).length,
    };
  });
  const sum = (k: 'flagged' | 'falseErrors' | 'falseWarnings' | 'missed'): number =>
    all.reduce((a, r) => a + r[k], 0);

  it('flags at least 9 of 10 visible problems, no false error, at most one false warning in five reports', () => {
    const flagged = sum('flagged');
    const visible = flagged + sum('missed');
    console.warn(
      `real corpus: ${all.length} reports, ${flagged} / ${visible} visible problems flagged, ${sum('falseErrors')} false errors, ${sum('falseWarnings')} false warnings`,
    );
    expect(sum('falseErrors')).toBe(0);
    expect(flagged / visible).toBeGreaterThanOrEqual(0.9);
    expect(sum('falseWarnings')).toBeLessThanOrEqual(Math.floor(all.length / 5));
  });
});

describe('checks on real reports', () => {
  it.each(files.map((f) => [f.split('/').pop() ?? f, f] as const))('%s', (name, path) => {
    const keys = issuesOf(path).map((i) => i.key);
    expect(keys.sort()).toEqual(
      [...(EXPECTED[name] ?? []).flatMap(keysOf), ...(FALSE_WARNINGS[name] ?? [])].sort(),
    );
  });
});
