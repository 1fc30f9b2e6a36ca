import { describe, expect, it } from 'vitest';
import { importText } from './import-text';

const preface =
  '根据《中华人民共和国政府信息公开条例》相关要求,现公布永嘉县云岭乡人民政府2023年政府信息公开工作年度报告。本年报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。';

describe('a page joined into one line, its first heading run into its first words', () => {
  it('splits `一、总体情况2023,…` after a sentence (real: 永嘉县云岭乡 2023)', () => {
    const r = importText(
      `${preface} 一、总体情况2023,云岭乡认真贯彻落实《条例》。 (一)主动公开 2023年度共新增主动公开政府信息41条。`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.meta.agencyName).toBe('永嘉县云岭乡人民政府');
    expect(r.report.narrative.overview).toMatch(/^2023,云岭乡认真贯彻落实/);
    expect(r.report.meta.preface).not.toContain('总体情况2023');
  });

  it('splits a heading run into its first sub-heading `(一)`', () => {
    const r = importText(`${preface}一、总体情况(一)主动公开。全年主动公开政府信息41条。`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.narrative.overview).toMatch(/^\(一\)主动公开/);
  });

  it('leaves a preface that lists the parts with `；` as one paragraph', () => {
    const r = importText(
      `${preface}本报告包括:一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况。\n一、总体情况\n全年主动公开政府信息41条。`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.meta.preface).toContain('一、总体情况；二、主动公开政府信息情况；');
    expect(r.report.narrative.overview).toBe('全年主动公开政府信息41条。');
  });
});
