import { compactText } from '../../format/text';
import { perParagraph } from '../../format/memo';
import { defineCheck } from '../check-context';
import { textsOf, type ReportText } from '../support';

/**
 * A title in book-title marks with a document number in brackets right after it (`《凉山州人民政府
 * 办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》(凉府办函〔2023〕148号)`): the
 * title (no inner 《》: `〈〉` and `<>` stand for them) and the number, its issuer's prefix with it.
 * Neither crosses a line break (since stop 65: the whole text read at once found a title broken over
 * two lines that the paragraph-by-paragraph reading of a keystroke does not, so the two disagreed;
 * the fuzz's keystroke property caught it).
 */
const TITLED_NUMBER =
  /《([^《》\n]{4,100})》[（(]([^（）()《》，,。；;\n]{0,20}?[〔[［【﹝](?:19|20)\d{2}[〕\]］】﹞]\d{1,4}号)/g;

/** A title as compared: marks and spaces dropped, brackets half-width, from `关于` on. */
function titleKey(title: string): string {
  const key = title
    .replace(/[〈〉<>＜＞“”"\s]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
  const at = key.indexOf('关于');
  return at > 0 ? key.slice(at) : key;
}

/** A number as compared: brackets of every kind as 〔〕. */
const numberKey = (n: string): string => n.replace(/[[［【﹝]/g, '〔').replace(/[\]］】﹞]/g, '〕');

/**
 * Whether two titles name different documents: not one the other's beginning or end (a title
 * cut, or cited with and without its issuer), and more than a few characters apart (a slip of a
 * character or two in one of them is another kind of fault).
 */
function differ(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return false;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail += 1;
  return Math.max(a.length, b.length) - head - tail > 3;
}

interface Titled {
  readonly title: string;
  readonly key: string;
  readonly number: string;
}

/** Paragraph by paragraph: a title and its number are never broken over two lines. */
const titledNumbersIn = perParagraph('》', (raw, analysed): readonly Titled[] => {
  // A number in brackets right after a title: most texts cite none.
  if (!raw.includes('》(') && !raw.includes('》（')) return [];
  const text = compactText(analysed);
  const out: Titled[] = [];
  for (const m of text.matchAll(TITLED_NUMBER)) {
    const title = m[1] ?? '';
    out.push({ title, key: titleKey(title), number: numberKey(m[2] ?? '') });
  }
  return out;
});

/**
 * One document number cited for two documents of different titles in one report (real: 凉山州审计局
 * 2023, `凉府办函〔2023〕148号` after both the city's notice on the annual report and its notice on
 * the year's key tasks of 政务公开): a number names one document, so one of the two citations
 * has the wrong number or the wrong title.
 */
export const numberTwoTitlesCheck = defineCheck({
  id: 'citation-number-two-titles',
  severity: 'warning',
  spec: '4.5',
  title: '同一文号对应两个不同的文件名称',
  run(ctx) {
    const seen = new Map<string, Titled & { readonly field: ReportText['field'] }>();
    for (const text of textsOf(ctx))
      for (const t of titledNumbersIn(text)) {
        const before = seen.get(t.number);
        if (before === undefined) {
          seen.set(t.number, { ...t, field: text.field });
          continue;
        }
        if (!differ(before.key, t.key)) continue;
        return [
          {
            target: text.section,
            fields: before.field === text.field ? [text.field] : [before.field, text.field],
            section: text.section,
            message: `同一文号“${t.number}”引了两次，名称却不同（《${before.title}》和《${t.title}》）：一个文号只对应一份文件，至少有一处文号或名称有误，请核对`,
          },
        ];
      }
    return [];
  },
});
