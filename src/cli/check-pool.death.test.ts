import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { fullReport } from '@/testing/export-reports';
import { draftFile, scaled } from '@/testing/review-folder';
import { main } from './nianbao';

/**
 * When a worker thread of `nianbao check` dies (issue 17): the real command (bin/nianbao.mjs,
 * bundled, two workers) on a folder of Word files and drafts, a worker made to die for real as
 * it begins one file (NIANBAO_TEST_WORKER_FAULT, check-pool.ts: `process.exit`, an exception
 * outside the file's check, its heap run full). Every file must still be printed, in order, as
 * one thread prints it; the file a worker died on is tried once more in another worker, and
 * when it kills that one too it is reported in Chinese and the command exits with 1.
 */

const WORD = ['hand-2019-clerk.docx', 'hand-2021-wps.docx', 'no-tables.docx'];
const CRASHED = '检查这个文件时程序意外退出（可能文件过大或已损坏），已跳过；可单独再检查一次。';

/** The report as a draft file (JSON, as 导出草稿 writes it). */
const draft = (report: Report): string => draftFile(report, report.meta.agencyName);

/** Word files between drafts (a worker holds several files when it dies), in name order. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-death-'));
  const base = fullReport('2021');
  for (let i = 1; i <= 12; i++)
    writeFileSync(
      join(dir, `${String(i).padStart(2, '0')}-乡镇.json`),
      draft(scaled(base, i, `某县第${i}镇`)),
    );
  WORD.forEach((name, i) =>
    writeFileSync(
      join(dir, `${String(i * 4 + 2).padStart(2, '0')}-${name}`),
      readFileSync(`templates/fixtures/import/${name}`),
    ),
  );
  return dir;
}

/** One thread, in this process: what every run must print. */
async function oneThread(dir: string): Promise<{ code: number; lines: string[] }> {
  let out = '';
  const code = await main(['check', dir, '--summary'], {
    out: (t) => void (out += t),
    err: () => {},
  });
  return { code, lines: out.trimEnd().split('\n') };
}

function pooled(
  dir: string,
  env: Record<string, string>,
): Promise<{ code: number; lines: string[]; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/nianbao.mjs', 'check', dir, '--summary'],
      { maxBuffer: 20 * 1024 * 1024, env: { ...process.env, NIANBAO_WORKERS: '2', ...env } },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number(error.code ?? -1) : 0,
          lines: stdout.trimEnd().split('\n'),
          err: stderr,
        }),
    );
  });
}

/**
 * Every file's line as one thread printed it, but the file's, which says the program failed on
 * it; the totals count it among the unreadable files.
 */
function expectCrashedOnly(
  run: { code: number; lines: string[] },
  expected: { lines: string[] },
  dir: string,
  file: string,
): void {
  const files = (lines: string[]): string[] => lines.slice(0, lines.indexOf(''));
  const want = files(expected.lines);
  expect(want).toHaveLength(15);
  const crashed = want.findIndex((l) => l.startsWith(`${join(dir, file)}　`));
  expect(crashed).toBeGreaterThanOrEqual(0);
  expect(files(run.lines)).toEqual(
    want.map((l, i) => (i === crashed ? `${join(dir, file)}　无法读取：${CRASHED}` : l)),
  );
  const [read, unreadable] = (
    /读取 (\d+) 份，无法读取 (\d+) 份/.exec(expected.lines.join('\n')) ?? []
  )
    .slice(1)
    .map(Number);
  const wasRead = !(want[crashed] ?? '').includes('无法读取');
  expect(run.lines).toContain(
    `共 15 个文件：读取 ${(read ?? 0) - (wasRead ? 1 : 0)} 份，无法读取 ${(unreadable ?? 0) + (wasRead ? 1 : 0)} 份。`,
  );
  expect(run.code).toBe(1);
}

describe('nianbao check: a worker thread that dies', () => {
  it('killed (process.exit) on a Word file: the file is reported, every other one printed as one thread prints it', async () => {
    const dir = folder();
    const expected = await oneThread(dir);
    expect(expected.code).toBe(0);
    const file = '06-hand-2021-wps.docx';
    const run = await pooled(dir, { NIANBAO_TEST_WORKER_FAULT: `exit:${file}` });
    expectCrashedOnly(run, expected, dir, file);
  }, 120_000);

  it('an exception outside any file’s check, and a heap run full: the same', async () => {
    const dir = folder();
    const expected = await oneThread(dir);
    const thrown = await pooled(dir, {
      NIANBAO_TEST_WORKER_FAULT: 'throw:02-hand-2019-clerk.docx',
    });
    expectCrashedOnly(thrown, expected, dir, '02-hand-2019-clerk.docx');
    const full = await pooled(dir, {
      NIANBAO_TEST_WORKER_FAULT: 'oom:10-no-tables.docx',
      NIANBAO_WORKER_HEAP_MB: '64',
    });
    expectCrashedOnly(full, expected, dir, '10-no-tables.docx');
  }, 120_000);

  it('a file a worker died on once is checked again elsewhere: nothing lost, exit 0', async () => {
    const dir = folder();
    const expected = await oneThread(dir);
    const marker = join(dir, '已退出一次');
    const run = await pooled(dir, {
      NIANBAO_TEST_WORKER_FAULT: `exit:06-hand-2021-wps.docx:once=${marker}`,
    });
    expect(existsSync(marker)).toBe(true);
    expect(run.lines).toEqual(expected.lines);
    expect(run.code).toBe(0);
  }, 120_000);

  it('workers that die on every file: after three, the main thread checks the rest; nothing lost', async () => {
    const dir = folder();
    const expected = await oneThread(dir);
    const run = await pooled(dir, { NIANBAO_TEST_WORKER_FAULT: 'exit:*' });
    const files = (lines: string[]): string[] => lines.slice(0, lines.indexOf(''));
    const got = files(run.lines);
    const want = files(expected.lines);
    expect(got).toHaveLength(want.length);
    // Each worker died on the first file it began: those files are given up (never run in the
    // main thread, whose death would lose them all); every other file is checked.
    const crashed = got.filter((l) => l.endsWith(`无法读取：${CRASHED}`));
    expect(crashed.length).toBeGreaterThanOrEqual(1);
    expect(crashed.length).toBeLessThanOrEqual(4);
    got.forEach((line, i) => {
      if (!line.endsWith(`无法读取：${CRASHED}`)) expect(line).toBe(want[i]);
      else expect(line.startsWith(`${(want[i] ?? '').split('　')[0] ?? ''}　`)).toBe(true);
    });
    expect(run.code).toBe(1);
  }, 120_000);
});
