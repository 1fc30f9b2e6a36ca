import { cleanField } from '../normalise-text';
import { isPageNumber, isValueToken } from '../text/line-tokens';
import type { Block } from '../types';

/**
 * Rebuilds paragraphs and table rows from the positioned text of a PDF (SPEC §8). Pure: the
 * caller (read-pdf.ts) extracts the text items with pdfjs.
 *
 * - Lines: items whose baselines are within half a character height, left to right.
 * - Segments: runs of items on a line separated by less than ~0.6 character of space; table
 *   cells are further apart than that, words of a paragraph are not.
 * - A line with a number (or a mark of none: `—` `/` `无`) right of its text is a table row. The
 *   value columns of a run of rows are found by clustering the x positions (left edges and
 *   centres: cells are left-aligned or centred) of all its values; a row with fewer values than
 *   the fullest nearby row gets '' for the columns it leaves empty, so no value shifts.
 * - Lines with text only in the label area between rows are wrapped labels: each goes to the
 *   row it is nearer to, and fragments are joined per label column (x), so
 *   `（二）部分公开（区分处理的，只` / `计这一情形，不计其他情形）` reads as one label.
 * - Other lines are paragraphs; a line continues the previous one unless the previous ended
 *   short of the right margin or this one is indented. Page numbers (`- 4 -`) are dropped.
 * - Each page is laid out on its own; a table that continues on the next page simply goes on
 *   (the interpreter keeps the table context).
 */

export interface PdfItem {
  readonly str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (character height). */
  readonly height: number;
}

export interface PdfPage {
  readonly items: readonly PdfItem[];
}

interface Segment {
  text: string;
  x: number;
  right: number;
}

interface Line {
  readonly y: number;
  readonly height: number;
  readonly segments: readonly Segment[];
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

/** Items grouped into lines (top to bottom), each split into segments at wide gaps. */
export function pageLines(items: readonly PdfItem[]): Line[] {
  const visible = items.filter((i) => !isBlank(i.str) && i.height > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    const ref = last?.[0];
    if (last && ref && Math.abs(ref.y - item.y) < 0.5 * Math.min(ref.height, item.height))
      last.push(item);
    else groups.push([item]);
  }
  return groups.map((g) => {
    const items = [...g].sort((a, b) => a.x - b.x);
    const height = Math.min(...items.map((i) => i.height));
    const segments: Segment[] = [];
    for (const item of items) {
      const prev = segments[segments.length - 1];
      const gap = prev ? item.x - prev.right : Infinity;
      if (prev && gap < 0.6 * height) {
        prev.text +=
          gap > 0.15 * height && /[\dA-Za-z]$/.test(prev.text) ? ` ${item.str}` : item.str;
        prev.right = Math.max(prev.right, item.x + item.width);
      } else segments.push({ text: item.str, x: item.x, right: item.x + item.width });
    }
    return { y: items[0]?.y ?? 0, height, segments: segments.flatMap(splitValues) };
  });
}

/** `12 3 0` in one segment (narrow columns): one segment per value, at estimated positions. */
function splitValues(s: Segment): Segment[] {
  const tokens = s.text.trim().split(/\s+/);
  if (tokens.length < 2 || !tokens.every(isValueToken)) return [s];
  const perChar = (s.right - s.x) / Math.max(1, s.text.length);
  const out: Segment[] = [];
  let at = 0;
  for (const t of tokens) {
    const start = s.text.indexOf(t, at);
    out.push({ text: t, x: s.x + start * perChar, right: s.x + (start + t.length) * perChar });
    at = start + t.length;
  }
  return out;
}

const isValue = (s: Segment): boolean => isValueToken(s.text);

/** A table row: text (maybe none) then values, the first value right of every label. */
function rowParts(line: Line): { labels: Segment[]; values: Segment[] } | null {
  const first = line.segments.findIndex(isValue);
  if (first < 0) return null;
  const after = line.segments.slice(first);
  // A number inside a sentence (`全年组织 4 次…`) is not a table: everything after the first
  // value must be a value too.
  if (!after.every(isValue)) return null;
  const labels = line.segments.slice(0, first);
  // A line of bare numbers with nothing to its left at the left margin is still a row (表四's
  // values sit under a header); a lone number far left is a paragraph (a year, a count).
  if (labels.length === 0 && after.length < 2) return null;
  return { labels, values: after };
}

/** Cluster 1-D positions: sorted, split where neighbours are more than `tolerance` apart. */
function clusters(xs: readonly number[], tolerance: number): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - (last[last.length - 1] ?? x) <= tolerance) last.push(x);
    else out.push([x]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

function nearest(centres: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < centres.length; i++)
    if (Math.abs((centres[i] ?? 0) - x) < Math.abs((centres[best] ?? 0) - x)) best = i;
  return best;
}

