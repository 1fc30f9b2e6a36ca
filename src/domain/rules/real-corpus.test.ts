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
  '004-yangling-tjj-2023.txt': ['part-count-mismatch:meta'],
  '010-taojiang-songmutang-2022.txt': ['t2-regulations-by-township'],
  '012-xixian-taiping-2022.txt': ['notice-citation-wrong:overview:2019-60'],
  '015-fengshou-township-2022.txt': ['format-year-mismatch'],
  '020-mirror-2019format-jian4.txt': ['procurement-unit-assumed'],
  '021-mirror-2023-in-2019format.txt': ['format-year-mismatch'],
  // Reports the team had not seen (issue 14's measure; README of templates/fixtures/real).
  '024-lintao-xintian-2022.txt': ['parts-sum-mismatch:overview'],
  '025-xingren-dashan-2024.txt': ['notice-citation-wrong:meta:2019-60'],
  '027-guangyuan-ygdz-2020.txt': [
    'section-heading-mismatch:overview',
    'notice-citation-unknown:meta:no-issuer',
  ],
  '028-daye-2025.txt': ['part-count-mismatch:meta'],
  '029-changchun-erdao-fwzs-2022.txt': ['printed-total-blank:t3.granted.total'],
  '033-tuquan-yongan-2024.txt': ['text-stray-closer:meta'],
  '036-changshou-yuntai-2020.txt': ['procurement-unit-assumed'],
  '042-luqiao-luoyang-2021.txt': ['part-count-mismatch:meta'],
  '047-jiaxian-xizhen-2022.txt': ['format-year-mismatch'],
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
    // 表三's 总计 column printed blank on 11 rows: one warning for the table.
    'printed-total-blank:t3.granted.total',
    ['blank-cells:t3', 'blank-cells:t4'],
  ],
  '004-pingtan-qu-2019.html': [
    'overview-areas-missing',
    'overview-too-long',
    'count-number-missing:overview',
  ],
  // `在主动公开的61条政府信息中…其中:减税降费5条…其他文件共51条等`: 76 > 61.
  '006-pingtan-czj-2024.html': [
    'overview-areas-missing',
    'wrong-year-in-text:proactive:2023',
    'parts-sum-mismatch:proactive',
  ],
  '007-pingtan-qu-2022.html': ['overview-too-long', 'section-heading-mismatch:reviewLitigation'],
  '009-pingtan-czj-2020.html': ['overview-areas-missing', 'overview-too-long'],
  '010-pingtan-gaj-2024.html': ['overview-too-long', 'section-heading-mismatch:problems'],
  '011-pingtan-czj-2021.html': [
    'overview-areas-missing',
    ['narrative-empty:other', 'fee-statement-missing'],
    'plan-year-is-report-year:problems',
    'info-total-parts-mismatch:proactive',
  ],
  // 表四 prints 复议 结果维持 1 and 总计 0; 四's heading says 行政复议与行政诉讼.
  '012-pingtan-xzspj-2024.html': [
    'reported-total-mismatch:t4.review.total',
    'section-heading-mismatch:reviewLitigation',
  ],
  // The one request is counted twice: 其他处理 1 and 结转下年度 1 (the text: 结转下年度办理).
  '013-pingtan-gaj-2021.html': [
    ['t3-balance:t3Balance.naturalPerson', 't3-balance:t3Balance.total'],
  ],
};

/**
 * Real problems a reviewer sees in these texts that no check flags yet (by file, in words).
 * The bar of issue 14: at least 9 of 10 visible problems flagged.
 */
const MISSED: Readonly<Record<string, readonly string[]>> = {
  '006-yangling-sjj-2022.txt': [
    '（一）says 20 items were published through the 审计信息栏目, （四）says 16 through the same 专栏',
  ],
  '045-shenyang-yingbinlu-2021.txt': [
    'the 依申请公开 paragraph is copied from the city government’s report: a 街道 received “政府信息公开申请5件” made “向市政府及市政府办公室”',
  ],
  '004-pingtan-qu-2019.html': [
    '总体情况“共公布政府信息2599条，(其中…)”列出的各类相加为 2533 条，少 66 条（含“其他”一类，应当相加等于总数）',
  ],
  '011-pingtan-czj-2021.html': [
    '落款“平潭综合实验区财政全融局”与标题的机关名称不同（导入时已提示，但没有检查项）',
  ],
};
/*
 * Seen in the pages but outside the kinds of SPEC §4 (wording slips, not counted above):
 * 002 and the 行政审批局's 2021 report write 平潭综合区行政审批局 (实验 missing); 003 numbers its
 * problems 一是…三是…三是; 004 repeats 聚焦新中国成立 70 周年平潭专场新闻发布会; 006 writes 不子公开;
 * 008 writes 但在工作中仍在不足; 013 heads 表二's column 本年废纸件数 and writes 针对市公安局.
 */

/**
 * Warnings on these reports that a reviewer would not give (honest list: each counts against the
 * bar of one false warning in five reports).
 */
const FALSE_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  // `清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件`: 393 + 77 =
  // 470, the table's 现行有效; the readings only add cells, none subtracts this year's.
  '003-pingtan-qu-2023.html': ['narrative-table-mismatch:overview:normativeValid'],
  // `全年累计公开公安政府信息184条` is 主动公开, said without the word 主动.
  '013-pingtan-gaj-2021.html': ['overview-areas-missing'],
};

/** The reports gathered for the measure on unseen reports (templates/fixtures/real 024–048). */
const UNSEEN = /^0(?:2[4-9]|3\d|4[0-8])-/;

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
  }).filter((i) =>
    whole ? true : i.severity !== 'incomplete' && i.checkId !== 'overview-areas-missing',
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
  const sum = (
    k: 'flagged' | 'falseErrors' | 'falseWarnings' | 'missed',
    rows: typeof all = all,
  ): number => rows.reduce((a, r) => a + r[k], 0);
  const unseen = all.filter((r) => UNSEEN.test(r.name));

  it('flags at least 9 of 10 visible problems, no false error, at most one false warning in five reports', () => {
    for (const [label, rows] of [
      ['real corpus', all],
      ['unseen reports (024–048)', unseen],
    ] as const) {
      const flagged = sum('flagged', rows);
      const visible = flagged + sum('missed', rows);
      console.warn(
        `${label}: ${rows.length} reports, ${flagged} / ${visible} visible problems flagged, ${sum('falseErrors', rows)} false errors, ${sum('falseWarnings', rows)} false warnings`,
      );
      expect(sum('falseErrors', rows)).toBe(0);
      expect(flagged / visible).toBeGreaterThanOrEqual(0.9);
      expect(sum('falseWarnings', rows)).toBeLessThanOrEqual(Math.floor(rows.length / 5));
    }
    expect(unseen).toHaveLength(25);
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
