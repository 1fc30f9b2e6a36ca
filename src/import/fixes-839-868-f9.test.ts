import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { providedBy } from './table-collector';

/** What the import reads since the fixes of the measure of 839–868 (stop 36, helper f9). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a header label printed with a stray character inside it', () => {
  const TITLE = '海滨街道2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
  /** 表二's first group as 霞山区海滨街道 2023 printed it, a cell a line. */
  const t2 = (valid: string) =>
    `${TITLE}第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n${valid}\n规章\n0\n0\n0\n行政规范性文件\n3\n0\n0\n`;

  it('is recorded as changed (real: 霞山区海滨街道 2023, `现在行有效件数`)', () => {
    expect(imported(t2('现在行有效件数')).source?.changedHeaders).toEqual([
      { table: 't2', printed: '现在行有效件数', label: '现行有效件数' },
    ]);
  });

  it('passes the format’s label, and one character more at either end', () => {
    expect(imported(t2('现行有效件数')).source?.changedHeaders).toBeUndefined();
    expect(imported(t2('现行有效件数量')).source?.changedHeaders).toBeUndefined();
    expect(imported(t2('总现行有效件数')).source?.changedHeaders).toBeUndefined();
  });
});

describe('cells printed blank after a row’s value, a cell a line', () => {
  const TITLE = '得荣县卫生健康局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
  const t2 = (cells: readonly string[]) =>
    `${TITLE}第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n${cells.join('\n')}\n|\n`;

  it('are recorded (real: 得荣县卫生健康局 2019, `0 |` / `|` / `0 |`), trailing ones too', () => {
    expect(imported(t2(['0 |', '|', '0 |'])).source?.printedBlank).toEqual(['t2.licensing.change']);
    expect(imported(t2(['0 |', '0 |', '|'])).source?.printedBlank).toEqual([
      't2.licensing.decisions',
    ]);
  });

  it('not blanks before the row’s first value (a column the copy may have lost)', () => {
    expect(imported(t2(['|', '0 |', '0 |'])).source?.printedBlank).toBeUndefined();
  });
});

describe('a row whose printed label names who must provide its data', () => {
  const t2 = (agency: string, label: string) =>
    `${agency}2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n${label} | | | |\n规范性文件 | 1 | 1 | 1 |\n`;
  const LABEL = '规章(设区的市、自治州人民政府应提供相关数据)';

  it('left blank by an agency it leaves out is not recorded (real: 黄陂区武湖街道 2020)', () => {
    expect(imported(t2('武湖街道办事处', LABEL)).source?.printedBlank).toBeUndefined();
  });

  it('left blank by a government it names, or under a bare label, is', () => {
    expect(imported(t2('武汉市人民政府', LABEL)).source?.printedBlank).toHaveLength(3);
    expect(imported(t2('武湖街道办事处', '规章')).source?.printedBlank).toHaveLength(3);
  });

  it('names its providers by the kind they end in', () => {
    expect(providedBy('设区的市、自治州人民政府', '武汉市人民政府')).toBe(true);
    expect(providedBy('设区的市、自治州人民政府', '武湖街道办事处')).toBe(false);
    expect(providedBy('设区的市、自治州人民政府', '武汉市人民政府办公厅')).toBe(false);
    // A list of another shape is taken to include the agency.
    expect(providedBy('有关部门', '武湖街道办事处')).toBe(true);
  });
});
