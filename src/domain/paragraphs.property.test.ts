import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runs } from '@/testing/property-runs';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import { computeReport } from './compute/compute-report';
import { analyseWholeTexts, byParagraph, forgetTexts } from './format/memo';
import type { Report } from './report/types';
import { evaluateChecks } from './rules/evaluate-checks';

/**
 * The analyses made paragraph by paragraph (`perParagraph`, `firstInParagraphs`, `someParagraph`,
 * issue 17) against the same analyses made on the whole text: a keystroke in 总体情况 (one line of
 * a text met before changed) must find what a batch finds in the same text, every check's every
 * finding the same. The texts are lines of the real reports' 总体情况 (templates/fixtures/real) in
 * random order, one of them edited, so that an analysis looking across a line break, or at a
 * text's first or last line, and converted as if it did not, fails here.
 */
const DIR = 'templates/fixtures/real';

/** The lines under 一、总体情况 of each real report, up to the next part (those of 3 lines or more). */
function realOverviews(): string[][] {
  const out: string[][] = [];
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  for (const file of files) {
    let inside = false;
    const lines: string[] = [];
    for (const raw of readFileSync(`${DIR}/${file}`, 'utf8').split(/\r\n?|\n/)) {
      const line = raw.trim();
      if (/^一、/.test(line) && line.includes('总体情况')) inside = lines.length === 0;
      else if (/^二、/.test(line)) inside = false;
      else if (inside && line !== '') lines.push(line);
    }
    if (lines.length >= 3) out.push(lines);
  }
  return out;
}

const OVERVIEWS = realOverviews();
const LINES = [
  ...new Set(
    OVERVIEWS.filter((_, n) => n % 4 === 0)
      .flat()
      .filter((line) => line.length <= 400),
  ),
];

const { report, lastYear, today } = clean2022;
const template = formatById(report.formatId);
const options = { formats, today, ...(lastYear ? { lastYear } : {}) };

const withOverview = (overview: string): Report => ({
  ...report,
  narrative: { ...report.narrative, overview },
});

const evaluate = (r: Report) =>
  evaluateChecks(template, r, { ...options, computed: computeReport(template, r) });

/**
 * The findings on the overview `after` read whole (a batch, nothing met before) and read as the
 * editor reads it after a keystroke (`before` analysed first, so that `after`'s unchanged lines
 * are met again).
 */
function readBothWays(before: string, after: string) {
  forgetTexts();
  analyseWholeTexts(true);
  const whole = evaluate(withOverview(after));
  analyseWholeTexts(false);
  forgetTexts();
  evaluate(withOverview(before));
  const typed = evaluate(withOverview(after));
  return { whole, typed };
}

/** An edit of one line: text written at a place in it, or some of it taken out. */
const edit = fc.record({
  line: fc.nat(),
  at: fc.nat(),
  cut: fc.nat({ max: 6 }),
  add: fc.constantFrom('', '1', '12件', '。', '，', '本局', '（', '）', '\n', '工作的', '条、'),
});

afterEach(() => {
  analyseWholeTexts(false);
  forgetTexts();
});

describe('analyses by paragraph', () => {
  it('the real overviews hold enough lines to draw from', () => {
    expect(LINES.length).toBeGreaterThan(1000);
  });

  it('a keystroke in each real 总体情况 finds what a batch finds in the same text', () => {
    OVERVIEWS.forEach((lines, n) => {
      // A character typed at the end of one line, a different one from report to report.
      const k = n % lines.length;
      const before = lines.join('\n');
      const after = lines.map((l, i) => (i === k ? `${l}1` : l)).join('\n');
      const { whole, typed } = readBothWays(before, after);
      expect({ n, found: typed }).toEqual({ n, found: whole });
    });
  }, 300_000);

  it('a duty’s 负责 ending one line hides no request said on the next (the case this property found at stop 60)', () => {
    const lines = [
      '(三)政府信息管理情况。一是高度重视政务公开工作,街道建立了“主要领导负总责,分管领导直接抓”的长效机制,根据人员变动和工作要求,及时对常青街道政务公开领导小组进行调整,明确党政综合办公室作为街道政府信息公开工作的主要负责部门,负责推进、指导',
      '依申请公开方面',
      '(一)主动公开信息情况。本年度我局门户网站围绕市委、市政府的中心工作,不断充实政务公开内容,提高工作的透明度。及时按照要求将政策法规、重大项目完成情况、工作动态等信息第一时间在政府网站上发布。截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。',
      '(一)主动公开信息情况。本年度我局门户网站围绕市委、市政府的中心工作,不断充实政务公开内容,提高工作的透明度。及时按照要求将政策法规、重大项目完成情况、工作动态等信息第一时间在政府网站上发布。截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。',
      '(一)主动公开信息情况。本年度我局门户网站围绕市委、市政府的中心工作,不断充实政务公开内容,提高工作的透明度。及时按照要求将政策法规、重大项目完成情况、工作动态等信息第一时间在政府网站上发布。截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。',
    ];
    const { whole, typed } = readBothWays(lines.join('\n'), `工作的${lines.join('\n')}`);
    expect(typed).toEqual(whole);
  });

  it('a line break typed inside a cited title hides it from both readings (the case this property found at stop 65)', () => {
    const item =
      '(一)主动公开信息情况。本年度我局门户网站围绕市委、市政府的中心工作,不断充实政务公开内容,提高工作的透明度。及时按照要求将政策法规、重大项目完成情况、工作动态等信息第一时间在政府网站上发布。截止2023年12月31日我局通过官方网站发布政务类信息34条,概况类信息150条。';
    const cited =
      '根据《中华人民共和国政府信息公开条例》(国务院令第711号)规定,以及《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函[2021]30号)要求,现将湘阴县林业局2025年度信息公开工作年度报告如下:';
    // `公开办公室关` cut and a line break typed in its place: the title's two halves on two lines.
    const broken = cited.replace('公开办公室关', '\n');
    expect(broken).not.toBe(cited);
    const before = [item, item, cited, item, item, item].join('\n');
    const after = [item, item, broken, item, item, item].join('\n');
    const { whole, typed } = readBothWays(before, after);
    expect(typed).toEqual(whole);
  });

  it('a keystroke in 总体情况 finds what a batch finds in the same text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 9 }),
        edit,
        (lines, { line, at, cut, add }) => {
          const k = line % lines.length;
          const before = lines.join('\n');
          const old = lines[k] ?? '';
          const p = at % (old.length + 1);
          const edited = [...lines];
          edited[k] = `${old.slice(0, p)}${add}${old.slice(p + cut)}`;
          const after = edited.join('\n');
          fc.pre(after !== before);

          const { whole, typed } = readBothWays(before, after);
          // Not vacuous: the text after the keystroke was analysed paragraph by paragraph.
          if (lines.length >= 4 && !add.includes('\n')) expect(byParagraph(after)).toBe(true);
          expect(typed).toEqual(whole);
        },
      ),
      { numRuns: runs(60, 2000) },
    );
  });
});