interface Row {
  readonly line: Line;
  readonly labels: Segment[];
  readonly values: Segment[];
}

/**
 * The cells of each row of one run, with '' where a row leaves a column of the fullest row
 * next to it empty. Columns are clustered on left edges or centres, whichever gives fewer.
 */
function placeValues(rows: readonly Row[]): string[][] {
  const height = Math.min(...rows.map((r) => r.line.height));
  const tolerance = 0.8 * height;
  const all = rows.flatMap((r) => r.values);
  const byLeft = clusters(
    all.map((v) => v.x),
    tolerance,
  );
  const byCentre = clusters(
    all.map((v) => (v.x + v.right) / 2),
    tolerance,
  );
  const useLeft = byLeft.length <= byCentre.length;
  const centres = useLeft ? byLeft : byCentre;
  const pos = (v: Segment): number => (useLeft ? v.x : (v.x + v.right) / 2);
  const columnsOf = rows.map((r) => r.values.map((v) => nearest(centres, pos(v))));
  return rows.map((r, i) => {
    const cols = columnsOf[i] ?? [];
    const distinct = new Set(cols).size === cols.length;
    // The fullest row in this run whose columns include all of this row's.
    let model: number[] | null = null;
    for (const other of columnsOf) {
      if (other.length <= cols.length || new Set(other).size !== other.length) continue;
      if (!cols.every((c) => other.includes(c))) continue;
      if (!model || other.length > model.length) model = other;
    }
    const texts = r.values.map((v) => v.text.trim());
    if (!model || !distinct) return texts;
    return model.map((c) => {
      const at = cols.indexOf(c);
      return at < 0 ? '' : (texts[at] ?? '');
    });
  });
}

/** A label that starts a row of its own: `1.`, `（三）`, `三、`, `2、`. */
const NUMBERED =
  /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[.．、])/;

interface Group {
  texts: string[];
  top: number;
  bottom: number;
  owner: number | null;
}

/**
 * Label fields of each row of a run. Fragments (the rows' own label text and the label-only
 * lines around them) are split into label columns by x, and each column into labels: a new
 * label starts at a numbered fragment, after a gap wider than line spacing, or where another
 * row's own fragment is. A row takes the label that holds its own fragment; a label holding
 * none (a wrapped label around a value centred in its cell, a merged group label) goes to the
 * row nearest to it. Labels of rows without any value are left out.
 */
