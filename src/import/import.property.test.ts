import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importDocxBytes } from './import-docx';
import { importText } from './import-text';
import type { ImportResult } from './types';
import { runs } from '@/testing/property-runs';

/**
 * Random and mutated text and bytes: every call returns a result or a clear Chinese message,
 * never throws, and finishes quickly. Inputs are bounded so a run stays in seconds.
 */

export const RUNS = {
  randomText: runs(300, 10_000),
  mutatedSeeds: runs(300, 2_000),
  randomBytes: runs(300, 5_000),
  mutatedDocx: runs(150, 1_500),
} as const;

const seeds = readdirSync('templates/fixtures/seeds').map((f) =>
  readFileSync(`templates/fixtures/seeds/${f}`, 'utf8'),
);
const docxFiles = readdirSync('templates/fixtures/import').map(
  (f) => new Uint8Array(readFileSync(`templates/fixtures/import/${f}`)),
);

function wellFormed(r: ImportResult, started: number): boolean {
  // A guard against hanging (a loaded CI machine runs several times slower), not a speed figure.
  expect(performance.now() - started).toBeLessThan(8_000);
  if (!r.ok) return /[\u4e00-\u9fff]/.test(r.message) && r.message.length > 8;
  return (
    typeof r.report.formatId === 'string' &&
    Array.isArray(r.warnings) &&
    Array.isArray(r.unrecognised)
  );
}

const pieces = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '（一）予以公开',
  '(七) 总计',
  '行政复议',
  '规章',
  '\t',
  '\n',
  '\t0',
  '\t21\u00a0',
  '|',
  '—',
  '/',
  '无',
  '2020年1月5日',
  '533.41万',
  '**',
  '# ',
  '1. 属于国家秘密',
  '结 果 维 持',
  '本年新制作数量',
  '本年制发件数',
  '４２',
  '-3',
  '（单位：元）',
  '\r\n',
  ' ',
];
const chunk = fc.oneof(
  fc.constantFrom(...pieces),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

describe('property: importers never crash or hang', () => {
  it(`random text (${RUNS.randomText} cases)`, () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 400 }), (parts) => {
        const started = performance.now();
        return wellFormed(importText(parts.join('')), started);
      }),
      { numRuns: RUNS.randomText },
    );
  });

  it(`mutated seeds (${RUNS.mutatedSeeds} cases): lines dropped, duplicated, swapped, split`, () => {
    const mutation = fc.record({
      seed: fc.nat({ max: seeds.length - 1 }),
      ops: fc.array(
        fc.tuple(
          fc.constantFrom('drop', 'dup', 'swap', 'split', 'insert'),
          fc.nat(),
          fc.nat(),
          chunk,
        ),
        { maxLength: 40 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ seed, ops }) => {
        const lines = (seeds[seed] ?? '').split('\n');
        for (const [op, a, b, text] of ops) {
          const i = a % Math.max(1, lines.length);
          const j = b % Math.max(1, lines.length);
          if (op === 'drop') lines.splice(i, 1);
          else if (op === 'dup') lines.splice(i, 0, lines[i] ?? '');
          else if (op === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
          else if (op === 'split') {
            const l = lines[i] ?? '';
            lines.splice(i, 1, l.slice(0, b % (l.length + 1)), l.slice(b % (l.length + 1)));
          } else lines.splice(i, 0, text);
        }
        const started = performance.now();
        return wellFormed(importText(lines.join('\n')), started);
      }),
      { numRuns: RUNS.mutatedSeeds },
    );
  });

  it(`random bytes (${RUNS.randomBytes} cases), some with a zip signature`, () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.uint8Array({ maxLength: 4096 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const started = performance.now();
        const r = importDocxBytes(b);
        return !r.ok && wellFormed(r, started);
      }),
      { numRuns: RUNS.randomBytes },
    );
  });

  it(`mutated real .docx files (${RUNS.mutatedDocx} cases): bytes flipped, truncated`, () => {
    const mutation = fc.record({
      file: fc.nat({ max: docxFiles.length - 1 }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 20 }),
      cut: fc.option(fc.nat()),
    });
    fc.assert(
      fc.property(mutation, ({ file, flips, cut }) => {
        let b = (docxFiles[file] ?? new Uint8Array()).slice();
        for (const [at, x] of flips) b[at % b.length] = (b[at % b.length] ?? 0) ^ x;
        if (cut !== null) b = b.slice(0, cut % (b.length + 1));
        const started = performance.now();
        return wellFormed(importDocxBytes(b), started);
      }),
      { numRuns: RUNS.mutatedDocx },
    );
  });
});
