import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { parseImportText } from '@/stored-draft/draft-file';
import { NOT_A_DRAFT } from '@/review/unit';
import { fullReport } from '@/testing/export-reports';
import { draftFile, scaled } from '@/testing/review-folder';
import { main } from './nianbao';

/** `nianbao check DIR --summary` and `nianbao sum` (SPEC §9). */

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const base = fullReport('2021');

/** The report as a draft file (JSON, as 导出草稿 writes it). */
const draft = (report: Report): string => draftFile(report, report.meta.agencyName);

/** Three units (factors 1, 2, 3), a late one among them, 本级 (×4), a parent (×10, one cell off), others. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-review-'));
  mkdirSync(join(dir, '单位'));
  const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);
  write('单位/教育局.json', draft(scaled(base, 1, '某县教育局')));
  const late = scaled(base, 2, '某县财政局');
  write('单位/财政局.json', draft({ ...late, meta: { ...late.meta, reportDate: '2025-02-20' } }));
  write('单位/民政局.json', draft(scaled(base, 3, '某县民政局')));
  write('单位/民政局（重发）.json', draft(scaled(base, 3, '某县民政局')));
  write('本级.json', draft(scaled(base, 4, '某县人民政府办公室', 'government')));
  const parent = scaled(base, 10, '某县人民政府', 'government');
  write('全县.json', draft({ ...parent, cells: { ...parent.cells, 't4.review.upheld': '0' } }));
  write('去年.txt', readFileSync('templates/fixtures/seeds/001_0230f7c11c6e0b53.txt', 'utf8'));
  write('坏文件.docx', '这不是压缩文件');
  write('应报送.txt', '某县教育局\n某县财政局\n某县民政局\n某县审计局\n');
  return dir;
}

describe('nianbao check --summary', () => {
  it('prints one line per file and the totals: unreadable, late, duplicates, years', async () => {
    const dir = folder();
    const { code, out } = await run([
      'check',
      join(dir, '单位'),
      join(dir, '去年.txt'),
      join(dir, '坏文件.docx'),
      '--summary',
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/财政局\.json　某县财政局　2024　2021 版　2025-02-20（逾期）　错误 0/);
    // Another program's JSON is passed over, not counted as unreadable.
    const other = join(dir, 'package.json');
    writeFileSync(other, '{"name": "demo"}');
    const withOther = await run(['check', other, join(dir, '坏文件.docx'), '--summary']);
    expect(withOther.out).toContain(`package.json　${NOT_A_DRAFT}`);
    expect(withOther.out).toContain(
      '共 2 个文件：读取 0 份，无法读取 1 份，不是年报草稿已跳过 1 个。',
    );
    expect(out).toContain('坏文件.docx　无法读取：');
    expect(out).toContain('共 6 个文件：读取 5 份，无法读取 1 份。');
    expect(out).toContain('年度与格式：2020 年度 · 2019 版 1 份，2024 年度 · 2021 版 4 份。');
    expect(out).toContain('重复报送：某县民政局');
    expect(out).toContain('逾期：某县财政局，成文日期 2025年2月20日，期限 2025年1月31日');
  });

  it('in worker threads (bin/nianbao.mjs, NIANBAO_WORKERS=2) prints what one thread prints, in order', async () => {
    const dir = folder();
    for (let i = 1; i <= 12; i++)
      writeFileSync(join(dir, '单位', `乡镇${i}.json`), draft(scaled(base, i, `某县第${i}镇`)));
    const one = await run(['check', dir, '--summary', '--json']);
    const pooled = await promisify(execFile)(
      process.execPath,
      ['bin/nianbao.mjs', 'check', dir, '--summary', '--json'],
      { maxBuffer: 20 * 1024 * 1024, env: { ...process.env, NIANBAO_WORKERS: '2' } },
    );
    expect(pooled.stdout.split('\n').length).toBeGreaterThan(20);
    expect(pooled.stdout).toBe(one.out);
  }, 120_000);

  it('with Word files, text, drafts and a missing path, workers print the Chinese text one thread prints', async () => {
    const dir = folder();
    for (const name of ['hand-2019-clerk.docx', 'hand-2021-wps.docx', 'no-tables.docx'])
      writeFileSync(join(dir, '单位', name), readFileSync(`templates/fixtures/import/${name}`));
    for (let i = 1; i <= 6; i++)
      writeFileSync(join(dir, `乡镇${i}.json`), draft(scaled(base, i, `某县第${i}镇`)));
    const args = ['check', join(dir, '没有这个文件.docx'), dir];
    const one = await run(args);
    expect(one.code).toBe(1);
    for (const workers of ['1', '3']) {
      // The drafts and texts go to the main thread and the workers, the Word files to the workers.
      const pooled = await promisify(execFile)(process.execPath, ['bin/nianbao.mjs', ...args], {
        maxBuffer: 20 * 1024 * 1024,
        env: { ...process.env, NIANBAO_WORKERS: workers },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => e,
      );
      expect(pooled.code).toBe(1);
      expect(pooled.stdout).toContain('hand-2019-clerk.docx\n  嘉兴市某某局　2020 年度');
      expect(pooled.stdout).toBe(one.out);
    }
  }, 120_000);

  it('with --json ends with one summary line', async () => {
    const dir = folder();
    const { out } = await run(['check', join(dir, '单位'), '--summary', '--json']);
    const last = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as {
      summary: Record<string, unknown>;
    };
    expect(last.summary).toMatchObject({ files: 4, read: 4, late: 1, withErrors: 0 });
  });
});

describe('nianbao sum', () => {
  it('sums the units and 本级, checks the parent, lists the rest, and writes a draft the app imports', async () => {
    const dir = folder();
    const out = join(dir, '汇总.json');
    const r = await run([
      'sum',
      dir,
      '--bunji',
      join(dir, '本级.json'),
      '--parent',
      join(dir, '全县.json'),
      '--expected',
      join(dir, '应报送.txt'),
      '--name',
      '某县（汇总）',
      '--out',
      out,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('汇总 3 个单位和本级年报（某县人民政府办公室）');
    expect(r.out).toContain(
      '未计入（年度或格式不符）：管城回族区人民防空办公室，年度为 2020，不是 2024',
    );
    expect(r.out).toContain('重复报送（只计入第一份）：某县民政局');
    expect(r.out).toContain('未报送：某县审计局');
    expect(r.out).toContain('无法读取（未计入）：坏文件.docx');
    const upheld = String(Number(base.cells['t4.review.upheld']) * 10);
    expect(r.out).toContain(
      `上级报告 某县人民政府 有 1 个单元格与本级 + 各单位之和不一致：\n  表四 行政复议 结果维持：上级报告 0，本级 + 各单位 ${upheld}`,
    );
    const parsed = parseImportText(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const report = parsed.draft.report;
    expect(report.meta.agencyName).toBe('某县（汇总）');
    expect(report.formatId).toBe('2021');
    // 1 + 2 + 3 units + 4 本级 = 10 times every value; money exact.
    for (const [id, v] of Object.entries(base.cells)) {
      if (id === 't2.fees.amount') expect(report.cells[id]).toBe('123.5');
      else expect(report.cells[id]).toBe(String(Number(v) * 10));
    }
  });

  it('says what is wrong with the command line', async () => {
    expect((await run(['sum'])).code).toBe(2);
    expect((await run(['sum', '.', '--year', '24'])).err).toContain('年度应为四位数字：24');
    expect((await run(['sum', '.', '--out'])).err).toContain('选项 --out 后面缺少值');
  });
});
