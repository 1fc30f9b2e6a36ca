import { perParagraph } from '../../format/memo';
import { compactSentences, compactText } from '../../format/text';
import { indexTemplate } from '../../template/lookup';
import type { CellId, FactId } from '../../template/types';
import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { cellValue, factCell, factCells, rowName, tableName, textsOf } from '../support';

/**
 * Sweeping words of the narrative against the tables (SPEC §4.5, warnings):
 * - `均获维持` / `全部胜诉` while 表四 shows 纠正, 其他 or 尚未审结 above 0 (of 复议, of 诉讼, or
 *   of both, as the sentence names them);
 * - `全部办结` / `均已办结` while 表三 四、结转下年度 is above 0.
 * Only a filled table contradicts; a blank cell says nothing yet.
 */

/** `均获维持`, `全部胜诉`, `均为结果维持` (real: 天津市河东区 2023). */
const UPHELD =
  /(?:均|全部|都|全都|皆)(?:已|被|获|获得|得到|予以|依法|为|结果)*(?:维持|胜诉)|无一(?:被)?(?:纠正|败诉|撤销)/;
const REVIEW = /复议/;
const LITIGATION = /诉讼|起诉/;
// `均在法定期限内办结` (real: 平潭综合实验区市场监督管理局 2025, with 2 carried to the next year).
const ALL_DONE =
  /(?:全部|均已?|已全部|都已|已经全部)(?:按期|按时|依法|如期|及时|在法定(?:答复)?期限内|在规定(?:答复)?(?:时限|期限)内)?(?:予以)?办结/;
const ABOUT_APPLICATIONS = /申请/;

/**
 * The outcomes other than 维持 (facts the template declares), of 行政复议 and of 行政诉讼, in the
 * order messages list them.
 */
const NOT_UPHELD: { readonly litigation: boolean; readonly facts: readonly FactId[] }[] = [
  { litigation: false, facts: ['reviewCorrected', 'reviewOther', 'reviewPending'] },
  {
    litigation: true,
    facts: ['litigationDirectCorrected', 'litigationDirectOther', 'litigationDirectPending'],
  },
  {
    litigation: true,
    facts: [
      'litigationAfterReviewCorrected',
      'litigationAfterReviewOther',
      'litigationAfterReviewPending',
    ],
  },
];

/**
 * The sweeping words of a text, sentence by sentence (only sentences that have some), worked
 * out once per paragraph: `均获维持` with whether 复议 / 诉讼 are named before it, `全部办结` with
 * whether the sentence is about applications.
 */
const sweepingIn = perParagraph('维胜无结', (_, analysed) => {
  const out: {
    readonly upheld: {
      readonly words: string;
      readonly review: boolean;
      readonly litigation: boolean;
    } | null;
    readonly done: string | null;
  }[] = [];
  const compact = compactText(analysed);
  if (!UPHELD.test(compact) && !ALL_DONE.test(compact)) return out;
  for (const sentence of compactSentences(analysed)) {
    const upheld = UPHELD.exec(sentence);
    const done = ALL_DONE.exec(sentence);
    const about = done && ABOUT_APPLICATIONS.test(sentence) ? done[0] : null;
    if (!upheld && about === null) continue;
    const before = upheld ? sentence.slice(0, upheld.index) : '';
    out.push({
      upheld: upheld
        ? { words: upheld[0], review: REVIEW.test(before), litigation: LITIGATION.test(before) }
        : null,
      done: about,
    });
  }
  return out;
});

const outcomeFindings = perContext((ctx: CheckContext) => {
  const upheldFindings: Finding[] = [];
  const doneFindings: Finding[] = [];
  const seen = new Set<string>();
  for (const text of textsOf(ctx)) {
    const { section, field } = text;
    for (const { upheld, done } of sweepingIn(text)) {
      if (upheld && !seen.has(`upheld:${section}`)) {
        const { review, litigation } = upheld;
        if (review || litigation) {
          const found = nonZeroOutcomes(ctx, review, litigation);
          if (found.length > 0) {
            seen.add(`upheld:${section}`);
            upheldFindings.push({
              target: section,
              cells: found.map((f) => f.id),
              fields: [field],
              section,
              message: `文中说“${upheld.words}”，但${found[0]?.table ?? ''}${found.map((f) => `${f.label}为 ${f.value}`).join('、')}`,
            });
          }
        }
      }
      if (done !== null && !seen.has(`done:${section}`)) {
        const overCell = factCell(ctx.template, 'carriedOver');
        const over = overCell ? cellValue(ctx, overCell.id) : null;
        if (overCell && over !== null && over > 0) {
          seen.add(`done:${section}`);
          doneFindings.push({
            target: section,
            cells: [overCell.id],
            fields: [field],
            section,
            message: `文中说申请“${done}”，但${rowName(ctx.template, overCell)}为 ${over}`,
          });
        }
      }
    }
  }
  return { upheld: upheldFindings, done: doneFindings };
});

export const outcomeUpheldCheck = defineCheck({
  id: 'narrative-outcome-contradicted',
  severity: 'warning',
  spec: '4.5',
  title: '正文说“均获维持”，表四却有纠正、其他或未审结',
  run: (ctx) => outcomeFindings(ctx).upheld,
});

export const allCompletedCheck = defineCheck({
  id: 'narrative-all-completed-contradicted',
  severity: 'warning',
  spec: '4.5',
  title: '正文说“全部办结”，表三却有结转下年度',
  run: (ctx) => outcomeFindings(ctx).done,
});

interface Outcome {
  readonly id: CellId;
  /** `表四`. */
  readonly table: string;
  readonly label: string;
  readonly value: number;
}

/**
 * The non-zero outcome cells other than 维持, named `行政复议“结果纠正”` by their column labels
 * (the group and the outcome).
 */
function nonZeroOutcomes(ctx: CheckContext, review: boolean, litigation: boolean): Outcome[] {
  const { cells } = indexTemplate(ctx.template);
  const out: Outcome[] = [];
  for (const group of NOT_UPHELD) {
    if (group.litigation ? !litigation : !review) continue;
    for (const id of group.facts.flatMap((f) => factCells(ctx.template, f))) {
      const value = cellValue(ctx, id);
      if (value === null || value <= 0) continue;
      const cell = cells.get(id);
      const [outcome, groupLabel] = [...(cell?.columnLabels ?? [])].reverse();
      out.push({
        id,
        table: tableName(ctx.template, cell?.table ?? ''),
        label: `${groupLabel ?? ''}“${outcome ?? id}”`,
        value,
      });
    }
  }
  return out;
}
