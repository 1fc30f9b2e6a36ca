import { readFileSync } from 'node:fs';
import { importDocxBytes } from '@/import/import-docx';
import { importText } from '@/import/import-text';
import { medianTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// Import of last year's report in Node (SPEC §8): seed 000 pasted as text (one cell per line,
// ~20 kB), and a hand-made .docx (LibreOffice, 2019 format, every table filled; its 121 kB of
// XML are read by saxes in a few milliseconds).
const seed = readFileSync('templates/fixtures/seeds/000_833a5a6ee7a74880.txt', 'utf8');
const docx = new Uint8Array(readFileSync('templates/fixtures/import/hand-2019-clerk.docx'));

function must(ok: boolean): void {
  if (!ok) throw new Error('import failed');
}

export const benches: readonly BenchEntry[] = [
  {
    name: 'import: seed 000 pasted as text → report + recognition, median',
    budget: 20,
    unit: 'ms',
    run: () => medianTime(() => must(importText(seed).ok), { warmup: 20, samples: 50 }),
  },
  {
    name: 'import: hand-made 2019 .docx (unzip + XML parse + tables by label), median',
    budget: 150,
    unit: 'ms',
    run: () => medianTime(() => must(importDocxBytes(docx).ok), { warmup: 10, samples: 30 }),
  },
];