function labelFields(
  rows: readonly Row[],
  labelLines: readonly Line[],
  height: number,
): string[][] {
  const frags = [
    ...rows.flatMap((r, i) => r.labels.map((s) => ({ s, y: r.line.y, owner: i as number | null }))),
    ...labelLines.flatMap((l) => l.segments.map((s) => ({ s, y: l.y, owner: null }))),
  ];
  const columns = clusters(
    frags.map((f) => f.s.x),
    1.5 * height,
  );
  /** Per row, per column: the label taken and how far it is (−1: the row's own). */
  const fields: Map<number, { text: string; d: number }>[] = rows.map(() => new Map());
  columns.forEach((_, col) => {
    const inColumn = frags
      .filter((f) => nearest(columns, f.s.x) === col)
      .sort((a, b) => b.y - a.y || a.s.x - b.s.x);
    const groups: Group[] = [];
    for (const f of inColumn) {
      const g = groups[groups.length - 1];
      const text = f.s.text.trim();
      const fresh =
        !g ||
        NUMBERED.test(text) ||
        g.bottom - f.y > 2.8 * height ||
        (f.owner !== null && g.owner !== null && g.owner !== f.owner);
      if (fresh) groups.push({ texts: [text], top: f.y, bottom: f.y, owner: f.owner });
      else {
        g.texts.push(text);
        g.bottom = Math.min(g.bottom, f.y);
        g.owner ??= f.owner;
      }
    }
    for (const g of groups) {
      let owner = g.owner;
      let best = -1;
      if (owner === null) {
        best = Infinity;
        rows.forEach((r, i) => {
          const y = r.line.y;
          const d =
            y <= g.top && y >= g.bottom ? 0 : Math.min(Math.abs(y - g.top), Math.abs(y - g.bottom));
          if (d < best) {
            best = d;
            owner = i;
          }
        });
        if (best > 2.5 * height) owner = null;
      }
      const target = owner === null ? undefined : fields[owner];
      const taken = target?.get(col);
      if (target && (!taken || best < taken.d))
        target.set(col, { text: cleanField(g.texts.join('')), d: best });
    }
  });
  return fields.map((m) => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t.text));
}

/** How a page's text meets the page break: whether its last and first paragraphs run across it. */
interface PageEdges {
  /** The last paragraph's last line reaches the right margin and ends without a stop. */
  readonly endsOpen: boolean;
  /** The page's first block is a paragraph whose first line is not indented. */
  readonly startsUnindented: boolean;
}

/** Sentence-final or clause-final marks: a line ending in one may end its paragraph. */
const STOP = /[。！？；：!?;:）)」』”]$/u;

