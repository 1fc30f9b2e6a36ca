import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's refusal mended before the measure of 2531–2575 was recorded (stop 62, the lead). */

describe('`(一)总体情况` as the first part’s line, the page cut before any other sub-heading', () => {
  it('begins the overview (real: 东胜区市场监督管理局 2020, `一、报告内容` above it)', () => {
    const r = importText(realText('2559-dongsheng-scjgj-2020.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.meta.year).toBe(2020);
    expect(r.report.narrative.overview).toMatch(/^\(一\)总体情况\n2020年,我局深入贯彻/);
    expect(r.report.narrative.overview).toMatch(/1\.组织机构建设情况/);
  });

  it('is still not the overview when a `(一)` sub-heading follows it (the areas’ list begins there)', () => {
    const text = [
      '某县2023年政府信息公开工作年度报告',
      '(一)总体情况',
      '2023年,我县认真贯彻《中华人民共和国政府信息公开条例》。',
      '(一)主动公开方面。全年主动公开政府信息120条。',
      '(二)依申请公开方面。全年收到申请3件。',
    ].join('\n');
    const r = importText(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.narrative.overview).toMatch(/主动公开政府信息120条/);
    expect(r.report.meta.preface).toMatch(/认真贯彻/);
  });
});
