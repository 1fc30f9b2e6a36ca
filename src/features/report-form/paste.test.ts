import { describe, expect, it } from 'vitest';
import { indexTemplate } from '@/domain/template/lookup';
import { formatById } from '@templates/index';
import { buildGridModel } from './grid-model';
import { isBlock, parseTsv, planPaste } from './paste';

describe('parseTsv', () => {
  it('reads Excel rows with \\r\\n and a trailing newline', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });
  it('keeps empty cells and reads \\n-only rows', () => {
    expect(parseTsv('1\t\t3\n\t5\t')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
  });
  it('unquotes cells with tabs, newlines and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"x""y"\n"line1\nline2"\t2\n')).toEqual([
      ['a\tb', 'x"y'],
      ['line1\nline2', '2'],
    ]);
  });
  it('leaves a quote inside a cell alone', () => {
    expect(parseTsv('5"\t6')).toEqual([['5"', '6']]);
  });
  it('tells a block from a single value', () => {
    expect(isBlock('12')).toBe(false);
    expect(isBlock('12\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
    expect(isBlock('1\r\n2\r\n')).toBe(true);
  });
});

describe('planPaste', () => {
  const template = formatById('2021');
  const t3 = template.tables.find((t) => t.id === 't3');
  if (!t3) throw new Error('t3');
  const model = buildGridModel(t3);
  const cells = indexTemplate(template).cells;

  it('fills from the focused cell, skipping computed cells and reporting them', () => {
    const plan = planPaste(
      model,
      cells,
      't3.granted.naturalPerson',
      parseTsv('3\t1\t0\t0\t0\t0\t4\n２\t0\t0\t0\t0\t0\t2\r\n'),
    );
    expect(plan.writes).toHaveLength(12);
    expect(plan.writes[0]).toEqual({ id: 't3.granted.naturalPerson', value: '3' });
    expect(plan.writes[6]).toEqual({ id: 't3.partial.naturalPerson', value: '2' });
    expect(plan.rejected.map((r) => r.id)).toEqual(['t3.granted.total', 't3.partial.total']);
  });
  it('rejects values outside the table; keeps invalid values as pasted, with a Chinese reason', () => {
    const plan = planPaste(model, cells, 't3.newReceived.otherOrg', parseTsv('1\t2\n-1\tx'));
    expect(plan.writes).toEqual([
      { id: 't3.newReceived.otherOrg', value: '1' },
      { id: 't3.carriedIn.otherOrg', value: '-1' },
    ]);
    expect(plan.rejected.map((r) => r.reason)).toEqual([
      '一、本年新收政府信息公开申请数量 总计为自动计算，不粘贴',
      '二、上年结转政府信息公开申请数量 总计为自动计算，不粘贴',
    ]);
    expect(plan.invalid.map((r) => r.reason)).toEqual([
      '二、上年结转政府信息公开申请数量 法人或其他组织 其他：“-1”不是有效的件数（应为不小于 0 的整数）',
    ]);
  });
  it('reports rows below the table', () => {
    const plan = planPaste(model, cells, 't3.carriedOver.naturalPerson', parseTsv('1\n2\n'));
    expect(plan.writes).toHaveLength(1);
    expect(plan.rejected).toEqual([{ id: null, text: '2', reason: '超出表格范围' }]);
  });
});
