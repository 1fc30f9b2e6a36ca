import { compactSentences, compactText } from '../../format/text';
import type { CellId } from '../../template/types';
import { defineCheck, perContext, type CheckContext, type Finding } from '../check-context';
import { cellValue, reportTexts } from '../support';

/**
 * Sweeping words of the narrative against the tables (SPEC §4.5, warnings):
 * - `均获维持` / `全部胜诉` while 表四 shows 纠正, 其他 or 尚未审结 above 0 (of 复议, of 诉讼, or
 *   of both, as the sentence names them);
 * - `全部办结` / `均已办结` while 表三 四、结转下年度 is above 0.
 * Only a filled table contradicts; a blank cell says nothing yet.
 */

const UPHELD =
  /(?:均|全部|都|全都|皆)(?:已|被|获|获得|得到|予以|依法)*(?:维持|胜诉)|无一(?:被)?(?:纠正|败诉|撤销)/;
const REVIEW = /复议/;
const LITIGATION = /诉讼|起诉/;
const ALL_DONE = /(?:全部|均已?|已全部|都已|已经全部)(?:按期|按时|依法|如期|及时)?(?:予以)?办结/;
const ABOUT_APPLICATIONS = /申请/;

const OUTCOMES = [
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
] as const;
const GROUPS = [
  { id: 'review', label: '行政复议', litigation: false },
  { id: 'litDirect', label: '未经复议直接起诉', litigation: true },
  { id: 'litAfterReview', label: '复议后起诉', litigation: true },
] as const;

const outcomeFindings = perContext((ctx: CheckContext) => {
  const upheldFindings: Finding[] = [];
  const doneFindings: Finding[] = [];
  const seen = new Set<string>();
  for (const { section, field, text } of reportTexts(ctx.report)) {
    const compact = compactText(text);
    if (!UPHELD.test(compact) && !ALL_DONE.test(compact)) continue;
    for (const sentence of compactSentences(text)) {
      const upheld = UPHELD.exec(sentence);
      if (upheld && !seen.has(`upheld:${section}`)) {
        const before = sentence.slice(0, upheld.index);
        const review = REVIEW.test(before);
        const litigation = LITIGATION.test(before);
        if (review || litigation) {
          const found = nonZeroOutcomes(ctx, review, litigation);
          if (found.length > 0) {
            seen.add(`upheld:${section}`);
            upheldFindings.push({
              target: section,
              cells: found.map((f) => f.id),
              fields: [field],
              section,
              message: `文中说“${upheld[0]}”，但表四${found.map((f) => `${f.label}为 ${f.value}`).join('、')}`,
            });
          }
        }
      }
      const done = ALL_DONE.exec(sentence);
      if (done && ABOUT_APPLICATIONS.test(sentence) && !seen.has(`done:${section}`)) {
        const over = cellValue(ctx, 't3.carriedOver.total');
        if (over !== null && over > 0) {
          seen.add(`done:${section}`);
          doneFindings.push({
            target: section,
            cells: ['t3.carriedOver.total'],
            fields: [field],
            section,
            message: `文中说申请“${done[0]}”，但表三“四、结转下年度继续办理”为 ${over}`,
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

function nonZeroOutcomes(
  ctx: CheckContext,
  review: boolean,
  litigation: boolean,
): { id: CellId; label: string; value: number }[] {
  const out: { id: CellId; label: string; value: number }[] = [];
  for (const g of GROUPS) {
    if (g.litigation ? !litigation : !review) continue;
    for (const o of OUTCOMES) {
      const id = `t4.${g.id}.${o.id}`;
      const value = cellValue(ctx, id);
      if (value !== null && value > 0) out.push({ id, label: `${g.label}“${o.label}”`, value });
    }
  }
  return out;
}
