/**
 * Measures the JavaScript a browser must load before the first screen: the entry script of the
 * built index.html plus every chunk it imports statically (modulepreload links and static
 * `import` statements, followed transitively). Lazy chunks (`import()`) are not counted.
 * Deterministic for a given build, so a test can hold it to its budget.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  readonly files: readonly string[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Concatenated source of the initial chunks, for content checks (e.g. no `docx`). */
  readonly source: string;
}

/**
 * Budget of issue 17 (was 200 KiB, SPEC §9 / issue 3): initial JavaScript, gzip. The start page
 * only; the editor, importers, preview, reviewer and exporters load when used.
 */
export const INITIAL_JS_BUDGET_KIB = 120;

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g;

export function measureInitialJs(distDir: string): InitialJs {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => normalize(join(distDir, m[1] ?? '')));
  const seen = new Set<string>();
  const queue = [...entries];
  let source = '';
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    source += code;
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) queue.push(normalize(join(dirname(file), spec)));
    }
  }
  const buffer = Buffer.from(source, 'utf8');
  return {
    files: [...seen].map((f) => f.slice(normalize(distDir).length + 1)),
    rawBytes: buffer.length,
    gzipBytes: [...seen].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0),
    source,
  };
}
