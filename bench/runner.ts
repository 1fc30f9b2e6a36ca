/**
 * Runs every bench entry (bench/entries/*.bench.ts) and prints each figure beside its budget.
 * Started by bench/run.mjs, which loads this file through Vite so TypeScript and the app's
 * aliases work on Node 20.
 *
 *   npm run bench                 all entries
 *   npm run bench -- engine       entries whose name contains "engine"
 *   npm run bench -- --strict     exit 1 when a figure is over its budget
 *
 * The figures are also written to bench/out/latest.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchEntry } from './types';

export type ModuleLoader = (path: string) => Promise<Record<string, unknown>>;

interface Result {
  readonly name: string;
  readonly value: number | null;
  readonly budget: number;
  readonly unit: string;
  readonly status: 'ok' | 'OVER' | 'ERROR';
  readonly error?: string;
}

function isBenchEntry(value: unknown): value is BenchEntry {
  const entry = value as Partial<BenchEntry> | null;
  return (
    typeof entry?.name === 'string' &&
    typeof entry.budget === 'number' &&
    typeof entry.unit === 'string' &&
    typeof entry.run === 'function'
  );
}

async function loadEntries(root: string, load: ModuleLoader): Promise<BenchEntry[]> {
  const files = readdirSync(join(root, 'bench/entries'))
    .filter((file) => file.endsWith('.bench.ts'))
    .sort();
  const entries: BenchEntry[] = [];
  for (const file of files) {
    const module = await load(`/bench/entries/${file}`);
    const benches = module['benches'];
    if (!Array.isArray(benches) || !benches.every(isBenchEntry)) {
      throw new Error(`bench/entries/${file} must export \`benches: BenchEntry[]\``);
    }
    entries.push(...benches);
  }
  return entries;
}

function formatFigure(value: number): string {
  if (value === 0) return '0';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 2 : 4;
  return value.toFixed(digits);
}

function printTable(results: readonly Result[]): void {
  const rows = results.map((r) => [
    r.name,
    r.value === null ? '—' : `${formatFigure(r.value)} ${r.unit}`,
    `≤ ${formatFigure(r.budget)} ${r.unit}`,
    r.status + (r.error ? `: ${r.error}` : ''),
  ]);
  const header = ['benchmark', 'figure', 'budget', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}

/** Runs the entries selected by `args` and returns the process exit code. */
export async function runBenchmarks(
  root: string,
  args: readonly string[],
  load: ModuleLoader,
): Promise<number> {
  const strict = args.includes('--strict');
  const filters = args.filter((arg) => !arg.startsWith('--'));
  const entries = (await loadEntries(root, load)).filter(
    (entry) => filters.length === 0 || filters.some((filter) => entry.name.includes(filter)),
  );
  if (entries.length === 0) {
    console.error(`no bench entry matches ${filters.join(', ')}`);
    return 1;
  }

  // Times on a shared machine depend on its load: printed beside the figures.
  const loadAtStart = loadavg()[0] ?? 0;
  const results: Result[] = [];
  for (const entry of entries) {
    process.stdout.write(`running: ${entry.name} …\n`);
    try {
      const value = await entry.run();
      const status = value <= entry.budget ? 'ok' : 'OVER';
      results.push({ name: entry.name, value, budget: entry.budget, unit: entry.unit, status });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ ...entry, value: null, status: 'ERROR', error: message });
    }
  }

  const loadText = `load average ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end, ${availableParallelism()} cores`;
  console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}, ${loadText}\n`);
  printTable(results);
  mkdirSync(join(root, 'bench/out'), { recursive: true });
  writeFileSync(
    join(root, 'bench/out/latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, load: loadText, results }, null, 2)}\n`,
  );

  const errors = results.some((r) => r.status === 'ERROR');
  const over = results.some((r) => r.status === 'OVER');
  return errors || (strict && over) ? 1 : 0;
}
