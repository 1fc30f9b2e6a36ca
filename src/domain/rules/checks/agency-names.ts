import { compactSentences, compactText } from '../../format/text';
import { defineCheck, type Finding } from '../check-context';
import { textsOf } from '../support';

/**
 * Agency names a reviewer compares (SPEC §4.5): the 落款 with the title, and the agency the text
 * says its figures are of with the report's agency.
 */

/** Spaces and the marks a page puts around a name. */
const compactName = (name: string): string => compactText(name).replace(/[“”"'《》（）()]/g, '');

/** Whether every character of `short` occurs in `long` in order (`区财政局` in `XX区财政局`). */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}

/**
 * Whether two names may name one agency: the same, or the shorter a short form of the longer
 * (`区财政局` / `平潭综合实验区财政局`, `XX镇政府` / `XX镇人民政府`, `XX街道` / `XX街道办事处`):
 * its characters in the longer one, in order. A changed character (`财政全融局` for 财政金融局)
 * or another agency (`市统计局` for 市财政局) is not.
 */
export function namesAgree(a: string, b: string): boolean {
  const x = compactName(a);
  const y = compactName(b);
  if (x === '' || y === '' || x === y) return true;
  return x.length <= y.length ? isSubsequence(x, y) : isSubsequence(y, x);
}

/** The 落款 (an imported report's signature) names another agency than the title. */
export const signatureAgencyCheck = defineCheck({
  id: 'signature-agency-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '落款的机关名称与标题不一致',
  run({ report }) {
    const signed = report.signatureAgency;
    const name = report.meta.agencyName;
    if (!signed || name.trim() === '' || namesAgree(signed, name)) return [];
    return [
      {
        fields: ['meta.agencyName'],
        section: 'meta',
        message: `落款“${signed}”与标题中的机关名称“${name}”不一致：请核对落款（导出 Word 时落款按机关名称“${name}”）`,
      },
    ];
  },
});

/** `向市政府及市政府办公室提出的政府信息公开申请`: the body the requests were made to. */
const ADDRESSED =
  /(?:受理|收到|接收|办理)[^。；;]{0,16}?向([^，,。；;：:、“”]{2,24}?)(?:提出|提交|递交)的?[^，,。；;]{0,12}?申请/g;
/** Names joined in one phrase (`市政府及市政府办公室`). */
const JOINED = /及|和|与|、|或/;
/** A name of an agency: ends as agencies do; `本机关`, `我局` and the like are the report's own. */
const AGENCY_NAME =
  /(?:人民政府|政府|办公室|办公厅|委员会|局|厅|委|办|街道办事处|街道|镇|乡|管委会|中心)$/;
const OWN = /^(?:本|我|该|贵|各|上级|有关|相关|行政机关)/;

/**
 * The text says the year's requests were made to another agency than the report's (a 街道's
 * report that says it received requests `向市政府及市政府办公室提出的`): a paragraph copied from
 * another agency's report.
 */
export const otherAgencyInTextCheck = defineCheck({
  id: 'other-agency-in-text',
  severity: 'warning',
  spec: '4.5',
  title: '正文所说的机关不是本机关',
  run(ctx) {
    const agency = ctx.report.meta.agencyName;
    if (agency.trim() === '') return [];
    const found: Finding[] = [];
    for (const text of textsOf(ctx)) {
      const { section, field } = text;
      if (!/提出|提交|递交/.test(text.text)) continue;
      for (const sentence of compactSentences(text)) {
        const hit = [...sentence.matchAll(ADDRESSED)].find((m) => {
          const names = (m[1] ?? '').split(JOINED).filter((n) => AGENCY_NAME.test(n));
          return names.length > 0 && names.every((n) => !OWN.test(n) && !namesAgree(n, agency));
        });
        if (!hit) continue;
        found.push({
          target: section,
          fields: [field],
          section,
          message: `文中说收到的是“向${hit[1] ?? ''}提出的”申请，不是本机关“${agency}”：是否照抄了其他机关的报告？请核对这一段的机关和数字`,
        });
        break;
      }
    }
    return found;
  },
});
