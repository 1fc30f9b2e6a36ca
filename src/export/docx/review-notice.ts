import {
  AlignmentType,
  type Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatChineseDate } from '@/domain/format/date';
import { severityLabels, type Issue, type Severity } from '@/domain/rules/types';
import type { RulePack } from '@/domain/template/rule-pack';
import { reviewRow } from '@/review/rows';
import { packCheckPrefix, reviewedUnits } from '@/review/unit';
import type { ReviewUnit } from '@/review/types';
import { docxMimeType } from './pack';
import { noGridStyle, withGridStyles } from './grid-styles';
import { officialDocument } from './official-document';
import { narrativeParagraph, sectionHeading } from './paragraphs';
import { textRun } from './runs';
import { bodyLine, fonts, sizes, textWidth } from './styles';
import { borders } from './table';
import { cleanText } from './text';

/**
 * The review's 通报 (SPEC §9) in the document style of the reports themselves (SPEC §6): title
 * in 方正小标宋简体, body in 仿宋_GB2312 on A4 with the GB/T 9704 margins, a summary table of every
 * unit, then one part per unit with its problems in plain Chinese.
 */

const listed: readonly Severity[] = ['error', 'incomplete', 'warning'];
const chineseOrdinals = '一二三四五六七八九十';
/** 1 → 一, 12 → 十二, 25 → 二十五 (units and tens: a review has fewer than 100 units a part). */
function ordinal(n: number): string {
  if (n <= 10) return chineseOrdinals[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens >= 10) return String(n);
  return `${tens === 1 ? '' : (chineseOrdinals[tens - 1] ?? '')}十${ones === 0 ? '' : (chineseOrdinals[ones - 1] ?? '')}`;
}

export interface ReviewNoticeOptions {
  /** Report year the review is about (the title says it); by default the most frequent. */
  readonly year?: number | null;
  /** Who issues the 通报 (signature), optional. */
  readonly issuer?: string;
  /** ISO date of the 通报, optional. */
  readonly date?: string | null;
  /** The region's rule pack the units were checked with: named in the 通报, its findings marked. */
  readonly pack?: RulePack | null;
}

function mostFrequentYear(units: readonly ReviewUnit[]): number | null {
  const counts = new Map<number, number>();
  for (const u of units)
    if (u.ok && u.report.meta.year !== null)
      counts.set(u.report.meta.year, (counts.get(u.report.meta.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

/**
 * A unit's problems as sentences (errors, then incomplete, then warnings); those of the rule pack
 * `pack` say so (`【提醒】（按武威市…要求）…`).
 */
export function unitProblems(unit: ReviewUnit, pack?: RulePack | null): string[] {
  if (!unit.ok) return [`文件无法读取：${unit.message}`];
  const out: string[] = [];
  if (!unit.read.complete)
    out.push(`报告未能完整读取（${unit.read.notes.join('；')}），请核对原文件。`);
  const open = (i: Issue): boolean => !i.dismissed;
  for (const severity of listed)
    for (const issue of unit.issues.filter((i) => i.severity === severity && open(i)))
      out.push(
        `【${severityLabels[severity]}】${pack && issue.checkId.startsWith(packCheckPrefix(pack)) ? `（按${pack.name}）` : ''}${issue.message}${/[。！？]$/u.test(issue.message) ? '' : '。'}`,
      );
  return out;
}

export function unitName(unit: ReviewUnit): string {
  const name = unit.ok ? unit.report.meta.agencyName.trim() : '';
  return name || `文件“${unit.fileName}”`;
}

function summaryTable(units: readonly ReviewUnit[]): Table {
  const headers = ['序号', '单位', '成文日期', '逾期', '错误', '未完成', '提醒', '读取'];
  const relative = [6, 30, 23, 7, 7, 9, 7, 11];
  const total = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / total) * textWidth));
  const cell = (text: string, col: number, align: 'left' | 'center' = 'center'): TableCell =>
    new TableCell({
      width: { size: widths[col] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          style: noGridStyle,
          alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: text === '' ? [] : [textRun(text, fonts.body, sizes.tableSmall)],
        }),
      ],
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: headers.map((h, i) => cell(h, i)),
    }),
    ...units.map((unit, index) => {
      const row = reviewRow(unit);
      const date = row.reportDate ? formatChineseDate(row.reportDate) || row.reportDate : '未读到';
      const values = row.ok
        ? [
            String(index + 1),
            unitName(unit),
            date,
            row.late ? '逾期' : '',
            String(row.counts.error),
            String(row.counts.incomplete),
            String(row.counts.warning),
            row.readComplete ? '完整' : '不完整',
          ]
        : [String(index + 1), unitName(unit), '', '', '', '', '', '无法读取'];
      return new TableRow({
        cantSplit: true,
        children: values.map((v, i) => cell(v, i, i === 1 ? 'left' : 'center')),
      });
    }),
  ];
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders,
    margins: { top: 20, bottom: 20, left: 57, right: 57 },
  });
}

