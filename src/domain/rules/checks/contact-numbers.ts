import { perText, type AnalysedText } from '../../format/memo';
import type { ContactBlock } from '../../report/types';
import { defineCheck, type CheckContext, type Finding } from '../check-context';
import { textFindings } from '../support';

/**
 * Since a fix of stop 40 after the measure of 1199–1258: contact details printed with a length no
 * number of their kind can have (SPEC §4.5, slips of filling in). A postcode has six digits (real: 保山市
 * 人民政府办公室 2024, `邮编:67800`, 678000 short of a digit); a fixed line is its area code, then a
 * local number of seven or eight digits, eight after a three-digit code (`010`, `02X`) (real: 安溪县
 * 魁斗镇 2020, `电话:0595-23377088,传真:0595-223377087`, nine). Only a number said to be one by its
 * label right before it (`邮编`, `邮政编码`, `电话`, `传真`), and a fixed line only with its area code
 * parted from the local number (`0595-…`, `(0454)2120986`): a bare run of digits may be a mobile, a
 * hotline (`12345`) or an area code run into the number (`07976854110`), and a number cut by a
 * slash or `、` (`0595-2337708/7`, `0591-83368798、83379395`) is read up to the cut. Of the corpus's
 * 414 postcodes and 700-odd telephone and fax numbers, these two are the only ones.
 */
const CONTACT_LABEL = /邮编|邮政编码|电话|传真/;
const POSTCODE =
  /(邮编|邮政编码)[ \t\u3000]*[:：]?[ \t\u3000]*(?:为|是)?[ \t\u3000]*(?<![\d.])(\d{1,12})(?![\d.年月日])/g;
const FIXED_LINE =
  /(电话|传真)(?:号码)?[ \t\u3000]*[:：]?[ \t\u3000]*(?:为|是)?[ \t\u3000]*(?<![\d.])(?:[(（](0\d{2,3})[)）]|(0\d{2,3})[ \t\u3000]*[-－—–‐]+[ \t\u3000]*)(\d{1,12})(?![\d.年月日])/g;

/**
 * Since a fix of stop 65 after the measure of 2666–2710: an e-mail address after the postcode's label
 * (`邮编:gzzgcz@163.com`, real: 章贡区财政局 2020): the field filled with what belongs to another, and
 * the postcode not given. The corpus's other 400-odd postcodes are digits.
 */
const POSTCODE_MAIL =
  /(邮编|邮政编码)[ \t\u3000]*[:：]?[ \t\u3000]*(?:为|是)?[ \t\u3000]*([A-Za-z0-9._-]+[@＠][A-Za-z0-9.-]*[A-Za-z0-9])/g;

export interface ContactSlip {
  /** The label and number as printed (`传真:0595-223377087`). */
  readonly text: string;
  /** `postcode-mail`: an e-mail address where the postcode belongs (`digits` is the address). */
  readonly kind: 'postcode' | 'fixed-line' | 'postcode-mail';
  /** The digits whose length is wrong: the postcode, or the local number after its area code. */
  readonly digits: string;
  readonly areaCode?: string;
  readonly label: string;
}

/** Three-digit area codes (北京 010, 上海 021, …): their local numbers have eight digits. */
const SHORT_AREA = /^0[12]\d$/;

/**
 * Since a fix of stop 50 after the measure of 1859–1903: the public service numbers of five digits
 * opening 12 (`客服电话:0431-12329`, real: 长春市住房公积金管理中心 2021; 12345 the government's hotline,
 * 12333 人社, 12315 市场监管, 12366 税务), dialled after an area code from outside it: no local number cut.
 */
const SERVICE_NUMBER = /^12\d{3}$/;

function localLengthWrong(area: string, local: string): boolean {
  if (SERVICE_NUMBER.test(local)) return false;
  if (SHORT_AREA.test(area)) return local.length !== 8;
  return local.length < 7 || local.length > 8;
}

/**
 * Since a fix of stop 55 after the measure of 2216–2260: a number ending a paragraph, joined by the
 * import to the next paragraph's opening year (`联系电话:0310-8133001`, a blank line, then `2020,邯郸市
 * 气象局…`, real: 邯郸市气象局 2020), reads as one number; a local number too long by a year
 * (19xx/20xx) at its end, right without it, is that join, not a slip of the number.
 */
const TRAILING_YEAR = /^(\d+)(?:19|20)\d{2}$/;

