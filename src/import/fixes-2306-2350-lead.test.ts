import { describe, expect, it } from 'vitest';
import { importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import and two readings mended by the lead at the measure of 2306–2350 (stop 57). */

describe('a page that indents every line with a tab', () => {
  it('is read as paragraphs, not refused as a table a cell a line (real: 利州区退役军人事务局 2019)', () => {
    const r = importText(realText('2322-lizhou-tyjrswj-2019.txt'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.narrative.overview).toContain('2019年,我局严格按照');
    expect(r.report.meta.year).toBe(2019);
  });

  it('keeps a table printed a cell a line, each line led by a tab, as a table', () => {
    const cells = (rows: string[][]): string =>
      rows.map((row) => row.map((cell) => `\t${cell}`).join('\n')).join('\n\n');
    const table = cells([
      ['第二十条第(一)项'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '3'],
      ['规范性文件', '1', '0', '5'],
    ]);
    const r = importText(
      `一、总体情况\n本局主动公开政府信息10条。\n二、主动公开政府信息情况\n${table}\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.cells).toMatchObject({
      't2.regulations.valid': '3',
      't2.normativeDocuments.made': '1',
      't2.normativeDocuments.valid': '5',
    });
  });

  it('strips the tabs only when a tab-led line is a sentence', () => {
    const prose =
      '\t2020年,本局认真贯彻落实《中华人民共和国政府信息公开条例》,全年主动公开政府信息120条,未收到政府信息公开申请。';
    const r = importText(`\t一、总体情况\n${prose}\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.narrative.overview).toContain('全年主动公开政府信息120条');
  });
});

describe('readings silenced at the measure', () => {
  it('局机关 after a bureau’s name is its offices, not 局 written twice (real: 滁州市气象局 2021)', () => {
    expect(
      importedWarns(realText('2306-chuzhou-qxj-2021.txt'), 'agency-name-word-doubled:overview'),
    ).toBe(false);
    expect(keys(withOverview('区商务委委主动发布各类工作信息140条。'))).toContain(
      'agency-name-word-doubled:overview',
    );
  });

  it('规范文件 before the steps of their handling is a verb and its object (real: 阿尔山市卫生健康委员会 2025)', () => {
    expect(
      keys(withOverview('建立健全政府信息管理机制,规范文件起草、审核、发布、更新流程。')),
    ).not.toContain('phrase-garbled:overview');
    expect(keys(withOverview('本年度清理规范文件3件。'))).toContain('phrase-garbled:overview');
  });
});
