import { agencyKindLabels, type AgencyKind } from '../report/types';
import { parseChineseNumeral } from './chinese-number';
import { memoByText } from './memo';
import { compactUncached } from './text';

/** Report dates: ISO `YYYY-MM-DD` in the model, `2020年1月5日` (no leading zeros) in print. */

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * True for a real calendar date written as ISO `YYYY-MM-DD`. Kept for the last few dates asked
 * (the report date and today are asked by several checks of every evaluation).
 */
export const isValidIsoDate: (iso: string) => boolean = memoByText(validIsoDate, 16);

function validIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isoDate(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(iso) ? iso : null;
}

const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十]{1,4})';
const CHINESE_DATE = new RegExp(`^${NUM}年${NUM}月${NUM}日$`);

function part(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

/**
 * `2020年1月5日`, `2020 年 1 月 5 日`, `２０２０年１月５日`, `二〇二〇年一月五日`, `2020-1-5`,
 * `2020.1.5`, `2020/01/05`, `20200105` → ISO; `null` when not a date or not a real day.
 */
export function parseChineseDate(text: string): string | null {
  // Not kept (`compactUncached`): dates are short, and many, and would crowd out the texts.
  const t = compactUncached(text);
  const m =
    CHINESE_DATE.exec(t) ??
    /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(t) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [part(m[1] ?? ''), part(m[2] ?? ''), part(m[3] ?? '')];
  if (y === null || mo === null || d === null || y < 1000) return null;
  return isoDate(y, mo, d);
}

/**
 * A 成文日期 as typed → what the draft stores: ISO for a date that can be read, the text as typed
 * otherwise (the date check reports it; nothing typed is dropped), null for nothing.
 */
export function storedDate(typed: string): string | null {
  if (typed.trim() === '') return null;
  return parseChineseDate(typed) ?? typed;
}

/**
 * The one printer of dates: ISO `2025-01-20` → `2025年1月20日`, no leading zeros (GB/T 9704). A
 * well-formed date that does not exist (an imported `2022-02-30`) prints as written — the date
 * check flags it — rather than vanishing from a signature; anything else prints ''.
 */
export function formatChineseDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/**
 * The deadline of a report on `year`. 条例 第四十九条 names two: 1月31日 of the next year for a
 * department of a county-level-or-higher government, 3月31日 for that government's own report (it
 * follows its departments'). It names no date for townships (乡镇、街道) or other bodies: they are
 * held to 1月31日 too, as county notices commonly ask them to report with the departments
 * (stop 32's decision; the message says it is not the statute's, see `deadlineOf`).
 */
export function reportDeadline(kind: AgencyKind, year: number): string {
  return kind === 'government' ? `${year + 1}-03-31` : `${year + 1}-01-31`;
}

/**
 * Since a fix of stop 52 after the measure of 1994–2038: a development zone's or an industrial
 * park's committee (`宿迁经济技术开发区管理委员会`, `运城经济技术开发区`, `驻马店经济开发区管委会`, real:
 * 2023, 2020, 2020) is read as a government by its name's ending, but it is the government's
 * dispatched body, not a level of government: the 3月31日 of a government's own report is not its
 * deadline; it reports with the departments. Not a 新区 (a state-level new area's committee governs
 * districts and towns; its deadline is left undecided by the corpus, real: 长春新区 2025), and not a
 * zone named with its district's name in brackets (`高新区(新市区)`: one government for both).
 */
const DEVELOPMENT_ZONE = /(?:开发区|高新区|产业园区|工业园区|园区)(?:管委会|管理委员会)?$/;
const DISTRICT_IN_BRACKETS = /[（(][^（()）]*[市县区旗][)）]/;

function isDevelopmentZone(name: string): boolean {
  const t = name.trim();
  return DEVELOPMENT_ZONE.test(t) && !DISTRICT_IN_BRACKETS.test(t);
}

/**
 * The deadline a report is held to, on what basis, and whether the statute sets it (a township's
 * or another body's is the usual practice, not the statute's). Without the agency's name its kind
 * is not known (an imported text whose name was not read, real: 吉林市人民政府 2020, dated 3月10日):
 * only a date after every kind's deadline — a people's government's, the latest — is late.
 */
export function deadlineOf(
  meta: { readonly agencyKind: AgencyKind; readonly agencyName: string },
  year: number,
): { readonly date: string; readonly basis: string; readonly statutory: boolean } {
  if (meta.agencyName.trim() === '')
    return {
      date: reportDeadline('government', year),
      basis: '未填机关名称，按最晚的人民政府期限计',
      statutory: true,
    };
  if (meta.agencyKind === 'government' && isDevelopmentZone(meta.agencyName))
    return {
      date: `${year + 1}-01-31`,
      basis:
        '开发区、园区管委会的年度报告：管委会是派出机构，不是一级人民政府，条例未规定其期限，通常随政府部门在1月31日前公布；本地通知另有规定的，以通知为准',
      statutory: false,
    };
  const kind = meta.agencyKind;
  const statutory = kind === 'government' || kind === 'department';
  return {
    date: reportDeadline(kind, year),
    basis: statutory
      ? `${agencyKindLabels[kind]}的年度报告`
      : `${agencyKindLabels[kind]}的年度报告：条例未规定其期限，通常随政府部门在1月31日前报送；本地通知另有规定的，以通知为准`,
    statutory,
  };
}
