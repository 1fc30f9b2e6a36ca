import type { ChangedHeader, RepeatedHeader } from '@/domain/report/types';
import type { FormatTemplate, TableId } from '@/domain/template/types';
import { labelKey } from './normalise-text';

/**
 * A table's header as the source prints it: the header labels met one after another, with no
 * data row or value between them. A label printed more often than any header of the format
 * prints it, where a label of that header is missing, was printed in another's place (real:
 * 康乐县上湾乡 2019 heads 表二's 第二十条第（一）项 `本年新制作数量 | 本年新制作数量 | 对外公开总数量`).
 * A header printed whole twice (a page break) misses nothing and is not recorded, nor is one whose
 * labels were cut or wrapped out of reach (more labels missing than printed too often).
 */
export class HeaderRuns {
  readonly repeated: RepeatedHeader[] = [];
  readonly changed: ChangedHeader[] = [];
  private run: {
    readonly table: TableId;
    readonly keys: string[];
    /** Texts between its labels that are no label (`事业企业`). */
    readonly others: string[];
    /** Its labels and other texts in the order printed (`{ other: true }` for another text). */
    readonly order: { readonly key: string; readonly other: boolean }[];
  } | null = null;

  constructor(private readonly template: FormatTemplate) {}

  /** A printed label that is no data row's: counted when it is a header label of `table`. */
  label(labelled: TableId, text: string): void {
    const key = labelKey(text);
    const holds = (t: TableId) =>
      headerBlocks(this.template, t).some((b) => b.some((l) => l.key === key));
    // A label several tables' headers print (`总计`) belongs to the header being printed.
    const table =
      this.run && this.run.table !== labelled && holds(this.run.table) ? this.run.table : labelled;
    if (!holds(table)) return;
    if (this.run?.table !== table) {
      this.end();
      this.run = { table, keys: [], others: [], order: [] };
    }
    this.run.keys.push(key);
    this.run.order.push({ key, other: false });
  }

  /** A text that is no label, met while a header is printed: perhaps a label changed. */
  other(text: string): void {
    const key = labelKey(text);
    if (this.run && key !== '' && key.length <= 12) {
      this.run.others.push(key);
      this.run.order.push({ key, other: true });
    }
  }

  /**
   * A data row or a value: the header before it is complete. `cut`: the text ended instead (an
   * excerpt cut in the header, real: 崆峒区香莲乡 2020 `本年新公开数`), no label read as shortened.
   */
  end(cut = false): void {
    const run = this.run;
    this.run = null;
    if (!run) return;
    const printed = new Map<string, number>();
    for (const k of run.keys) printed.set(k, (printed.get(k) ?? 0) + 1);
    const blocks = headerBlocks(this.template, run.table);
    this.changedIn(run, printed, blocks, cut);
    for (const [key, times] of printed) {
      const holding = blocks.filter((b) => b.some((l) => l.key === key));
      const most = Math.max(...holding.map((b) => b.filter((l) => l.key === key).length));
      if (times <= most) continue;
      // The header the run stands for: the one it prints most labels of.
      const overlap = (b: readonly HeaderLabel[]) => b.filter((l) => printed.has(l.key)).length;
      const block = holding.reduce((a, b) => (overlap(b) > overlap(a) ? b : a));
      const missing = [...new Set(block.filter((l) => !printed.has(l.key)).map((l) => l.text))];
      const label = block.find((l) => l.key === key)?.text;
      // Printed in another's place: as many labels missing as extra prints (a header cut or
      // wrapped so that its words are not read misses more).
      if (
        label &&
        missing.length > 0 &&
        missing.length <= times - most &&
        !this.repeated.some((r) => r.label === label)
      )
        this.repeated.push({ table: run.table, label, times, missing });
    }
  }

