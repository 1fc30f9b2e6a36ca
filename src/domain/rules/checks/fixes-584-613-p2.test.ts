import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withPreface, realText } from '@/testing/checked-reports';

/** Misses of the measure of 584–613 in tables, the preface's period and its list of parts (stop 33). */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('cells a table printed empty in rows printed whole', () => {
  const datong = realText('591-datong-qxj-2023.txt');
  it('are warned (real: 大同市气象部门 2023, `规章 | |||`, `行政规范性文件 | 2 | ||`)', () => {
    const message = messageOf(imported(datong), 'table-cells-printed-blank:t2');
    expect(message).toContain('「规章 本年制发件数」');
    expect(message).toContain('8 个格子空着');
  });
  it('are warned in the 2019 format (real: 西藏国资委 2020, `规范性文件 | 11 | ||`)', () => {
    const report = imported(realText('611-xizang-gzw-2020.txt'));
    expect(messageOf(report, 'table-cells-printed-blank:t2')).toContain('5 个格子空着');
  });
  it('are silent when every printed cell holds a count', () => {
    const filled = datong
      .replace('规章 | |||', '规章 | 0 | 0 | 0 |')
      .replace('行政规范性文件 | 2 | ||', '行政规范性文件 | 2 | 0 | 2 |')
      .replace(/^(行政许可|行政处罚|行政强制) \| \|\|\|$/gm, '$1 | 0 | ||');
    expect(keys(imported(filled))).not.toContain('table-cells-printed-blank:t2');
  });
  it('are silent for a row the excerpt cut (its values on no line, or fewer than its columns)', () => {
    const cut = datong.slice(0, datong.indexOf('行政规范性文件 | 2')) + '行政规范性文件 | 2\n';
    const filled = cut.replace('规章 | |||', '规章 | 0 | 0 | 0 |');
    expect(keys(imported(filled))).not.toContain('table-cells-printed-blank:t2');
  });
  it('leave a table printed with no value at all to `table-printed-empty`', () => {
    const empty = datong.replace('行政规范性文件 | 2 | ||', '行政规范性文件 | |||');
    const found = keys(imported(empty));
    expect(found).toContain('table-printed-empty:t2');
    expect(found).not.toContain('table-cells-printed-blank:t2');
  });
});

describe('a preface giving the data only an end date', () => {
  const jilin =
    '本报告由“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”“存在的问题及改进情况”“其他需要报告的事项”六个部分组成。所列数据截止日期为2019年12月31日,电子版可在吉林省农业农村厅网站政府信息公开专栏下载。';
  it('is warned: no start of the period (real: 吉林省农业农村厅 2019)', () => {
    expect(messageOf(withPreface(jilin, 2019), 'statistics-period-mismatch:meta')).toContain(
      '没有写统计期限的起始日期',
    );
  });
  it('is silent when a period with its start is stated', () => {
    const stated = jilin.replace(
      '所列数据截止日期为2019年12月31日',
      '所列数据统计期限自2019年1月1日起至2019年12月31日止',
    );
    expect(keys(withPreface(stated, 2019))).not.toContain('statistics-period-mismatch:meta');
  });
  it('is silent for a count as of the year end (real: 天水市乡村振兴局 2021, `截至2020年12月31日,我办…`)', () => {
    const count = '截至2021年12月31日,我办通过网站主动公开政府信息120条。';
    expect(keys(withPreface(count))).not.toContain('statistics-period-mismatch:meta');
  });
});

describe('parts said as 从…等方面予以报告', () => {
  const yongning =
    '现将关岭自治县永宁镇人民政府2023年度政府信息公开工作从总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况和存在的主要问题及改进情况等方面予以报告。本年度报告中所列数据统计期限为2023年1月1日至2023年12月31日。';
  it('are short of 其他需要报告的事项 (real: 关岭自治县永宁镇 2023)', () => {
    expect(messageOf(withPreface(yongning, 2023), 'part-count-mismatch:meta')).toContain(
      '「六、其他需要报告的事项」',
    );
  });
  it('are silent when all six are named', () => {
    const six = yongning.replace('改进情况等方面', '改进情况、其他需要报告的事项等方面');
    expect(keys(withPreface(six, 2023))).not.toContain('part-count-mismatch:meta');
  });
});
