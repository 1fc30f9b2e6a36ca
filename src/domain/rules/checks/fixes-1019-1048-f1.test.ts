import { describe, expect, it } from 'vitest';
import { keys, importedReport, realText } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1019–1048 mended after it (stop 38, helper f1), from the real wording,
 * with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const scopeWarned = (text: string): boolean => keys(importedReport(text)).includes(SCOPE);

describe('government-scope-missing', () => {
  const haimen = realText('1026-haimen-district-2020.txt');
  it('does not read the region’s media accounts cut as the scope of its counts (real: 南通市海门区 2020)', () => {
    expect(scopeWarned(haimen)).toBe(true);
  });
  it('still reads the region’s media accounts giving a count of items as the scope said', () => {
    expect(
      scopeWarned(
        haimen.replace('全区政务新媒体由年初38个压缩至20个', '全区政务新媒体共发布信息758条'),
      ),
    ).toBe(false);
    expect(scopeWarned(haimen.replace('南通市海门区主动发布信息', '全区主动发布信息'))).toBe(false);
  });

  const yongxin = realText('1037-qijiang-yongxin-2020.txt');
  it('does not read the whole town’s development served as the scope (real: 永新镇 2020)', () => {
    expect(scopeWarned(yongxin)).toBe(true);
  });
  it('still reads the whole town named with the count', () => {
    expect(
      scopeWarned(yongxin.replace('累计主动公开政府信息173条', '全镇累计主动公开政府信息173条')),
    ).toBe(false);
  });
  it('reads the same aim as no scope in 宁县新宁镇 2024 and 金厂镇 2025', () => {
    expect(scopeWarned(realText('797-ningxian-xinning-2024.txt'))).toBe(true);
    expect(scopeWarned(realText('076-tonghua-jinchang-2025.txt'))).toBe(true);
  });

  const yizhuang = realText('1039-daxing-yizhuang-2019.txt');
  it('reads a count of requests in 总体情况, and not 非本机关制作 as 本级 (real: 亦庄镇 2019)', () => {
    expect(scopeWarned(yizhuang)).toBe(true);
    expect(
      scopeWarned(
        yizhuang.replace('本年度共受理依申请公开20件', '本年度镇本级共受理依申请公开20件'),
      ),
    ).toBe(false);
  });
  it('still reads information said to be made by the agency as 本级', () => {
    expect(
      scopeWarned(yizhuang.replace('按时公开了民政救助', '按时公开了本机关制作的民政救助')),
    ).toBe(false);
  });
  it('stays silent on none received, no figure to read (real: 安肃镇 2025, 吉亚乡 2023, 横河镇 2020)', () => {
    expect(scopeWarned(realText('328-xushui-ansu-2025.txt'))).toBe(false);
    expect(scopeWarned(realText('370-hotan-jiya-2023.txt'))).toBe(false);
    expect(scopeWarned(realText('621-yangcheng-henghe-2020.txt'))).toBe(false);
  });
});

describe('proactive-count-missing', () => {
  const KEY = 'proactive-count-missing:overview';
  const yizhuang = realText('1039-daxing-yizhuang-2019.txt');
  it('reads items numbered 1., 2. as the overview’s items (real: 亦庄镇 2019)', () => {
    expect(keys(importedReport(yizhuang))).toContain(KEY);
  });
  it('stays silent when the numbered item gives a count', () => {
    expect(
      keys(importedReport(yizhuang.replace('重点工作等信息,', '重点工作等信息120条,'))),
    ).not.toContain(KEY);
  });
  it('does not take a 1. under a （一） item for the next item', () => {
    const text = yizhuang
      .replace('  1.主动公开情况', '  (一)主动公开情况')
      .replace('  2.依申请公开办理情况', '  1.依申请公开办理情况\n\n  全年公开信息120条。')
      .replace('  3.政府信息公开监督', '  (二)政府信息公开监督');
    expect(keys(importedReport(text))).not.toContain(KEY);
  });
});

describe('region-figures-in-unit-report', () => {
  const KEY = 'region-figures-in-unit-report:overview';
  const heping = realText('1042-heping-zfbgs-2023.txt');
  it('reads the units guided as the figures’ owners when the office gives none of its own (real: 和平区人民政府办公室 2023)', () => {
    expect(keys(importedReport(heping))).toContain(KEY);
  });
  it('stays silent when the office counts its own as well (real: 长乐区人民政府办公室 2023)', () => {
    expect(keys(importedReport(realText('872-changle-zfb-2023.txt')))).not.toContain(KEY);
    expect(
      keys(
        importedReport(heping.replace('全年指导区政府', '全年我办主动公开政府信息30条,指导区政府')),
      ),
    ).not.toContain(KEY);
  });
});
