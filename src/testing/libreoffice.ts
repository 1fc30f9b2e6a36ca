import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What LibreOffice made of a .docx: its PDF, text and page count. */
export interface RenderedPdf {
  readonly dir: string;
  readonly pdfPath: string;
  readonly pages: number;
  /** `pdftotext` in reading order. */
  readonly text: string;
  /** `pdftotext -layout`: lines as laid out on the page. */
  readonly layout: string;
  /** Removes the working directory. */
  dispose(): Promise<void>;
}

/**
 * Converts .docx files to PDF into `outdir` with one LibreOffice headless run, in a private
 * profile (`-env:UserInstallation`) so parallel runs never share one.
 */
export async function convertDocxToPdf(
  docxPaths: readonly string[],
  outdir: string,
): Promise<void> {
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outdir,
        ...docxPaths,
      ],
      { timeout: Math.max(120_000, 25_000 * docxPaths.length) },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Converts `docx` to PDF with LibreOffice headless, in a private profile
 * (`-env:UserInstallation`) so parallel runs never share one, then reads it with poppler.
 */
export async function renderDocx(docx: Uint8Array, name = 'report'): Promise<RenderedPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-export-'));
  const docxPath = join(dir, `${name}.docx`);
  await writeFile(docxPath, docx);
  await convertDocxToPdf([docxPath], dir);
  const pdfPath = join(dir, `${name}.pdf`);
  const files = await readdir(dir);
  if (!files.includes(`${name}.pdf`))
    throw new Error(`LibreOffice made no PDF of ${docxPath}: ${files.join(', ')}`);
  const [{ stdout: text }, { stdout: layout }, { stdout: info }] = await Promise.all([
    run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 << 20 }),
    run('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { maxBuffer: 64 << 20 }),
    run('pdfinfo', [pdfPath]),
  ]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  return {
    dir,
    pdfPath,
    pages,
    text,
    layout,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Page size in points from `pdfinfo` (e.g. A4 ≈ 595 × 842). */
export async function pdfPageSize(pdfPath: string): Promise<{ width: number; height: number }> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
}

/** Renders pages to PNG files `<prefix>-N.png` at `dpi`; returns their paths. */
export async function pdfToPngs(pdfPath: string, prefix: string, dpi = 60): Promise<string[]> {
  await run('pdftoppm', ['-r', String(dpi), '-png', pdfPath, prefix]);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  return (await readdir(dir))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}

/** Words of the PDF with their boxes (`pdftotext -bbox`), page by page. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export async function pdfWords(pdfPath: string): Promise<PdfWord[]> {
  const out = join(pdfPath.slice(0, pdfPath.lastIndexOf('/')), 'bbox.html');
  await run('pdftotext', ['-enc', 'UTF-8', '-bbox', pdfPath, out]);
  const html = await readFile(out, 'utf8');
  const words: PdfWord[] = [];
  let pageNo = 0;
  for (const m of html.matchAll(
    /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[0] === '<page ') pageNo += 1;
    else
      words.push({
        page: pageNo,
        text: unescapeXml(m[5] ?? ''),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
  }
  return words;
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The PDF's text lines: words on the same baseline of one page, left to right, in runs that
 * touch (a gap under 4.5 pt: LibreOffice's space between Chinese and Latin is about 3 pt; two
 * table cells are further apart, or join only where both runs are whole cell lines).
 */
export function pdfLineRuns(words: readonly PdfWord[]): { page: number; words: PdfWord[] }[] {
  const byLine = new Map<string, PdfWord[]>();
  for (const w of words) {
    const key = `${w.page}:${w.yMax.toFixed(1)}`;
    byLine.set(key, [...(byLine.get(key) ?? []), w]);
  }
  const runs: { page: number; words: PdfWord[] }[] = [];
  for (const line of byLine.values()) {
    const sorted = [...line].sort((a, b) => a.xMin - b.xMin);
    let current: PdfWord[] = [];
    for (const w of sorted) {
      const last = current.at(-1);
      if (last && w.xMin - last.xMax >= 4.5) {
        runs.push({ page: w.page, words: current });
        current = [];
      }
      current.push(w);
    }
    if (current.length > 0) runs.push({ page: sorted[0]?.page ?? 0, words: current });
  }
  return runs;
}

/**
 * The body text of each of `pages` pages, top to bottom: lines of 三号 or larger (glyph boxes
 * over 17 pt high: title, paragraphs, 落款; table text is smaller, the page number sits below
 * the text block), each line's words joined without spaces.
 */
export function pdfBodyLines(words: readonly PdfWord[], pages: number): string[][] {
  const out: string[][] = Array.from({ length: pages }, () => []);
  const lines = new Map<string, PdfWord[]>();
  for (const w of words) {
    if (w.yMax - w.yMin <= 17 || w.yMax >= 760) continue;
    const key = `${w.page}:${Math.round(w.yMax)}`;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  const sorted = [...lines.values()].sort(
    (a, b) => (a[0]?.page ?? 0) - (b[0]?.page ?? 0) || (a[0]?.yMin ?? 0) - (b[0]?.yMin ?? 0),
  );
  for (const line of sorted) {
    const page = out[(line[0]?.page ?? 1) - 1];
    const text = [...line]
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join('')
      .replace(/\s+/g, '');
    page?.push(text);
  }
  return out;
}
