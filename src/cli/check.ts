import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { RulePack } from '@/domain/template/rule-pack';
import type { Severity } from '@/domain/rules/types';
import { checkFileSize } from '@/import/import-file';
import { reviewUnit } from '@/review';
import { reviewRow } from '@/review/rows';
import { reviewSummary, reviewSummaryText } from '@/review/summary';
import { importUnit } from '@/import/import-unit';
import type { ReviewUnit } from '@/review/types';
import { checkInPool, checkPoolSize, type CheckAnswer, type CheckRequest } from './check-pool';
import { expandPaths, type Target } from './files';
import { checkLine } from './unit-json';
import type { Io } from './io';

/** Reads one file from disk, imports it and runs every check (SPEC §4, §8). Never throws. */
export async function checkPath(
  path: string,
  today: string,
  pack: RulePack | null = null,
): Promise<ReviewUnit> {
  const file = { id: path, fileName: basename(path), path };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = code === 'EACCES' ? '没有读取这个文件的权限。' : '无法读取这个文件。';
    return reviewUnit(file, { ok: false, message }, { today });
  }
  const refused = checkFileSize(bytes.length);
  if (refused && !refused.ok) return reviewUnit(file, refused, { today });
  return reviewUnit(file, await importUnit(basename(path), bytes, { cMapUrl: cMapDir() }), {
    today,
    pack,
  });
}

/** A pool worker's loop (check-pool.ts): checks each file it is sent and answers with the unit. */
export function serveCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('not a worker');
  port.on('message', (request: CheckRequest) => {
    void checkPath(request.path, request.today, request.pack).then((unit) => {
      const answer: CheckAnswer = { index: request.index, unit };
      port.postMessage(answer);
    });
  });
}

/**
 * Every target checked, `onUnit` called in the targets' order: in a pool of worker threads when
 * there are many files and more than one core, else one after the other.
 */
async function checkTargets(
  targets: readonly Target[],
  today: string,
  onUnit: (unit: ReviewUnit) => void,
): Promise<void> {
  const missing = (t: Target & { ok: false }): ReviewUnit =>
    reviewUnit(
      { id: t.path, fileName: basename(t.path), path: t.path },
      { ok: false, message: t.message },
      { today },
    );
  const size = checkPoolSize(targets.length);
  if (size === 0) {
    for (const t of targets) onUnit(t.ok ? await checkPath(t.path, today) : missing(t));
    return;
  }
  const done: (ReviewUnit | undefined)[] = targets.map((t) => (t.ok ? undefined : missing(t)));
  const readable = targets.flatMap((t, i) => (t.ok ? [{ path: t.path, i }] : []));
  let printed = 0;
  const flush = (): void => {
    for (let u = done[printed]; u !== undefined; u = done[printed]) {
      onUnit(u);
      printed += 1;
    }
  };
  flush();
  await checkInPool(
    readable.map((r) => r.path),
    { today, pack: null },
    size,
    (index, unit) => {
      const at = readable[index]?.i;
      if (at === undefined) return;
      done[at] = unit;
      flush();
    },
  );
}

/** pdfjs's character maps in node_modules (pdfjs reads a path with fs in Node). */
function cMapDir(): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return join(dirname(pkg), 'cmaps') + sep;
}

/** Today in the machine's time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const SEVERITY: Readonly<Record<Severity, string>> = {
  error: '错误',
  incomplete: '未完成',
  warning: '警告',
  info: '提示',
};

/** The readable Chinese summary of one file (without `--json`). */
export function summaryText(unit: ReviewUnit): string {
  if (!unit.ok) return `${unit.path}\n  无法读取：${unit.message}\n`;
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

export const CHECK_USAGE = `用法：nianbao check 文件或文件夹… [--json] [--summary]
  读取 .docx、.pdf、网页 .html、.txt 和年报助手的 .json 草稿（文件夹内逐个读取），按年报助手的规则检查。
  --json     每个文件输出一行 JSON（JSON Lines）；不加时输出中文摘要。
  --summary  审核汇总：每个文件一行（单位、年度、格式、成文日期、错误/未完成/提醒数），最后是总体情况
             （读取、无法读取、有错误、逾期、重复报送）；与 --json 同用时最后一行是 {"summary": …}。`;

/** One line per file for `--summary` without `--json`. */
function summaryLine(unit: ReviewUnit): string {
  if (!unit.ok) return `${unit.path}　无法读取：${unit.message}\n`;
  const row = reviewRow(unit);
  const c = row.counts;
  return `${unit.path}　${row.agency || '（未找到机关名称）'}　${row.year ?? '年度不明'}　${row.formatId} 版　${row.reportDate ?? '无日期'}${row.late ? '（逾期）' : ''}　错误 ${c.error}，未完成 ${c.incomplete}，提醒 ${c.warning}${row.readComplete ? '' : '　未完整读取'}\n`;
}

/** `nianbao check FILE|DIR… [--json] [--summary]`. Returns the exit status. */
export async function checkCommand(args: readonly string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const summary = args.includes('--summary');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--summary');
  const paths = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || paths.length === 0) {
    io.err(`${unknown.length > 0 ? `不认识的选项：${unknown.join(' ')}\n` : ''}${CHECK_USAGE}\n`);
    return 2;
  }
  const today = localToday();
  const targets = await expandPaths(paths);
  const missing = targets.some((t) => !t.ok);
  const units: ReviewUnit[] = [];
  await checkTargets(targets, today, (unit) => {
    if (summary) units.push(unit);
    io.out(
      json
        ? `${JSON.stringify(checkLine(unit))}\n`
        : summary
          ? summaryLine(unit)
          : summaryText(unit),
    );
  });
  if (summary) {
    const totals = reviewSummary(units);
    io.out(json ? `${JSON.stringify({ summary: totals })}\n` : `\n${reviewSummaryText(totals)}`);
  }
  return missing ? 1 : 0;
}