/** Blocks of one page's lines. */
function pageBlocks(lines: readonly Line[], out: Block[]): PageEdges {
  const first = out.length;
  let startsUnindented = false;
  const right = Math.max(...lines.flatMap((l) => l.segments.map((s) => s.right)));
  const left = Math.min(...lines.flatMap((l) => l.segments.map((s) => s.x)));
  const parts = lines.map(rowParts);
  /** Text only left of the current run's value columns: a wrapped label, if rows are near. */
  const labelOnly = (l: Line): boolean => {
    const valueLeft = Math.min(...run.flatMap((r) => r.values.map((v) => v.x)));
    return l.segments.every((s) => s.right < valueLeft - 0.5 * l.height);
  };

  let run: Row[] = [];
  let runLabels: Line[] = [];
  let pending: Line[] = [];
  let paragraph: { text: string; right: number; indented: boolean } | null = null;
  const flushParagraph = (): void => {
    if (paragraph && cleanField(paragraph.text) !== '') {
      if (out.length === first) startsUnindented = !paragraph.indented;
      out.push({ kind: 'paragraph', text: paragraph.text });
    }
    paragraph = null;
  };
  const flushRun = (): void => {
    if (run.length === 0) return;
    const height = Math.min(...run.map((r) => r.line.height));
    const cells = placeValues(run);
    const labels = labelFields(run, runLabels, height);
    run.forEach((_, i) =>
      out.push({ kind: 'row', fields: [...(labels[i] ?? []), ...(cells[i] ?? [])] }),
    );
    run = [];
    runLabels = [];
  };
  const asParagraph = (l: Line): void => {
    const text = l.segments.map((s) => s.text).join(' ');
    const x = l.segments[0]?.x ?? left;
    const indented = x > left + 1.5 * l.height;
    if (paragraph && !indented && paragraph.right > right - 2 * l.height) paragraph.text += text;
    else {
      flushParagraph();
      paragraph = { text, right: 0, indented };
    }
    paragraph.right = l.segments[l.segments.length - 1]?.right ?? 0;
  };
  /**
   * Pending label lines: between two rows, each goes to the nearer; after the last row of a
   * run, only lines that follow on from it (line spacing, not a paragraph's gap) are its own.
   */
  const settle = (below: Row | null): void => {
    const above = run[run.length - 1] ?? null;
    const rest: Line[] = [];
    let lowest = above ? above.line.y : 0;
    for (const l of pending) {
      if (above && (below || lowest - l.y < 1.9 * l.height)) {
        runLabels.push(l);
        lowest = Math.min(lowest, l.y);
      } else rest.push(l);
    }
    pending = [];
    if (rest.length > 0) {
      flushRun();
      for (const l of rest) asParagraph(l);
    }
  };

  /**
   * A numbered label line right above the first row of a run (`1.本机关不掌握相关` over a value
   * row, `政府信息` under it: a label wrapped around a value centred in its cell).
   */
  let leading: Line | null = null;
  const leadsRow = (line: Line, i: number): boolean => {
    const next = lines[i + 1];
    const row = parts[i + 1];
    const first = row?.values[0];
    return (
      run.length === 0 &&
      next !== undefined &&
      first !== undefined &&
      line.segments.length === 1 &&
      NUMBERED.test(line.segments[0]?.text.trim() ?? '') &&
      line.y - next.y < 1.9 * line.height &&
      line.segments.every((s) => s.right < first.x - 0.5 * line.height)
    );
  };

  lines.forEach((line, i) => {
    const text = line.segments.map((s) => s.text).join('');
    if (isPageNumber(text)) return;
    let p = parts[i];
    // A lone value under the run's columns: a row whose label is on the lines around it.
    if (!p && run.length > 0 && line.segments.length === 1 && line.segments.every(isValue)) {
      const valueLeft = Math.min(...run.flatMap((r) => r.values.map((v) => v.x)));
      if ((line.segments[0]?.x ?? 0) >= valueLeft - line.height)
        p = { labels: [], values: [...line.segments] };
    }
    if (p) {
      flushParagraph();
      const row: Row = { line, labels: p.labels, values: p.values };
      // Rows far apart are different tables (a paragraph or heading lies between).
      settle(row);
      run.push(row);
      if (leading) runLabels.push(leading);
      leading = null;
      return;
    }
    if (leading) {
      asParagraph(leading);
      leading = null;
    }
    if (run.length > 0 && labelOnly(line)) {
      pending.push(line);
      return;
    }
    settle(null);
    flushRun();
    if (leadsRow(line, i)) {
      flushParagraph();
      leading = line;
      return;
    }
    if (line.segments.length > 1 && line.segments.some((s) => s.x > left + 4 * line.height)) {
      // A header row (several cells): a row of its own, so the interpreter sees its labels.
      flushParagraph();
      out.push({ kind: 'row', fields: line.segments.map((s) => cleanField(s.text)) });
      return;
    }
    asParagraph(line);
  });
  settle(null);
  flushRun();
  // (Assigned in the closures above, which TypeScript's narrowing does not see.)
  const last = paragraph as { text: string; right: number } | null;
  const height = lines[lines.length - 1]?.height ?? 0;
  const endsOpen =
    last !== null && last.right > right - 2 * height && !STOP.test(cleanField(last.text));
  flushParagraph();
  return { endsOpen, startsUnindented };
}

/**
 * Each page's blocks, a paragraph that runs over a page break joined again: the last line of a
 * page reaches the margin without a stop and the next page starts with an unindented paragraph
 * line (real: 淮安市 2024, `…“建设‘四最’一流` / `- 1 -` / `营商环境高质量推进产业发展”…`).
 */
export function pdfBlocks(pages: readonly PdfPage[]): Block[] {
  const out: Block[] = [];
  let open = false;
  for (const page of pages) {
    const lines = pageLines(page.items);
    if (lines.length === 0) continue;
    const start = out.length;
    const edges = pageBlocks(lines, out);
    const before = out[start - 1];
    const head = out[start];
    if (
      open &&
      edges.startsUnindented &&
      before?.kind === 'paragraph' &&
      head?.kind === 'paragraph'
    ) {
      out.splice(start - 1, 2, { kind: 'paragraph', text: before.text + head.text });
    }
    open = edges.endsOpen;
  }
  return out;
}

/** Characters of text in the pages (0 for a scanned PDF). */
export function textLength(pages: readonly PdfPage[]): number {
  return pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0), 0);
}
