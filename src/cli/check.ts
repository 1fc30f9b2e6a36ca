import { basename } from 'node:path';
import { reviewUnit } from '@/review/unit';
import { reviewSummaryText, summarizeRows } from '@/review/summary';
import type { ReviewRow } from '@/review/types';
import { checkFile, renderUnit, type CheckedFile, type FileCheckOptions } from './check-file';
import { checkInPool, planPool, type PrintedFile } from './check-pool';
import { expandPaths, type Target } from './files';
import type { Io } from './io';

export { checkPath } from './check-file';

/**
 * Every target checked, `onFile` called in the targets' order: in worker threads when the work
 * pays for them (check-pool.ts), else one file after the other. Resolves to the number of files
 * given up on because the workers checking them died (each printed with a message).
 */
async function checkTargets(
  targets: readonly Target[],
  options: FileCheckOptions,
  onFile: (file: PrintedFile) => void,
): Promise<number> {
  const missing = (t: Target & { ok: false }): CheckedFile =>
    renderUnit(
      reviewUnit(
        { id: t.path, fileName: basename(t.path), path: t.path },
        { ok: false, message: t.message },
        { today: options.today },
      ),
      options.mode,
    );
  const readable = targets.flatMap((t, i) => (t.ok ? [{ path: t.path, at: i }] : []));
  const plan = planPool(readable.map((r) => r.path));
  if (plan.workers === 0) {
    for (const t of targets) onFile(t.ok ? await checkFile(t.path, options) : missing(t));
    return 0;
  }
  const done: (PrintedFile | undefined)[] = targets.map((t) => (t.ok ? undefined : missing(t)));
  let printed = 0;
  const flush = (): void => {
    for (let f = done[printed]; f !== undefined; f = done[printed]) {
      onFile(f);
      done[printed] = undefined;
      printed += 1;
    }
  };
  flush();
  return checkInPool(
    readable.map((r) => r.path),
    options,
    plan,
    (index, file) => {
      const at = readable[index]?.at;
      if (at === undefined) return;
      done[at] = file;
      flush();
    },
  );
}

/** Today in the machine's time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export const CHECK_USAGE = `用法：nianbao check 文件或文件夹… [--json] [--summary]
  读取 .docx、.pdf、网页 .html、.txt 和年报助手的 .json 草稿（文件夹内逐个读取），按年报助手的规则检查。
  --json     每个文件输出一行 JSON（JSON Lines）；不加时输出中文摘要。
  --summary  审核汇总：每个文件一行（单位、年度、格式、成文日期、错误/未完成/提醒数），最后是总体情况
             （读取、无法读取、有错误、逾期、重复报送）；与 --json 同用时最后一行是 {"summary": …}。`;

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
  const options: FileCheckOptions = {
    today: localToday(),
    pack: null,
    mode: json ? 'json' : summary ? 'summary' : 'text',
  };
  const targets = await expandPaths(paths);
  const missing = targets.some((t) => !t.ok);
  const output = new Output(io);
  const rows: ReviewRow[] = [];
  const givenUp = await checkTargets(targets, options, (file) => {
    if (summary) rows.push(file.row);
    output.write(file.text);
  });
  if (summary) {
    const totals = summarizeRows(rows);
    output.write(
      json ? `${JSON.stringify({ summary: totals })}\n` : `\n${reviewSummaryText(totals)}`,
    );
  }
  output.close();
  // 1 also when the program failed on a file (its workers died): that file was not checked.
  return missing || givenUp > 0 ? 1 : 0;
}

/**
 * The command's output, written in pieces of ~32,000 characters (a write per file cost more than
 * rendering the file's JSON) and at most 50 ms after a file is done, so that a reader still sees
 * the files as they are checked. (`Date.now`: the global `performance` loads Node's perf_hooks,
 * ~2 ms of CPU at a start.) The timer that writes what waits, should no file come for 50 ms, is
 * set once and left running when a piece is written (it then finds less or nothing to write):
 * set and cleared at every piece, it cost ~10 ms of 1,000 drafts' run (issue 17, stop 39).
 */
class Output {
  private pending: (string | Uint8Array)[] = [];
  private size = 0;
  private last = Date.now();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly io: Io) {}

  write(text: string | Uint8Array): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= 32 * 1024 || Date.now() - this.last >= 50) this.flush();
    else
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.flush();
      }, 50);
  }

  /** Writes what is left and stops the timer (the process may then end at once). */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.flush();
  }

  flush(): void {
    const pending = this.pending;
    this.pending = [];
    this.size = 0;
    this.last = Date.now();
    if (pending.length === 0) return;
    if (pending.every((p) => typeof p === 'string')) this.io.out(pending.join(''));
    else if (this.io.outBytes)
      this.io.outBytes(
        Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))),
      );
    else this.io.out(pending.map((p) => (typeof p === 'string' ? p : utf8.decode(p))).join(''));
  }
}

const utf8 = new TextDecoder();
