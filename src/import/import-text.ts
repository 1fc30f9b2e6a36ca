import { escapeRegExp } from '@/domain/format/text';
import { formats } from '@templates/index';
import { interpretBlocks } from './interpret';
import { matchSectionHeading } from './sections';
import { textToBlocks } from './text/text-to-blocks';
import type { ImportResult } from './types';

/** Longest pasted text accepted (a report is ~20,000 characters; this leaves a wide margin). */
export const MAX_TEXT_LENGTH = 500_000;

/**
 * A heading with the official wording inside a line after a sentence's end or the title's
 * `…年度报告`: between spaces (`…止。 一、总体情况 2022年,…`, `清水县人民政府2019年 政府信息公开工作
 * 年度报告 一、总体情况 2019年,…`: pages whose paragraphs were joined into one line), or ending
 * the line with or without a space before it (`…电话:0714-8766001)。一、总体情况`: a preface
 * whose heading lost its line break). One space may follow its `、` (`…联系。 一、 总体情况 2024年,…`,
 * real: 闵行区马桥镇 2024). Or ending a page's line of its source (`2022年01月19日 来源: 上海普陀一、总体情况`,
 * real: 长风新村街道 2021: the page's date and source line run into the first heading). Or run straight
 * into its first words when these are a year or a sub-heading (`…止。 一、总体情况2023,云岭乡认真…`,
 * real: 永嘉县云岭乡 2023; a preface's list of parts goes on with `；` or `、`, never a digit).
 * Since a fix of stop 48 after the measure of 1724–1768: the sentence's end inside the bracket it
 * closes (`…(地址:…;电子邮箱:gmjdxx@shmh.gov.cn。) 一、总体情况 为夯实…`, real: 闵行区古美路街道 2022, a
 * page joined into one line): the heading after it all the same.
 */
const INLINE_HEADING = new RegExp(
  `(?<=[。；;！？][)）]?|年度报告|来源[:：][^\n]{0,40})[ \u3000\u00a0]*((?:${[
    ...new Set(
      formats.flatMap((f) =>
        f.sections.map((x) => escapeRegExp(x.heading).replace('、', '、[ \u3000\u00a0]?')),
      ),
    ),
  ].join('|')}))(?:[ \u3000\u00a0]+|[ \u3000\u00a0]*(?=\n|$)|(?=[0-9０-９(（]))`,
  'g',
);

/**
 * A first heading in the report's own words inside a line, between spaces after a sentence's end
 * or the preface's `如下:` (`…报告如下: 一、2020年政务公开工作完成情况及成效 (一)机构建设方面。…`,
 * real: 临洮县上营乡 2020): split off when its words are an overview's (sections.ts decides).
 */
const INLINE_OWN_FIRST_HEADING =
  /(?<=[。；;！？:：])[ \u3000\u00a0]*(一[、.．][^\s。；;，,：:]{2,30})[ \u3000\u00a0]+/g;
const splitOwnFirstHeading = (whole: string, heading: string): string =>
  matchSectionHeading(heading, formats[0]?.sections ?? [], 0)?.id === 'overview'
    ? `\n${heading}\n`
    : whole;

/**
 * Since a fix of stop 39 after the measure of 1109–1138: a sub-heading inside a page joined into one
 * line, after a sentence's end and a space (`…的权力。 (一)主动公开 2023年度…`, real: 永嘉县云岭乡
 * 2023; `…公开工作。 (二)依申请公开情况。`, `…。 2、政府信息依申请公开情况`): a reader starts a new
 * paragraph there. Only a bracketed Chinese numeral or a number with `、`/`.` right before a word
 * (never `2.5`, never a number in a sentence, which follows no space after a full stop).
 */
const INLINE_SUB_HEADING =
  /(?<=[。；;！？])[ \u3000\u00a0]+(?=(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])[\u4e00-\u9fff])/g;
/**
 * A bracketed sub-heading of a few words with a space after it, on a line of its own after the
 * split above (`(一)主动公开 2023年度在…`): the heading's line, then its paragraph, as printed.
 */
const SUB_HEADING_THEN_SPACE =
  /^([（(][一二三四五六七八九十]{1,3}[)）][\u4e00-\u9fff]{2,20})[ \u3000\u00a0]+(?=\S)/gm;

/**
 * Since a fix of stop 40 after the measure of 1199–1258: a part's numeral printed alone on its line
 * and its words on the next (`一、` then `总体情况`, real: 大英县 2020; `二、` then `主要公开政府信息情况`,
 * real: 沙依巴克区 2019) is one heading, as a reader sees it. Only words of a heading's length with no
 * sentence's stop (a table's `三、` then `本`, a PDF's row name cut one character a line, stays).
 */
const NUMERAL_ALONE_THEN_WORDS =
  /^([一二三四五六七八九十][、,.．])[ \t\u3000\u00a0]*\n[ \t\u3000\u00a0]*([\u4e00-\u9fff][^\n。；;，,！!？?:：]{1,29}?)[ \t\u3000\u00a0]*$/gm;

/**
 * Since a fix of stop 40 after the measure of 1199–1258: a page's field of its index line holding the
 * preface (`索引号:… 发文机关:… 时效性:根据《中华人民共和国政府信息公开条例》规定和…等要求,对…进行汇总
 * 报告。内容包含总体情况、…等。…`, real: 屯昌县卫健委 2022): the preface begins a line of its own there,
 * the page's fields before it. Only a field followed by a sentence giving the report's basis.
 */
const PREFACE_IN_PAGE_FIELD = /(?<=时效性[:：][ \t\u3000]*)(?=(?:根据|依据|按照)[^\n]{30,})/g;

/** Imports a report pasted as text (from a web page, a PDF or Word). Never throws. */
export function importText(text: string): ImportResult {
  if (text.trim() === '')
    return { ok: false, message: '没有可导入的文字：请把年度报告的全文粘贴到文本框中。' };
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      ok: false,
      message: `粘贴的文字太长（${text.length} 个字符，上限 ${MAX_TEXT_LENGTH}）。请只粘贴一份年度报告。`,
    };
  }
  try {
    const lines = text
      .replace(NUMERAL_ALONE_THEN_WORDS, '$1$2')
      .replace(PREFACE_IN_PAGE_FIELD, '\n')
      .replace(INLINE_HEADING, '\n$1\n')
      .replace(INLINE_OWN_FIRST_HEADING, splitOwnFirstHeading)
      .replace(INLINE_SUB_HEADING, '\n')
      .replace(SUB_HEADING_THEN_SPACE, '$1\n');
    return interpretBlocks(textToBlocks(lines), 'text');
  } catch (e) {
    console.error('importText failed', e);
    return {
      ok: false,
      message: '读取这段文字时出错，无法导入。请检查粘贴的内容，或改为选择 Word 文件（.docx）。',
    };
  }
}
