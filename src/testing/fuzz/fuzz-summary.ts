import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

/** `npm run fuzz` global setup: starts a fresh count, and prints the cases per file at the end. */
const FILE = '.tmp/fuzz-counts.jsonl';

export function setup(): () => void {
  rmSync(FILE, { force: true });
  const started = Date.now();
  return () => {
    if (!existsSync(FILE)) return;
    const rows = readFileSync(FILE, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; properties: number; cases: number; ms: number });
    let total = 0;
    for (const r of rows.sort((a, b) => b.cases - a.cases)) {
      total += r.cases;
      process.stdout.write(
        `${String(r.cases).padStart(8)} cases  ${String(r.properties).padStart(3)} properties  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${relative(process.cwd(), r.file)}\n`,
      );
    }
    process.stdout.write(
      `fuzz: ${total} property cases in ${rows.length} files, ${((Date.now() - started) / 1000).toFixed(0)} s\n`,
    );
  };
}
