import { unifyForms } from './normalise-text';

/**
 * A web page's furniture around a report: its properties (`来源:区文体旅游科技局`, `发布日期:…`),
 * counters (`点击:[]`, `浏览次数:`, `阅读次数:0次`) and buttons (`【字体: 大 中 小】`, `打印`,
 * `关闭`, `分享`), printed on lines of their own between the title and the preface. None of it is
 * the clerk's text.
 */

/** Labels of a page's properties and counters, the longest first (`浏览次数` before `浏览`). */
const LABELS = [
  '发布日期',
  '发布时间',
  '发表日期',
  '发表时间',
  '成文日期',
  '公开日期',
  '生成日期',
  '更新时间',
  '更新日期',
  '修改时间',
  '发文日期',
  '印发日期',
  '信息来源',
  '文章来源',
  '所属栏目',
  '发布机构',
  '发布单位',
  '发文机关',
  '发文单位',
  '成文机关',
  '所属机构',
  '所属单位',
  '所属部门',
  '主题分类',
  '体裁分类',
  '组配分类',
  '公开时限',
  '名称',
  '标题',
  '发布人',
  '发布者',
  // Since stop 36, after the measure of 869–898: `2021-02-09 发布:卓尼县人民政府办公室 点击数:` (real:
  // 卓尼县 2020), the publisher under its shortest label.
  '发布',
  '录入人员',
  '录入人',
  '责任编辑',
  '保护视力色',
  '字体颜色',
  '发文字号',
  '索引号',
  '关键词',
  '关键字',
  '主题词',
  '公开形式',
  '公开方式',
  '公开范围',
  '责任部门',
  '是否有效',
  '有效性',
  '点击数',
  '点击量',
  '点击率',
  '浏览次数',
  '浏览量',
  '访问次数',
  '访问量',
  '阅读次数',
  '阅读量',
  '阅读数',
  '来源',
  '投稿',
  '作者',
  '编辑',
  '栏目',
  '文号',
  '字号',
  '字体',
  '点击',
  '浏览',
  '阅读',
  '日期',
  '时间',
].sort((a, b) => b.length - a.length);

const LABEL = LABELS.join('|');
/** A table's label spaced out to its column's width (`索  引  号`, `名        称`): closed up. */
const LABEL_SPACED = new RegExp(LABELS.map((l) => [...l].join('[ \\t\u3000]+')).join('|'), 'g');
/** Labels whose value is a list of words (`主题词 阿合奇县 人民政府 2020 年度报告`), up to the next label. */
const WORDS_LABEL = /^(?:主题词|关键词|关键字)[:：]?$/;
/** A label, then its colon and value, or a number glued to it (`阅读次数0次`), or nothing. */
const LABEL_TOKEN = new RegExp(`^(?:${LABEL})(?:[:：].*|(?=\\d).*)?$`);
/** A label with nothing after it: the next token may be its value (`来源: 上海普陀`). */
const LABEL_EMPTY = new RegExp(`^(?:${LABEL})[:：]?$`);
/** Where a label begins inside a token (`栏目:…年报来源:…`, `10时25分浏览次数:`): split there. */
const LABEL_AT = new RegExp(`(?:${LABEL})(?=[:：\\d\\s]|$)`, 'g');

/** A date, its time glued to it or not (`2024-01-11`, `2022年01月27日`, `2025.01.08`). */
export const DATE_PART = /(\d{4})[-年/.．](\d{1,2})[-月/.．](\d{1,2})日?/;
const DATE_TOKEN = new RegExp(
  `^${DATE_PART.source}(?:\\d{1,2}[:：时]\\d{2}(?:[:：分]\\d{2}秒?|分)?)?$`,
);
const TIME_TOKEN = /^\d{1,2}[:：时]\d{2}(?:[:：分]\d{2}秒?|分)?$/;
/** A page's index number without its label (`113701243072282028/2025-6626482`). */
const INDEX_NUMBER = /^[0-9A-Za-z]{4,}[/／]\d{4}-\d{2,}$/;

/** An agency's name, as a page prints the publisher after the date. */
export const AGENCY_NAME =
  /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|办公厅|局|委员会|委|办|办事处|管委会|镇|乡|街道|苏木|中心|厅)$/;

/** A page's buttons and share targets. */
const BUTTON =
  /^(?:打印|打印本页|打印此页|打印整页|打印内容|打印文本|关闭|关闭窗口|关闭本页|分享|分享到|文章分享|收藏|加入收藏|我要收藏|纠错|我要纠错|返回|返回顶部|语音播报|恢复默认|大|中|小|微信|微博|空间|QQ空间|qq|QQ|头条|扫一扫\S*)$/;

