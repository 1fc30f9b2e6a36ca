import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';
import { importText } from './import-text';

/**
 * What an import records of its source besides the values: the headings as written (for the
 * headings check) and the totals printed empty (for the blank-total check), on real texts.
 */

const real = (name: string): string => readFileSync(`templates/fixtures/${name}`, 'utf8');

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  const issues = evaluateChecks(formatById(r.report.formatId), r.report, {
    formats,
    today: '2026-01-20',
  });
  return { report: r.report, keys: issues.map((i) => i.key) };
}

describe('headings as written', () => {
  it('keeps a renamed heading (seed 001: 一、概述) and a near-miss (seed 003: 和)', () => {
    const s001 = imported(real('seeds/001_0230f7c11c6e0b53.txt'));
    expect(s001.report.source?.headings?.overview).toBe('一、概述');
    expect(s001.keys).toContain('section-heading-mismatch:overview');
    const s003 = imported(real('seeds/003_d25101f45b1a16b3.txt'));
    expect(s003.report.source?.headings?.reviewLitigation).toBe(
      '四、政府信息公开行政复议和行政诉讼情况',
    );
    expect(s003.keys).toContain('section-heading-mismatch:reviewLitigation');
  });

  it('notices a heading left out before others (seed 004 has no 三)', () => {
    const s004 = imported(real('seeds/004_a3edccc839184d0e.txt'));
    expect(s004.report.source?.headings?.applications).toBeUndefined();
    expect(s004.report.source?.headings?.reviewLitigation).toBeDefined();
    expect(s004.keys).toContain('section-heading-mismatch:applications');
  });

  it('reads the official words under a wrong numeral as their section and names the numeral', () => {
    const text = real('real/022-huaian-2024-pdf-layout.txt');
    expect(imported(text).keys.filter((k) => k.startsWith('section-heading'))).toEqual([]);
    const wrong = imported(text.replace('六、其他需要报告的事项', '五、其他需要报告的事项'));
    expect(wrong.report.source?.headings?.other).toBe('五、其他需要报告的事项');
    expect(wrong.report.narrative.other).toBeTruthy();
    expect(wrong.keys).toContain('section-heading-mismatch:other');
  });
});

describe('totals printed blank', () => {
  const text = real('real/005-zhanjiang-dfz-2023.txt');
  const row = '一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

  it('records a blank 总计 apart from one not found, and warns when its parts are filled', () => {
    expect(text).toContain(row);
    const plain = imported(text);
    expect(plain.report.source?.blankTotals).toBeUndefined();
    const blank = imported(
      text.replace(row, '一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 |  |'),
    );
    expect(blank.report.source?.blankTotals).toEqual(['t3.newReceived.total']);
    expect(blank.report.reportedTotals['t3.newReceived.total']).toBeUndefined();
    expect(blank.keys).toContain('printed-total-blank:t3.newReceived.total');
  });

  it('records nothing for a row that lost its last cell (not printed blank)', () => {
    const short = imported(
      text.replace(row, '一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 |'),
    );
    expect(short.report.source?.blankTotals).toBeUndefined();
    expect(short.keys).not.toContain('printed-total-blank:t3.newReceived.total');
  });
});

describe('the year as the title writes it', () => {
  const body = real('seeds/001_0230f7c11c6e0b53.txt').split('\n').slice(1).join('\n');

  it('keeps a mistyped year of the title (20201年度) as written and reports it, without guessing', () => {
    const r = imported(`某某县交通运输局20201年度政府信息公开工作年度报告\n${body}`);
    expect(r.report.meta.year).toBeNull();
    expect(r.report.meta.yearText).toBe('20201');
    expect(r.keys).toContain('report-year-invalid');
  });

  it('reads a four-digit year of the title as the year', () => {
    const r = imported(`某某县交通运输局2020年度政府信息公开工作年度报告\n${body}`);
    expect(r.report.meta.year).toBe(2020);
    expect(r.report.meta.yearText).toBeUndefined();
  });
});
