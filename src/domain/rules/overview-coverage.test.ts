import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importHtml, importText } from '@/import';
import { formatById, formats } from '@templates/index';
import { overviewCoverage } from '../report/overview-areas';
import type { AgencyKind, Report } from '../report/types';
import { evaluateChecks } from './evaluate-checks';

/**
 * The form's checklist of the 总体情况 areas ticks what `overviewCoverage` says is covered; the
 * `overview-areas-missing` check names what it says is not. Driven through both, the same texts
 * must get the same answer: before stop 31 the checklist ticked all five areas for a bare list of
 * them (real: 东莞市寮步镇 2019) while the check warned that three were missing.
 */

const DIRS = [
  'templates/fixtures/real',
  'templates/fixtures/real-html',
  'templates/fixtures/seeds',
];

function imported(path: string): Report {
  const text = readFileSync(path, 'utf8');
  const result = path.endsWith('.html') ? importHtml(text) : importText(text);
  if (!result.ok) throw new Error(`${path}: ${result.message}`);
  return result.report;
}

const realOverview = (name: string): string =>
  imported(`templates/fixtures/real/${name}`).narrative.overview ?? '';

/** What the checklist shows: each area with 已涉及 or 未涉及. */
function checklist(report: Report): Record<string, boolean> {
  const section = formatById(report.formatId).sections.find((s) => s.id === 'overview');
  const { agencyKind, agencyName } = report.meta;
  const rows = overviewCoverage(section, agencyKind, report.narrative.overview ?? '', agencyName);
  return Object.fromEntries(rows.map(({ area, covered }) => [area, covered]));
}

/** What the check says: each area the checklist lists, with whether the warning names it missing. */
function checked(report: Report): Record<string, boolean> {
  const issue = evaluateChecks(formatById(report.formatId), report, {
    formats,
    today: '2026-12-01',
  }).find((i) => i.checkId === 'overview-areas-missing');
  const missing = /未涉及：(.*?)（应包括/.exec(issue?.message ?? '')?.[1] ?? '';
  // No area's name is part of another's, so each is found in the list by its name.
  return Object.fromEntries(
    Object.keys(checklist(report)).map((area) => [area, !missing.includes(area)]),
  );
}

const withOverview = (report: Report, overview: string, kind?: AgencyKind): Report => ({
  ...report,
  meta: kind ? { ...report.meta, agencyKind: kind } : report.meta,
  narrative: { ...report.narrative, overview },
});

describe('the 总体情况 checklist and the overview-areas-missing check agree', () => {
  const liaobu = imported('templates/fixtures/real/388-dongguan-liaobu-2019.txt');
  // Its overview without the last line, `二、`, the next heading cut by the excerpt.
  const liaobuOverview = (liaobu.narrative.overview ?? '').replace(/\n二、$/, '');
  const [principle = '', list = ''] = liaobuOverview.split('\n');

  it('a bare list of the five areas ticks none (real: 东莞市寮步镇 2019)', () => {
    expect(list).toBe(
      '政府信息公开工作主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。总体的工作情况是:',
    );
    for (const kind of ['department', 'government'] as const) {
      const report = withOverview(liaobu, `${principle}\n${list}`, kind);
      expect(Object.values(checklist(report)).some(Boolean)).toBe(false);
      expect(checked(report)).toEqual(checklist(report));
    }
  });

  it('the list with what follows it ticks only the areas the work accounts for (real: 东莞市寮步镇 2019)', () => {
    const report = withOverview(liaobu, liaobuOverview);
    expect(checklist(report)).toEqual({
      主动公开: true,
      依申请公开: false,
      政府信息管理: false,
      政府信息公开平台建设: true,
      监督保障: false,
    });
    expect(checked(report)).toEqual(checklist(report));
  });

  it('an overview that lists three areas and then accounts for all five ticks all (real: 永川高新区管委会 2020)', () => {
    const overview = realOverview('253-yongchuan-gxq-2020.txt');
    const report = withOverview(liaobu, overview, 'department');
    expect(Object.values(checklist(report))).toEqual([true, true, true, true, true]);
    expect(checked(report)).toEqual(checklist(report));
  });

  it('on every overview of the real reports and the seeds, as imported', () => {
    const paths = DIRS.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.txt') || f.endsWith('.html'))
        .map((f) => `${d}/${f}`),
    );
    let partly = 0;
    let compared = 0;
    for (const path of paths) {
      const report = imported(path);
      if ((report.narrative.overview ?? '').trim() === '') continue;
      const shown = checklist(report);
      expect({ path, areas: checked(report) }).toEqual({ path, areas: shown });
      compared += 1;
      if (Object.values(shown).some((covered) => !covered)) partly += 1;
    }
    // Both kinds, many of each (513 overviews, 348 with an area unticked: most excerpts are cut
    // at 2,000 bytes, their overviews end early).
    expect(compared).toBeGreaterThan(500);
    expect(partly).toBeGreaterThan(300);
    expect(compared - partly).toBeGreaterThan(150);
    // Every report of the corpus imported in one test (1,200 and growing): ~10 s alone, 30 s and more
    // on a machine shared with other work.
  }, 120_000);

  it('a blank overview ticks nothing and is left to the completeness check', () => {
    const report = withOverview(liaobu, '');
    expect(Object.values(checklist(report)).some(Boolean)).toBe(false);
    const keys = evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).map((i) => i.checkId);
    expect(keys).not.toContain('overview-areas-missing');
  });
});
