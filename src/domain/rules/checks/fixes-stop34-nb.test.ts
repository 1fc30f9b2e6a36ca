import { describe, expect, it } from 'vitest';
import { linesOf } from '@/domain/format/text';
import type { Report } from '@/domain/report/types';
import { importText } from '@/import';
import { keys, messageOf } from '@/testing/checked-reports';

/**
 * Stop 34 (nb): the written headings' keys kept by text (`writtenKey` in headings.ts) give the
 * same findings whether a heading is met for the first time or again, in any order of reports.
 */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

const body = [
  '2023年,我镇在本单位部门网站主动公开政府信息。',
  '二、主动公开政府信息情况',
  '第二十条第(一)项',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数',
  '规章 | 0 | 0 | 0',
  '规范性文件 | 0 | 0 | 0',
];

describe('section-heading-mismatch with the written headings’ keys kept', () => {
  const unnumbered = () => imported(['总体情况', ...body].join('\n'));
  const numbered = () => imported(['一、总体情况', ...body].join('\n'));
  const dotted = () => imported(['一.总体情况', ...body].join('\n'));

  it('says the same of a report checked again, after other reports', () => {
    const first = messageOf(unnumbered(), 'section-heading-mismatch:overview');
    expect(first).toContain('缺序号');
    expect(keys(numbered())).not.toContain('section-heading-mismatch:overview');
    expect(keys(dotted())).not.toContain('section-heading-mismatch:overview');
    expect(messageOf(unnumbered(), 'section-heading-mismatch:overview')).toBe(first);
    expect(keys(numbered())).not.toContain('section-heading-mismatch:overview');
  });
});

describe('linesOf', () => {
  it('is the text split at line breaks, worked out once per text', () => {
    const text = [
      '（一）主动公开情况',
      '本年度主动公开政府信息120条。',
      '',
      '（二）依申请公开情况',
    ].join('\n');
    expect(linesOf(text)).toEqual(text.split('\n'));
    expect(linesOf(text)).toBe(linesOf(text));
    expect(linesOf('')).toEqual(['']);
  });
});
