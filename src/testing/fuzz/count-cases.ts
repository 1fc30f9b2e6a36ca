import { appendFileSync, mkdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, expect } from 'vitest';

/**
 * `npm run fuzz` setup: counts the cases every fast-check property ran (a reporter that also
 * fails the test exactly as the default one does), and appends the count of this test file to
 * .tmp/fuzz-counts.jsonl for the summary printed at the end (fuzz-summary.ts).
 */
let cases = 0;
let properties = 0;
const started = Date.now();

const report = (details: fc.RunDetails<unknown>): void => {
  cases += details.numRuns;
  properties += 1;
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
};
// One reporter serves fc.assert and async properties alike (asyncReporter may not be set with it).
// Its message names the seed and the path of a failure: `FUZZ_SEED=<seed>` runs that seed again
// (every property of the run starts from it), and any other seed explores other cases.
const seed = Number(process.env['FUZZ_SEED'] ?? Number.NaN);
fc.configureGlobal({ reporter: report, ...(Number.isSafeInteger(seed) ? { seed } : {}) });

afterAll(() => {
  mkdirSync('.tmp', { recursive: true });
  const file = expect.getState().testPath ?? 'unknown';
  appendFileSync(
    '.tmp/fuzz-counts.jsonl',
    `${JSON.stringify({ file, properties, cases, ms: Date.now() - started })}\n`,
  );
});
