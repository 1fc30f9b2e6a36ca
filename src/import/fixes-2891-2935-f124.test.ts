import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The import of the measure of 2891–2935 mended after it (stop 70, fixer f124): 表二 printed as one
 * line, its cells parted by single spaces (2903); the title's body in brackets after the report's name
 * (2917); a title naming the body by its level alone under the page's banner naming it whole (2900).
 */

const readCells = (text: string): Readonly<Record<string, string>> => {
  const report = importedReport(text);
  return { ...report.cells, ...report.reportedTotals };
};

const overview = '一、总体情况\n2024年,区林业局认真落实政府信息公开工作要求。\n';

describe('表二 on one line, its cells parted by single spaces (2903)', () => {
  it('reads each row’s values into its cells (real: 汉中市汉台区林业局 2024)', () => {
    const cells = readCells(realText('2903-hantai-lyj-2024.txt'));
    expect(cells).toMatchObject({
      't2.regulations.made': '0',
      't2.normativeDocuments.valid': '0',
      't2.licensing.decisions': '0',
      't2.punishment.decisions': '8',
      't2.coercion.decisions': '0',
    });
  });

  it('reads the same line in a made-up text, and no prose of the part', () => {
    const text = `${overview}二、主动公开政府信息情况\n第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 2 1 5 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 12\n`;
    expect(readCells(text)).toMatchObject({
      't2.normativeDocuments.made': '2',
      't2.normativeDocuments.repealed': '1',
      't2.normativeDocuments.valid': '5',
      't2.licensing.decisions': '12',
    });
  });

  it('stays off a sentence naming rows, and a line with one row only', () => {
    for (const line of [
      '本年制发规章 0 件,行政规范性文件 2 件,行政许可 12 件。',
      '行政许可 12 行政处罚',
    ]) {
      const cells = readCells(`${overview}二、主动公开政府信息情况\n${line}\n`);
      expect(cells['t2.normativeDocuments.made'], line).toBeUndefined();
      expect(cells['t2.punishment.decisions'], line).toBeUndefined();
    }
  });
});

describe('the body in brackets after the title’s report name (2917)', () => {
  it('reads it as the agency (real: 浦东新区曹路镇 2024)', () => {
    expect(importedReport(realText('2917-pudong-caolu-2024.txt')).meta.agencyName).toBe(
      '上海市浦东新区曹路镇人民政府',
    );
  });

  it('keeps a title’s own agency before the year, and reads no edition as a body', () => {
    const named = importedReport(
      `某县统计局2024年政府信息公开工作年度报告(某县人民政府办公室)\n${overview}`,
    );
    expect(named.meta.agencyName).toBe('某县统计局');
    const edition = importedReport(
      `芜湖市数据资源管理局2019年度政府信息公开年度报告(文字版)\n${overview}`,
    );
    expect(edition.meta.agencyName).toBe('芜湖市数据资源管理局');
  });
});

describe('a title by the level alone under the page’s banner naming it whole (2900)', () => {
  it('takes the banner’s name, the title’s kept for the check (real: 新疆林草局 2021)', () => {
    const report = importedReport(realText('2900-xinjiang-lcj-2021.txt'));
    expect(report.meta.agencyName).toBe('新疆维吾尔自治区林业和草原局');
    expect(report.source?.titleAgencyPlaceless).toBe('自治区林业和草原局');
  });

  it('reads the title as printed with no banner, or a banner naming another body', () => {
    expect(importedReport(realText('1982-xinjiang-sthjt-2023.txt')).meta.agencyName).toBe(
      '自治区生态环境厅',
    );
    const other = importedReport(
      `新疆维吾尔自治区人民政府\n\n自治区林业和草原局2021年政府信息公开工作年度报告\n\n${overview}`,
    );
    expect(other.meta.agencyName).toBe('自治区林业和草原局');
  });
});