  private changedIn(
    run: {
      readonly table: TableId;
      readonly others: readonly string[];
      readonly order: readonly { readonly key: string; readonly other: boolean }[];
    },
    printed: ReadonlyMap<string, number>,
    blocks: readonly (readonly HeaderLabel[])[],
    cut: boolean,
  ): void {
    if (run.others.length === 0 || printed.size === 0) return;
    const overlap = (b: readonly HeaderLabel[]) => b.filter((l) => printed.has(l.key)).length;
    const block = blocks.reduce<readonly HeaderLabel[] | null>(
      (a, b) => (a === null || overlap(b) > overlap(a) ? b : a),
      null,
    );
    const missing = block && overlap(block) >= 2 ? block.filter((l) => !printed.has(l.key)) : [];
    // A short header (`信息内容 | 本年处理决定数量`, printed by several groups of 表二) is known by
    // all its labels printed but the one changed.
    const short = blocks.flatMap((b) => {
      const left = b.filter((l) => !printed.has(l.key));
      return b.length >= 2 && left.length === 1 ? left : [];
    });
    const meantBy = (other: string, same: (a: string, b: string) => boolean) => {
      const byBlock = missing.filter((l) => same(other, l.key));
      return new Set(
        (byBlock.length > 0 ? byBlock : short.filter((l) => same(other, l.key))).map((l) => l.text),
      );
    };
    for (const other of run.others) {
      const meant = meantBy(other, changedWord);
      const [label] = meant;
      if (meant.size === 1 && label) this.record(run.table, other, label);
      else {
        // Since a fix of stop 36 after the measure of 839–868: a label printed with a stray
        // character inside it (`现在行有效件数` for `现行有效件数`, real: 霞山区海滨街道 2023).
        const added = meantBy(other, addedChar);
        const [into] = added;
        if (added.size === 1 && into) this.record(run.table, other, into);
      }
    }
    // Since a fix of stop 38 after the measure of 1049–1078: a label printed cut right after its
    // slash (`本年增/` for `本年增/减`, real: 互助县政务服务中心 2020's 表二, twice): no label ends
    // with the mark, the word after it was lost (a page's copy, the gatherers of others wrote).
    for (const o of run.others) {
      if (o.length < 3 || !o.endsWith('/')) continue;
      const cutAt = meantBy(o, (a, b) => b.length > a.length && b.startsWith(a));
      const [label] = cutAt;
      // The rest printed on a line of its own (`本年增/` then `减`) is the label wrapped.
      const rest = labelKey(label ?? '').slice(o.length);
      if (cutAt.size === 1 && label && !run.others.includes(rest)) this.record(run.table, o, label);
    }
    // Labels printed with characters dropped: the header is not the format's, two or more of them
    // (`本年发件 | 本年废止件数 | 现行有效件`, real: 滨海新区海滨街 2021) or one with a character lost
    // (`本年制发件数 | 本年废止件数 | 现行有效件`, real: 东湖风景区生态环境分局 2023; the gatherers of
    // five older reports wrote the same as a slip). One label with two lost may be cut by the page.
    // Told from a wrapped label's pieces by what else the header printed: every other text of it
    // a missing label changed or shortened, none a piece left over (`本年制发件` then `数`).
    const shortened = run.others.flatMap((o) => {
      const meant = meantBy(o, droppedChars);
      const [label] = meant;
      return meant.size === 1 && label && meantBy(o, changedWord).size === 0 ? [{ o, label }] : [];
    });
    const explained = run.others.every(
      (o) => meantBy(o, changedWord).size === 1 || shortened.some((x) => x.o === o),
    );
    const labels = new Set(shortened.map((x) => x.label));
    const [lone] = shortened;
    if (
      explained &&
      (labels.size >= 2 ||
        (!cut &&
          shortened.length === 1 &&
          lone &&
          lone.o.length === labelKey(lone.label).length - 1))
    )
      for (const { o, label } of shortened) this.record(run.table, o, label);
    this.rewordedCounts(run.table, run.others, printed, blocks);
    // Another word in a label's place (`本年数量` where 2019's 表二 prints `本年增/减`, real: 合川区
    // 二郎镇 2019): the header's labels all printed, in the format's order, but one, and one text in
    // its place, between the same neighbours; no piece of it (a wrapped label's) nor more.
    const [only] = run.others;
    if (!block || missing.length !== 1 || run.others.length !== 1 || !only) return;
    const [label] = missing;
    if (!label || only.includes(label.key) || label.key.includes(only)) return;
    // All words (`本年增\减` is the label with a mark typed otherwise), not the label shortened
    // (said above, or a slip), and between two printed labels: a text after the header's last
    // label may be the first row's label wrapped (`行政` of `行政事业性收费`).
    if (!/^[\u4e00-\u9fff]{3,}$/.test(only) || droppedChars(only, label.key)) return;
    if (block.at(-1) === label || !inPlace(run.order, block, label)) return;
    this.record(run.table, only, label.text);
  }

