import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocxBytes, importDocxFile } from './import-docx';
import { importText } from './import-text';
import { boundedWarnings } from './interpret';
import { BOMB, readDocumentXml } from './docx/read-zip';
import { lyingZipBomb } from '@/testing/lying-zip';

/** Bad files and text get a clear Chinese message, fast, and never an exception. */

const real = new Uint8Array(readFileSync('templates/fixtures/import/hand-2019-clerk.docx'));

function message(r: ReturnType<typeof importText>): string {
  if (r.ok) throw new Error('expected a failure');
  return r.message;
}

// A guard against hanging, not a speed figure: on a loaded 2-core machine the same call takes
// several times its quiet duration. The 2 s answer in the browser is asserted by
// e2e/import-worker.spec.ts; what stops a bomb early is asserted below by the byte cap.
function timed<T>(f: () => T): T {
  const start = performance.now();
  const out = f();
  expect(performance.now() - start).toBeLessThan(10_000);
  return out;
}

describe('bad input', () => {
  it('text that is not a docx', () => {
    expect(message(importDocxBytes(new TextEncoder().encode('一、总体情况\n随便写的文字')))).toBe(
      '这不是 Word 文档（.docx）。如果是 .doc 格式，请先在 Word/WPS 中另存为 .docx。',
    );
  });
  it('an old .doc (OLE compound file)', () => {
    const doc = new Uint8Array(4096);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(message(importDocxBytes(doc))).toMatch(/另存为 \.docx/);
  });
  it('a .doc chosen by name', async () => {
    const file = Object.assign(new Blob([new Uint8Array(100)]), { name: '2020年报.doc' });
    expect(message(await importDocxFile(file))).toMatch(/另存为 \.docx/);
  });
  it('a truncated .docx', () => {
    expect(message(importDocxBytes(real.slice(0, Math.floor(real.length / 2))))).toMatch(/损坏/);
  });
  it('a .docx with its compressed body overwritten', () => {
    const broken = real.slice();
    for (let i = 200; i < 2000; i++) broken[i] = (broken[i] ?? 0) ^ 0x5a;
    const r = importDocxBytes(broken);
    expect(r.ok ? 'ok' : r.message).toMatch(/损坏|不是 Word|ok/);
  });
  it('a zip bomb (60 MB of zeros in a 60 kB zip) is refused before inflating', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(timed(() => message(importDocxBytes(bomb)))).toMatch(/压缩炸弹/);
  });
  it('a bomb by ratio (5 MB entry compressed 1000×) is refused', () => {
    const bomb = zipSync(
      { 'word/document.xml': new Uint8Array(5 * 1024 * 1024), 'a.txt': new Uint8Array(1) },
      { level: 9 },
    );
    expect(message(importDocxBytes(bomb))).toMatch(/压缩炸弹/);
  });
  it('a 1 MB zip whose headers claim 500 KB but which inflates to 1 GB is refused', () => {
    const bomb = lyingZipBomb(1024 * 1024 * 1024, 500 * 1024);
    expect(bomb.length).toBeLessThan(1.1 * 1024 * 1024);
    expect(timed(() => message(importDocxBytes(bomb)))).toBe(BOMB);
  });
  it('the running cap counts the bytes inflated, not the sizes the headers claim', () => {
    // Incompressible data: no ratio alarm, only the count of bytes produced can stop it.
    const noise = new Uint8Array(300_000);
    for (let i = 0, x = 1; i < noise.length; i++)
      noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const zip = zipSync({ 'word/document.xml': noise }, { level: 0 });
    expect(Buffer.compare(readDocumentXml(zip, 400_000), noise)).toBe(0);
    expect(() => readDocumentXml(zip, 200_000)).toThrow(BOMB);
  });
  it('a 200 MB file is refused by its size, without being read', async () => {
    let read = false;
    const huge = {
      size: 200 * 1024 * 1024,
      name: 'report.docx',
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    } as unknown as Blob;
    expect(message(await importDocxFile(huge))).toMatch(/文件太大（200 MB）/);
    expect(read).toBe(false);
  });
  it('a zip that is not a Word document', () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('hello') });
    expect(message(importDocxBytes(zip))).toMatch(/不是 Word 文档/);
  });
  it('a docx whose document.xml is not XML', () => {
    const zip = zipSync({
      'word/document.xml': new TextEncoder().encode('<w:document><w:body><w:p>'),
    });
    expect(message(importDocxBytes(zip))).toMatch(/不是有效的 XML|正文结构/);
  });
  it('empty and random text', () => {
    expect(message(importText('   \n '))).toMatch(/粘贴/);
    expect(message(importText('今天天气很好。\n我们去公园。'))).toMatch(
      /没有在粘贴的文字中找到年度报告的内容/,
    );
    expect(message(importText('x'.repeat(600_000)))).toMatch(/太长/);
  });
});

describe('a source that repeats its tables many times', () => {
  const seed = readFileSync('templates/fixtures/seeds/001_0230f7c11c6e0b53.txt', 'utf8');

  it('says once per cell how often it was given, and lists at most 100 lines to check', () => {
    const r = importText(Array.from({ length: 40 }, () => seed).join('\n'));
    if (!r.ok) throw new Error(r.message);
    const repeated = r.warnings.filter((w) => /出现了 40 次，保留第一次的/.test(w));
    expect(repeated.length).toBeGreaterThan(0);
    expect(r.warnings.some((w) => /出现了两次/.test(w))).toBe(false);
    expect(new Set(r.warnings).size).toBe(r.warnings.length);
    expect(r.warnings.length).toBeLessThanOrEqual(101);
  });

  it('keeps the two values when a cell is given twice', () => {
    const r = importText(`${seed}\n${seed}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.warnings.some((w) => /出现了两次（\d+ 和 \d+），保留第一次的/.test(w))).toBe(true);
  });

  it('bounds the list with the count of what it left out', () => {
    const many = Array.from({ length: 250 }, (_, i) => `第 ${i} 条`);
    const bounded = boundedWarnings([...many, ...many]);
    expect(bounded).toHaveLength(101);
    expect(bounded.at(-1)).toBe(
      '另有 150 条需要核对的情况未列出：原文很长或有重复的表格，请对照原文核对。',
    );
  });
});
