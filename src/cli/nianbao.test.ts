import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from './nianbao';

/** `nianbao`: the command line runs the app's import and checks (SPEC §9). */

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const DOCX = 'templates/fixtures/import/hand-2019-clerk.docx';
const SEED = 'templates/fixtures/seeds/003_d25101f45b1a16b3.txt';
const PDF = 'templates/fixtures/real/022-huaian-2024.pdf';

describe('nianbao check', () => {
  it('prints one JSON line per file, cells keyed by the form’s accessible names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    const draft = join(dir, '草稿.json');
    writeFileSync(draft, readFileSync('src/stored-draft/fixtures/draft-v1.json'));
    const broken = join(dir, '坏文件.docx');
    writeFileSync(broken, '这不是压缩文件');
    const { code, out } = await run(['check', DOCX, SEED, draft, broken, PDF, '--json']);
    expect(code).toBe(0);
    const [docx, seed, json, bad, pdf] = lines(out);
    expect(docx).toMatchObject({
      file: DOCX,
      ok: true,
      format: '2019',
      year: 2020,
      agency: '嘉兴市某某局',
      reportDate: '2021-01-15',
    });
    const cells = docx?.['cells'] as Record<string, string>;
    expect(cells['行政许可 上一年项目数量']).toBe('4');
    expect(cells['一、本年新收政府信息公开申请数量 自然人']).toBe('21');
    // A printed total is a cell read from the source; the app's own sum is under `computed`.
    expect(cells['（七）总计 自然人']).toBe('20');
    expect((docx?.['computed'] as Record<string, string>)['（七）总计 自然人']).toBe('21');
    expect(docx?.['issues']).toContainEqual({
      id: 'reported-total-mismatch',
      severity: 'error',
      message: expect.stringContaining('原表合计为 20') as string,
    });
    expect(docx?.['warnings']).toContain('表三：读到 117 / 132 个单元格');
    expect(seed).toMatchObject({ file: SEED, ok: true, format: '2019', year: 2020 });
    expect(json).toMatchObject({ ok: true, agency: '某市生态环境局', year: 2024 });
    expect(pdf).toMatchObject({ ok: true, format: '2021', year: 2024, agency: '淮安市人民政府' });
    expect(
      (pdf?.['cells'] as Record<string, string>)['一、本年新收政府信息公开申请数量 自然人'],
    ).toBe('3001');
    expect(bad).toEqual({
      file: broken,
      ok: false,
      message: '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。',
    });
  });

  it('reads a folder’s report files recursively and prints a Chinese summary', async () => {
    const { code, out } = await run(['check', 'templates/fixtures/import']);
    expect(code).toBe(0);
    expect(out).toContain('templates/fixtures/import/hand-2021-wps.docx\n');
    expect(out).toContain('嘉兴市某某局　2020 年度　2019 年格式　成文日期：2021-01-15');
    expect(out).toContain('[错误] 表三「（七）总计 自然人」：原表合计为 20');
    expect(out).toContain('[未读到] 表三：读到 117 / 132 个单元格');
    expect(out).toMatch(/no-tables\.docx\n {2}无法读取：这份 Word 文档中没有表格/);
  });

  it('fails for a wrong command line or a missing path, and says why', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', '--csv', DOCX])).err).toContain('不认识的选项：--csv');
    expect((await run(['frobnicate'])).err).toContain('不认识的命令：frobnicate');
    const missing = await run(['check', 'no/such/file.docx', '--json']);
    expect(missing.code).toBe(1);
    expect(lines(missing.out)).toEqual([
      { file: 'no/such/file.docx', ok: false, message: '文件或文件夹不存在。' },
    ]);
  });

  it('runs from bin/nianbao.mjs, as `npx nianbao` does on a fresh clone', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['bin/nianbao.mjs', 'check', DOCX, '--json'],
      { maxBuffer: 10 * 1024 * 1024 },
    );
    expect(lines(stdout)).toMatchObject([{ file: DOCX, ok: true, year: 2020 }]);
  }, 120_000);

  it('prints the same with V8’s code cache, without it, and with a damaged one (rewritten)', async () => {
    const launch = async (): Promise<string> =>
      (
        await promisify(execFile)(
          process.execPath,
          ['bin/nianbao.mjs', 'check', DOCX, PDF, SEED, '--json', '--summary'],
          { maxBuffer: 10 * 1024 * 1024 },
        )
      ).stdout;
    const dir = 'node_modules/.cache/nianbao-cli';
    const caches = (): string[] =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.v8cache'))
        .map((f) => join(dir, f));
    const first = await launch(); // builds the bundle if stale; writes a cache if none
    expect(caches()).toHaveLength(1);
    const [cache] = caches();
    if (cache === undefined) throw new Error('no cache written');
    const good = readFileSync(cache);
    expect(good.toString('latin1', 0, 4)).toBe('nbc2');
    // Compiled from the cache (its import of pdfjs-dist included: the PDF).
    expect(await launch()).toBe(first);
    // Damaged: V8 refuses it, the bundle runs from its source, and the run writes a good one.
    for (const damaged of [
      Buffer.concat([good.subarray(0, 8), Buffer.alloc(good.length - 8, 7)]),
      good.subarray(0, 100),
      Buffer.from('not a cache'),
    ]) {
      writeFileSync(cache, damaged);
      expect(await launch()).toBe(first);
      expect(readFileSync(cache).toString('latin1', 0, 4)).toBe('nbc2');
      expect(readFileSync(cache).length).toBeGreaterThan(1000);
    }
    expect(caches()).toEqual([cache]);
  }, 120_000);
});