  /**
   * Since a fix of stop 56 after the measure of 2261–2305: a header whose count labels are all
   * worded another way, the same way (`本年新 制发数量 | 本年新 废止数量 | 现行有效数量` for 2021's
   * `本年制发件数 | 本年废止件数 | 现行有效件数`, real: 保定市徐水区交通运输局 2021, the 2019 format's `本年新…数量`
   * put on the 2021 labels): however few of its labels are printed as the format's (here only `信息内容`,
   * too few for `missing`), it is known by two or more of its labels, each meant by one text, their
   * words kept and only the measure word (`件数`, `数量`) or the `新` after 本年 changed. One label so (a
   * wrapped piece, a cut) is not read.
   */
  private rewordedCounts(
    table: TableId,
    others: readonly string[],
    printed: ReadonlyMap<string, number>,
    blocks: readonly (readonly HeaderLabel[])[],
  ): void {
    for (const block of blocks) {
      const left = block.filter((l) => !printed.has(l.key));
      const found = others.flatMap((o) => {
        const meant = left.filter((l) => sameCounted(o, l.key));
        return meant.length === 1 && meant[0] ? [{ o, label: meant[0].text }] : [];
      });
      if (
        new Set(found.map((f) => f.label)).size < REWORDED_LEAST ||
        found.length !== new Set(found.map((f) => f.label)).size
      )
        continue;
      for (const { o, label } of found) this.record(table, o, label);
      return;
    }
  }

  /**
   * A data row's label printed with a word of the format's label dropped (`规范性文件` for 2021's
   * `行政规范性文件`): the row was read, its label recorded as changed like a header's.
   */
  rowLabel(table: TableId, printed: string, label: string): void {
    this.record(table, printed, label);
  }

  /**
   * Since a fix of stop 37 after the measure of 959–988: a caption printed with its item's 第 lost
   * (`第二十条(五)项`, real: 大竹县川主乡 2019), recorded as changed like a header's label.
   */
  caption(table: TableId, printed: string, label: string): void {
    this.record(table, printed, label);
  }

  private record(table: TableId, printed: string, label: string): void {
    if (!this.changed.some((c) => c.table === table && c.label === label))
      this.changed.push({ table, printed, label });
  }
}

/**
 * Whether a header's one other text stands where its missing label does: the labels printed
 * before and after it are the label's neighbours in the format, and the whole header is printed
 * once, in the format's order.
 */
function inPlace(
  order: readonly { readonly key: string; readonly other: boolean }[],
  block: readonly HeaderLabel[],
  label: HeaderLabel,
): boolean {
  const expected = block.map((l) => (l === label ? null : l.key));
  if (order.length !== expected.length) return false;
  return order.every((o, i) => (o.other ? expected[i] === null : expected[i] === o.key));
}

/**
 * A header's label printed with one or two of its characters dropped (`本年发件` for
 * `本年制发件数`, `现行有效件` for `现行有效件数`, real: 滨海新区海滨街 2021): a long label, the
 * printed text its characters in order with one or two left out.
 */
function droppedChars(a: string, b: string): boolean {
  if (b.length < MIN_SHORTENED || a.length >= b.length || a.length < b.length - 2) return false;
  let j = 0;
  for (const ch of b) {
    if (ch === a[j]) j += 1;
    // Only words dropped: a cut bracket (`本年收费金额(单位:万`) is a label cut short.
    else if (!HAN.test(ch)) return false;
  }
  return j === a.length;
}

