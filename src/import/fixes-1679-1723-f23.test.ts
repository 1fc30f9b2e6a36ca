import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { agencyInPreface } from './read-meta';

// Misses of the importer at the measure of 1679–1723 mended after it (stop 48, helper f23): fields
// not read as the gatherers wrote them. The texts are the corpus's own.

const real = (name: string): string => readFileSync(`templates/fixtures/real/${name}`, 'utf8');
const meta = (name: string) => {
  const result = importText(real(name));
  if (!result.ok) throw new Error(result.message);
  return result.report.meta;
};

describe('the agency a preface publishes the report of', () => {
  it('reads a bracket inside the body’s name (real: 高港区应急管理局 2024)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》规定,现公布泰州医药高新区(高港区)应急管理局2024年政府信息公开工作年度报告。',
      ),
    ).toBe('泰州医药高新区(高港区)应急管理局');
    expect(meta('1686-gaogang-yjglj-2024.txt').agencyName).toBe('泰州医药高新区(高港区)应急管理局');
  });
  it('still reads a body’s other name in brackets after it, without a short name given it', () => {
    expect(
      agencyInPreface('现公布六盘水市人民政府(市人民政府办公室)2023年政府信息公开工作年度报告。'),
    ).toBe('六盘水市人民政府(市人民政府办公室)');
    expect(
      agencyInPreface('现公布上海市黄浦区人民政府(以下简称区政府)2023年政府信息公开工作年度报告。'),
    ).toBe('上海市黄浦区人民政府');
  });
  it('takes the preface’s 人民政府 over a town’s title whose 政府 is the report’s (real: 莲湖乡 2024)', () => {
    expect(meta('1699-poyang-lianhu-2024.txt').agencyName).toBe('鄱阳县莲湖乡人民政府');
  });
});

describe('the date of a signature printed under the title', () => {
  it('reads `上海市青浦区华新镇` / `2021年1月5日` under the title (real: 华新镇 2020)', () => {
    expect(meta('1688-qingpu-huaxin-2020.txt').reportDate).toBe('2021-01-05');
  });
});