/** Sentence punctuation: a line with it is text, not furniture. */
const SENTENCE = /[，,。；;！？!?《》“”"]/;

/**
 * Since stop 36, after the measure of 839–868: a counter in round brackets (`2023-01-29 17:32
 * 来源:天山区政务服务管理局   (点击: )`, real: 天山区政务服务管理局 2022): the bracket before a label,
 * and a closing one standing alone, are no words of the page.
 */
const BRACKET_BEFORE_LABEL = new RegExp(`[（(](?=\\s*(?:${LABEL}))`, 'g');
const LONE_CLOSER = /(^|\s)[)）](?=\s|$)/g;

/** A line's tokens: bullets, bars and brackets off, dates' inner spacing closed, labels apart. */
function tokens(line: string): string[] {
  return line
    .replace(/^\s*(?:[•·●▪◆]|-(?=\s))/, ' ')
    .replace(/[[\]【】|｜]/g, ' ')
    .replace(BRACKET_BEFORE_LABEL, ' ')
    .replace(LONE_CLOSER, '$1 ')
    .replace(LABEL_SPACED, (m) => m.replace(/\s+/g, ''))
    .replace(/(\d)\s*([-:：/.．年月时分])\s*(?=\d)/g, '$1$2')
    .replace(/([年月])\s+(?=\d)/g, '$1')
    .replace(LABEL_AT, ' $&')
    .split(/\s+/)
    .filter((t) => t !== '');
}

/** How the tokens of a line read: each a page's furniture or not, and what kind. */
function readTokens(
  line: string,
  afterDate: boolean,
): { readonly furniture: boolean; readonly dates: number } {
  if (line.length > 100) return { furniture: false, dates: 0 };
  const text = unifyForms(line);
  if (SENTENCE.test(text)) return { furniture: false, dates: 0 };
  let dates = 0;
  let buttons = 0;
  let unknown = 0;
  // After a label with no value, or after a date, one value may follow (`来源: 上海普陀…`,
  // `2024-01-26   伊宁县人民政府办公室`).
  let valueMayFollow: 'any' | 'agency' | 'words' | null = afterDate ? 'agency' : null;
  for (const t of tokens(text)) {
    const may = valueMayFollow;
    valueMayFollow = null;
    if (may === 'words' && !LABEL_TOKEN.test(t)) valueMayFollow = 'words';
    else if (DATE_TOKEN.test(t)) {
      dates += 1;
      valueMayFollow = 'agency';
    } else if (TIME_TOKEN.test(t)) valueMayFollow = 'agency';
    else if (LABEL_TOKEN.test(t)) {
      if (WORDS_LABEL.test(t)) valueMayFollow = 'words';
      else if (LABEL_EMPTY.test(t)) valueMayFollow = 'any';
      else if (DATE_PART.test(t)) dates += 1;
    } else if (BUTTON.test(t)) buttons += 1;
    else if (INDEX_NUMBER.test(t)) continue;
    else if (may === 'any' || (may === 'agency' && AGENCY_NAME.test(t))) continue;
    else unknown += 1;
  }
  // A row of buttons may hold one this list does not know (`收藏 我要收藏 公共资源调用站点 文章分享`).
  return { furniture: unknown === 0 || (unknown === 1 && buttons >= 2), dates };
}

/**
 * A line made only of a page's furniture: properties with their values, dates and times, counters,
 * buttons, an index number (real: `2024-01-11 15:04  点击:[] 来源:区文体旅游科技局`, 城中区文体旅游科技局
 * 2023; `• 【字体: 大  中`, 鹤庆县 2019; `阅读次数:0次    发布者:admin    发布日期:2022-01-14`, 湟源县
 * 2021). A sentence (a comma, a full stop, a quoted name) is never furniture.
 */
export function isFurnitureLine(line: string): boolean {
  return /\S/.test(line) && readTokens(line, false).furniture;
}

/**
 * What a page prints after its date on the date's line: the publisher's name, the source, counters
 * and buttons (`15:04  点击:[] 来源:区文体旅游科技局`), with no other date. Empty is furniture too.
 */
export function isFurnitureAfterDate(rest: string): boolean {
  if (!/\S/.test(rest)) return true;
  const read = readTokens(rest, true);
  return read.furniture && read.dates === 0;
}