/** Shortest header label read as printed with characters dropped (表三's `商业企业` is a word). */
const MIN_SHORTENED = 6;

const HAN = /[\u4e00-\u9fff]/;

/**
 * A header's label changed into another word (`事业企业` in 表三's `商业企业` place, real: 临沂市
 * 公路事业发展中心 2021): a text printed among the header's labels that has a missing label's length
 * and differs from it in one character (two side by side in a long label), the other labels of
 * that header printed. A header cut or wrapped (its words in pieces) gives no such text.
 */
function changedWord(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let differ = 0;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) {
      // Another word, not a mark typed otherwise (`本年增\减` for `本年增/减`, real: 云林街道 2019).
      if (!HAN.test(a[i] ?? '') || !HAN.test(b[i] ?? '')) return false;
      if (first < 0) first = i;
      differ += 1;
    }
  // Two characters side by side, in a long label: a word typed as another of its sound
  // (`本年处理绝对数量` for `本年处理决定数量`, real: 临潼区 开发区 2021), the rest of the label kept.
  return (
    differ === 1 || (differ === 2 && a[first + 1] !== b[first + 1] && a.length >= MIN_WORD_CHANGED)
  );
}

/**
 * A long header label printed with one character more inside it (`现在行有效件数` for `现行有效件数`,
 * real: 霞山区海滨街道 2023): the printed text is the label with one Chinese character put between
 * two of its own, not before nor after it (a piece of a wrapped neighbour, `数量`'s `量`, may be).
 */
function addedChar(a: string, b: string): boolean {
  if (b.length < MIN_SHORTENED || a.length !== b.length + 1) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i += 1;
  return i > 0 && i < b.length && HAN.test(a[i] ?? '') && a.slice(i + 1) === b.slice(i);
}

/**
 * A count label's words without its measure word and 2019's `新` (`本年新制发数量` → `本年制发`).
 * Since a fix of stop 63 after the measure of 2576–2620: 本年度 for 本年 and a bare `数` for the measure
 * word too (`本年度制发数 | 本年废止数` for `本年制发件数 | 本年废止件数`, real: 国家税务总局珠海市香洲区
 * 税务局 2023, two labels so: a header worded its own way, not a cut).
 */
const countedWords = (key: string): string =>
  key.replace(/^本年(?:新|度)/, '本年').replace(/(?:件数|数量|数)$/, '');

/**
 * A count label worded another way (`现行有效数量` for `现行有效件数`): the same words once the measure
 * word and 2019's `新` are set aside, a measure word printed and at least four words kept.
 */
function sameCounted(a: string, b: string): boolean {
  if (a === b || !/(?:件数|数量|数)$/.test(a)) return false;
  const words = countedWords(b);
  return words.length >= 4 && words !== b && countedWords(a) === words;
}

/** The least of a header's labels worded another way for the header to be read as reworded. */
const REWORDED_LEAST = 2;

/** Shortest header label read as changed in two characters side by side. */
const MIN_WORD_CHANGED = 8;

interface HeaderLabel {
  readonly key: string;
  readonly text: string;
}

const blocksCache = new WeakMap<
  FormatTemplate,
  Map<TableId, readonly (readonly HeaderLabel[])[]>
>();

/** The headers of a table: each run of consecutive header rows of its grid, as its labels. */
function headerBlocks(
  template: FormatTemplate,
  table: TableId,
): readonly (readonly HeaderLabel[])[] {
  let byTable = blocksCache.get(template);
  if (!byTable) {
    byTable = new Map();
    for (const t of template.tables) {
      const blocks: HeaderLabel[][] = [];
      let current: HeaderLabel[] | null = null;
      for (const row of t.rows) {
        if (row.kind !== 'header') {
          current = null;
          continue;
        }
        if (!current) blocks.push((current = []));
        for (const c of row.cells)
          if (c.kind === 'label') current.push({ key: labelKey(c.text), text: c.text });
      }
      byTable.set(t.id, blocks);
    }
    blocksCache.set(template, byTable);
  }
  return byTable.get(table) ?? [];
}
