import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { computeReport } from '@/domain/compute/compute-report';
import type { ComputedValues } from '@/domain/compute/compute-report';
import type { Severity } from '@/domain/rules/types';
import type { RulePack } from '@/domain/template/rule-pack';
import { checkFileSize } from '@/import/import-file';
import { importUnit } from '@/import/import-unit';
import { checkWithAllRules, reviewUnit } from '@/review/unit';
import { reviewRow } from '@/review/rows';
import type { ReviewRow, ReviewUnit } from '@/review/types';
import { formatById } from '@templates/index';
import { checkLineJson } from './unit-json';

/**
 * One file of `nianbao check`, from its path to the text printed for it: read, import, check,
 * render. The main thread and the pool's workers (check-pool.ts) run this same function, so the
 * output does not depend on where a file was checked.
 */

/** How a file is printed: a JSON line (`--json`), a summary line (`--summary`), or a full text. */
export type OutputMode = 'json' | 'summary' | 'text';

export interface FileCheckOptions {
  /** Today as `YYYY-MM-DD` (the future-date check). */
  readonly today: string;
  readonly pack: RulePack | null;
  readonly mode: OutputMode;
}

/** What a checked file gives the command: its printed text and its line of the review table. */
export interface CheckedFile {
  readonly text: string;
  readonly row: ReviewRow;
}

/** A unit and, when it was read, the values the checks computed (the JSON line prints them). */
interface Checked {
  readonly unit: ReviewUnit;
  readonly computed: ComputedValues | null;
}

let cMaps: string | null = null;

/** pdfjs's character maps in node_modules (pdfjs reads a path with fs in Node); looked up once. */
function cMapDir(): string {
  cMaps ??=
    join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + sep;
  return cMaps;
}

/**
 * A .docx's document.xml inflated by Node's zlib (read-zip.ts's `WholeInflater`): at most
 * `limit` bytes, the stream whole, else null (fflate then reads the file as in the browser). For
 * the reports of a review (~0.2 MB of XML each) it costs a fraction of fflate, whose code runs
 * cold in a short run and whose growing buffers are new memory for each file (issue 17).
 * node:zlib is loaded with the first .docx, not at every start.
 */
export function inflateWithZlib(data: Uint8Array, limit: number): Uint8Array | null {
  try {
    const out = process
      .getBuiltinModule('node:zlib')
      .inflateRawSync(data, { maxOutputLength: limit });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch {
    // Damaged or cut (Z_DATA_ERROR, Z_BUF_ERROR), or past `limit` (ERR_BUFFER_TOO_LARGE).
    return null;
  }
}

/**
 * Reads the file with one synchronous call: for the small files of a review it costs about a
 * fifth of `fs.promises.readFile`'s CPU (open, stat, read and close each a trip to libuv's
 * threads), and the pool's threads are what reads in parallel.
 */
function readBytes(path: string): Uint8Array | { readonly message: string } {
  try {
    const buffer = readFileSync(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { message: code === 'EACCES' ? '没有读取这个文件的权限。' : '无法读取这个文件。' };
  }
}

async function check(path: string, today: string, pack: RulePack | null): Promise<Checked> {
  const file = { id: path, fileName: basename(path), path };
  const bytes = readBytes(path);
  if (!(bytes instanceof Uint8Array)) {
    const unit = reviewUnit(file, { ok: false, message: bytes.message }, { today });
    return { unit, computed: null };
  }
  const refused = checkFileSize(bytes.length);
  if (refused && !refused.ok) return { unit: reviewUnit(file, refused, { today }), computed: null };
  // Looked up when a PDF asks for it (resolving pdfjs-dist: ~2.5 ms of CPU, which a folder of
  // drafts paid at its first file).
  const imported = await importUnit(basename(path), bytes, {
    get cMapUrl() {
      return cMapDir();
    },
    whole: inflateWithZlib,
  });
  if (!imported.ok) return { unit: reviewUnit(file, imported, { today }), computed: null };
  // Computed once: the checks read these values, and the JSON line prints them.
  const computed = computeReport(formatById(imported.report.formatId), imported.report);
  const unit = reviewUnit(file, imported, {
    today,
    pack,
    check: (template, report, day, rules) =>
      checkWithAllRules(template, report, day, rules, computed),
  });
  return { unit, computed };
}

/** Reads one file from disk, imports it and runs every check (SPEC §4, §8). Never throws. */
export async function checkPath(
  path: string,
  today: string,
  pack: RulePack | null = null,
): Promise<ReviewUnit> {
  return (await check(path, today, pack)).unit;
}

/** One file checked and rendered as `nianbao check` prints it. Never throws. */
export async function checkFile(path: string, options: FileCheckOptions): Promise<CheckedFile> {
  const { unit, computed } = await check(path, options.today, options.pack);
  return renderUnit(unit, options.mode, computed);
}

/** The printed text and the review row of a unit. */
export function renderUnit(
  unit: ReviewUnit,
  mode: OutputMode,
  computed: ComputedValues | null = null,
): CheckedFile {
  const row = reviewRow(unit);
  const text =
    mode === 'json'
      ? `${checkLineJson(unit, computed)}\n`
      : mode === 'summary'
        ? summaryLine(unit, row)
        : summaryText(unit);
  return { text, row };
}

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: '错误',
  incomplete: '未完成',
  warning: '警告',
  info: '提示',
};

/** The readable Chinese summary of one file (without `--json`). */
export function summaryText(unit: ReviewUnit): string {
  if (!unit.ok) return `${unit.path}\n  ${unit.skipped ? '' : '无法读取：'}${unit.message}\n`;
  const { meta, formatId } = unit.report;
  const lines = [unit.path];
  lines.push(
    `  ${meta.agencyName || '（未找到机关名称）'}　${meta.year === null ? '年度不明' : `${meta.year} 年度`}　${formatId} 年格式　成文日期：${meta.reportDate ?? '未找到'}`,
  );
  const counts = (['error', 'incomplete', 'warning', 'info'] as const)
    .map((s) => `${SEVERITY[s]} ${unit.counts[s]}`)
    .join('，');
  lines.push(`  检查结果：${counts}`);
  for (const issue of unit.issues)
    if (!issue.dismissed)
      lines.push(`  [${SEVERITY[issue.severity]}] ${issue.message}（${issue.checkId}）`);
  for (const note of unit.read.notes) lines.push(`  [未读到] ${note}`);
  for (const w of unit.importWarnings) lines.push(`  [导入提示] ${w}`);
  return `${lines.join('\n')}\n`;
}

/** One line per file for `--summary` without `--json`. */
function summaryLine(unit: ReviewUnit, row: ReviewRow): string {
  if (!unit.ok) return `${unit.path}　${unit.skipped ? '' : '无法读取：'}${unit.message}\n`;
  const c = row.counts;
  return `${unit.path}　${row.agency || '（未找到机关名称）'}　${row.year ?? '年度不明'}　${row.formatId} 版　${row.reportDate ?? '无日期'}${row.late ? '（逾期）' : ''}　错误 ${c.error}，未完成 ${c.incomplete}，提醒 ${c.warning}${row.readComplete ? '' : '　未完整读取'}\n`;
}