function plain(text: string): Paragraph {
  return narrativeParagraph(text);
}

export function buildReviewNotice(
  files: readonly ReviewUnit[],
  options: ReviewNoticeOptions = {},
): Document {
  const units = reviewedUnits(files);
  const year = options.year === undefined ? mostFrequentYear(units) : options.year;
  const title = `关于${year === null ? '' : `${year}年度`}政府信息公开工作年度报告审核情况的通报`;
  const rows = units.map(reviewRow);
  const withErrors = rows.filter((r) => r.counts.error > 0).length;
  const incomplete = rows.filter((r) => r.ok && r.counts.incomplete > 0).length;
  const late = rows.filter((r) => r.late).length;
  const failed = rows.filter((r) => !r.ok).length;
  const { pack } = options;
  const clean = units.filter((u) => u.ok && unitProblems(u, pack).length === 0).length;
  const basis = pack
    ? `审核依据《中华人民共和国政府信息公开条例》、年度报告格式要求及${pack.name}（${pack.source}）。`
    : '';

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      style: noGridStyle,
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: bodyLine },
      children: [new TextRun({ text: cleanText(title), font: fonts.title, size: sizes.title })],
    }),
    plain(
      `现将各单位报送的${year === null ? '' : `${year}年度`}政府信息公开工作年度报告审核情况通报如下。${basis}本次共审核${units.length}份，其中有错误的${withErrors}份，内容未完成的${incomplete}份，逾期成文的${late}份，无法读取的${failed}份，未发现问题的${clean}份。`,
    ),
    sectionHeading('一、审核情况'),
    summaryTable(units),
    sectionHeading('二、各单位存在的问题'),
  ];
  units.forEach((unit, i) => {
    children.push(narrativeParagraph(`（${ordinal(i + 1)}）${cleanText(unitName(unit))}`));
    const problems = unitProblems(unit, pack);
    if (problems.length === 0) children.push(plain('未发现问题。'));
    problems.forEach((p, n) => children.push(plain(`${n + 1}. ${p}`)));
  });
  children.push(
    sectionHeading('三、有关要求'),
    plain(
      '请有关单位对照上述问题逐项核实、修改，按规定重新发布年度报告，并将修改情况报送政府信息公开工作主管部门。',
    ),
  );
  const signature = [
    cleanText(options.issuer ?? '').trim(),
    formatChineseDate(options.date),
  ].filter((s) => s !== '');
  if (signature.length > 0) {
    children.push(new Paragraph({ children: [] }));
    for (const line of signature)
      children.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: 1280 },
          spacing: { line: bodyLine, lineRule: LineRuleType.EXACT },
          children: [textRun(line, fonts.body, sizes.body)],
        }),
      );
  }

  return officialDocument({
    title,
    creator: cleanText(options.issuer ?? '').trim() || '年报助手',
    children,
  });
}

/** The 通报 as a .docx Blob with its file name. Works in the browser and in Node. */
export async function packReviewNotice(
  units: readonly ReviewUnit[],
  options: ReviewNoticeOptions = {},
): Promise<{ bytes: Uint8Array; fileName: string; mimeType: string }> {
  const doc = buildReviewNotice(units, options);
  const year = options.year === undefined ? mostFrequentYear(reviewedUnits(units)) : options.year;
  return {
    bytes: withGridStyles(await Packer.pack(doc, 'uint8array')),
    fileName: `${year === null ? '' : `${year}年度`}政府信息公开工作年度报告审核通报.docx`,
    mimeType: docxMimeType,
  };
}
