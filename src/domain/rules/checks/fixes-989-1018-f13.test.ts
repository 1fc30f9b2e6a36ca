import { describe, expect, it } from 'vitest';
import { keys, importedReport, realText } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 989–1018 mended after it (stop 37, helper f13), from
 * the real wording.
 */

const SCOPE = 'government-scope-missing';
const scopeWarned = (text: string): boolean => keys(importedReport(text)).includes(SCOPE);

describe('government-scope-missing', () => {
  const changning = realText('1017-changning-2021.txt');
  it('reads a nameless text compiled by the government’s office as one to check (real: 长宁区 2021)', () => {
    expect(scopeWarned(changning)).toBe(true);
  });
  it('stays silent when the text says the region’s figures', () => {
    expect(
      scopeWarned(
        changning.replace('全年主动公开行政规范性文件3件', '全区全年主动公开行政规范性文件3件'),
      ),
    ).toBe(false);
  });
  it('reads the office speaking of its own count as the scope said (real: 长乐区人民政府办公室 2023)', () => {
    expect(scopeWarned(realText('872-changle-zfb-2023.txt'))).toBe(false);
  });
  it('reads the region opening its clause after the year as the scope said (real: 闽清县 2022)', () => {
    expect(scopeWarned(realText('284-minqing-county-2022.txt'))).toBe(false);
  });

  const lingchuan = realText('994-lingchuan-county-2022.txt');
  it('does not read the departments organised as the scope of a later count (real: 灵川县 2022)', () => {
    expect(scopeWarned(lingchuan)).toBe(true);
  });
  it('reads the departments giving the count in their clause as the scope said', () => {
    expect(
      scopeWarned(
        lingchuan.replace(
          '组织各部门依法依规做好法定主动公开内容的公开工作,2022年通过',
          '组织各部门2022年通过',
        ),
      ),
    ).toBe(false);
  });

  const miaozi = realText('999-wanyuan-miaozi-2019.txt');
  it('reads a nameless town’s report named after its year, and not the topics covered as the scope (real: 庙子乡 2019)', () => {
    expect(scopeWarned(miaozi)).toBe(true);
  });
  it('still reads the whole town named with the count in its clause', () => {
    expect(
      scopeWarned(miaozi.replace('有效涵盖了全乡热点事件和中心工作', '涵盖全乡信息600余条')),
    ).toBe(false);
  });

  const leizu = realText('995-xiping-leizu-2021.txt');
  it('reads the information said to be the government’s own as 本级 (real: 嫘祖镇 2021)', () => {
    expect(scopeWarned(leizu)).toBe(false);
    expect(scopeWarned(leizu.replace('主动公开本政府产生的政务信息', '主动公开政务信息'))).toBe(
      true,
    );
  });
});

describe('citation-abbreviation-mismatch', () => {
  const KEY = 'citation-abbreviation-mismatch:meta';
  const zhonghe = realText('1002-yuanzhou-zhonghe-2019.txt');
  it('reads every short name of one bracket as defined (real: 中河乡 2019)', () => {
    expect(keys(importedReport(zhonghe))).not.toContain(KEY);
  });
  it('still warns a short name no bracket defines', () => {
    expect(
      keys(
        importedReport(
          zhonghe.replace('(以下简称《条例》《办法》)规定', '(以下简称《条例》)及《办法》规定'),
        ),
      ),
    ).toContain(KEY);
  });
});