function runIntoYear(area: string, local: string): boolean {
  const head = TRAILING_YEAR.exec(local)?.[1];
  return head !== undefined && !localLengthWrong(area, head);
}

export const contactSlips: (text: string | AnalysedText) => readonly ContactSlip[] = perText(
  { anyOf: '邮话传', otherwise: [] },
  (text) => {
    if (!CONTACT_LABEL.test(text)) return [];
    // Read on the text as written, not compacted, and not a number run into a date (`电话:0941-
    // 8213917` then the next paragraph's `2020年,…`, joined by the import, real: 甘南州林草局 2020).
    const out: ContactSlip[] = [];
    for (const m of text.matchAll(POSTCODE)) {
      const digits = m[2] ?? '';
      if (digits.length !== 6)
        out.push({ text: m[0].trim(), kind: 'postcode', digits, label: m[1] ?? '' });
    }
    if (text.includes('@') || text.includes('＠'))
      for (const m of text.matchAll(POSTCODE_MAIL))
        out.push({
          text: m[0].trim(),
          kind: 'postcode-mail',
          digits: m[2] ?? '',
          label: m[1] ?? '',
        });
    for (const m of text.matchAll(FIXED_LINE)) {
      const area = m[2] ?? m[3] ?? '';
      const local = m[4] ?? '';
      if (localLengthWrong(area, local) && !runIntoYear(area, local))
        out.push({
          text: m[0].trim(),
          kind: 'fixed-line',
          digits: local,
          areaCode: area,
          label: m[1] ?? '',
        });
    }
    return out;
  },
);

function messageOf(slip: ContactSlip, where = `联系方式“${slip.text}”`): string {
  if (slip.kind === 'postcode-mail')
    return `${where}：${slip.label}一栏填的是电子邮箱“${slip.digits}”，邮政编码（6 位数字）没有写，请补上邮政编码，邮箱另列“电子邮箱”一栏`;
  if (slip.kind === 'postcode') {
    const how = slip.digits.length < 6 ? '少了' : '多了';
    return `${where}：邮政编码应为 6 位数字，这里是 ${slip.digits.length} 位（${how} ${Math.abs(6 - slip.digits.length)} 位），请核对`;
  }
  const should = SHORT_AREA.test(slip.areaCode ?? '') ? '8 位' : '7 位或 8 位';
  return `${where}：${slip.label}号码区号 ${slip.areaCode} 之后的本地号码应为 ${should}，这里是 ${slip.digits.length} 位，请核对`;
}

/** The contact fields whose numbers are read, each as the label a printed number has. */
const CONTACT_FIELDS = [
  ['postcode', '邮编', '邮政编码'],
  ['phone', '电话', '联系电话'],
  ['fax', '传真', '传真'],
] as const satisfies readonly (readonly [keyof ContactBlock, string, string])[];

/**
 * The slips of the contact block's fields as typed (the form's 邮政编码, 联系电话, 传真), read as
 * the same number printed after its label; a number the preface also prints is said there, once.
 */
function contactFieldFindings(ctx: CheckContext): Finding[] {
  const { contact, preface } = ctx.report.meta;
  const stated = preface.replace(/\s+/g, '');
  const found: Finding[] = [];
  for (const [key, label, field] of CONTACT_FIELDS) {
    const value = contact[key].trim();
    if (value === '' || stated.includes(value.replace(/\s+/g, ''))) continue;
    const slips = contactSlips(`${label}:${value}`);
    if (slips.length === 0) continue;
    const where = `联系方式中的${field}“${value}”`;
    found.push({
      target: `contact.${key}`,
      section: 'meta',
      fields: [`contact.${key}`],
      message: slips.map((slip) => messageOf(slip, where)).join('；'),
    });
  }
  return found;
}

export const contactNumberCheck = defineCheck({
  id: 'contact-number-malformed',
  severity: 'warning',
  spec: '4.5',
  title: '联系方式的号码位数不对',
  run(ctx) {
    return [
      ...textFindings(
        ctx,
        (text) => {
          const slips = contactSlips(text);
          return slips.length > 0 ? slips : null;
        },
        (slips) =>
          slips.map((slip) => messageOf(slip)).join('；') +
          (slips.length > 1 ? `（同一部分共 ${slips.length} 处）` : ''),
      ),
      ...contactFieldFindings(ctx),
    ];
  },
});
