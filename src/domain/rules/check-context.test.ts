import { describe, expect, it } from 'vitest';
import { clean2022 } from '@templates/fixtures/format-2021/clean';
import { formatById, formats } from '@templates/index';
import { computeReport } from '../compute/compute-report';
import {
  KEY_BITS,
  newReadLog,
  noteRead,
  perContext,
  readKeyId,
  withReads,
  type CheckContext,
  type ReadLog,
} from './check-context';
import { ReportValues, withValues } from './report-values';

function evaluationContext(): CheckContext {
  const { report, today } = clean2022;
  const template = formatById(report.formatId);
  const computed = computeReport(template, report);
  return withValues(
    { template, report, computed, formats, today },
    new ReportValues(template, report, computed, false),
  );
}

const hasKey = (log: ReadLog, key: string): boolean => {
  const id = readKeyId(key);
  return (((log.keys[Math.floor(id / KEY_BITS)] ?? 0) >>> (id % KEY_BITS)) & 1) === 1;
};

describe('perContext', () => {
  it('notes what shared work read for every check that uses it, however it was first done', () => {
    let calls = 0;
    const value = { said: 'x' };
    const work = perContext(() => {
      calls += 1;
      noteRead('n.overview');
      return value;
    });
    // Done first while nothing records (a full evaluation)…
    const ctx = evaluationContext();
    expect(work(ctx)).toBe(value);
    expect(calls).toBe(1);
    // …then asked by a check whose reads are logged: the log says what the work read, and the
    // value is the one kept.
    const log = newReadLog();
    expect(withReads(log, () => work(ctx))).toBe(value);
    expect(hasKey(log, 'n.overview')).toBe(true);
    const again = newReadLog();
    expect(withReads(again, () => work(ctx))).toBe(value);
    expect(hasKey(again, 'n.overview')).toBe(true);
    // Its reads are worked out at most once more, not at every check that asks.
    expect(calls).toBeLessThanOrEqual(2);
  });

  it('works out shared work once per evaluation while a check records', () => {
    let calls = 0;
    const work = perContext(() => {
      calls += 1;
      noteRead('n.preface');
      return calls;
    });
    const ctx = evaluationContext();
    const first = newReadLog();
    expect(withReads(first, () => work(ctx))).toBe(1);
    const second = newReadLog();
    expect(withReads(second, () => work(ctx))).toBe(1);
    expect(work(ctx)).toBe(1);
    expect(calls).toBe(1);
    expect(hasKey(first, 'n.preface') && hasKey(second, 'n.preface')).toBe(true);
    // Another evaluation's context: worked out again.
    expect(work(evaluationContext())).toBe(2);
  });
});
