import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * The measure of 2351–2395 mended after it (stop 58, fixer f74): a budget's year shared with the
 * 决算 after it (a false warning silenced), a year's key points named one character off, an
 * abbreviation's bracket closed twice, and `《实施办法》` used undefined where nothing names the
 * regulation it carries out. From the real wording, with the corpus's texts that must stay silent.
 */

describe('wrong-year-in-text: a budget and a 决算 sharing one year', () => {
  const KEY = 'wrong-year-in-text:overview:budget-2023';
  it('stays silent on `2023年度部门预算和部门决算` in a 2024 report (2395)', () => {
    const overview =
      '在政府门户网站“预决算公开”栏目公开民政部门2023年度部门预算和部门决算信息,方便群众查阅和监督。';
    expect(keys(withOverview(overview, 2024))).not.toContain(KEY);
    expect(importedWarns(realText('2395-lingwu-mzj-2024.txt'), KEY)).toBe(false);
  });
  it('still warns a stale budget with its own year, or alone', () => {
    // real: 抚州市自然资源局 2020 (100), each item with its own year.
    expect(keys(withOverview('主动公开了2019年部门预算和2018年部门决算。', 2020))).toContain(
      'wrong-year-in-text:overview:budget-2019',
    );
    expect(
      importedWarns(
        realText('100-fuzhou-zrzy-2020.txt'),
        'wrong-year-in-text:overview:budget-2019',
      ),
    ).toBe(true);
    expect(keys(withOverview('公开民政部门2023年度部门预算信息。', 2024))).toContain(KEY);
    // A shared year older than last year is a stale 决算 all the same.
    expect(keys(withOverview('公开民政部门2022年度部门预算和部门决算信息。', 2024))).toContain(
      'wrong-year-in-text:overview:budget-2022',
    );
  });
});

describe('notice-citation-wrong: a year’s key points named one character off', () => {
  const KEY = 'notice-citation-wrong:overview:key-points-2020';
  it('reads 政府公开工作要点 (2353)', () => {
    const overview =
      '严格执行《条例》《办法》和《福州市人民政府办公厅关于贯彻落实〈2020年政府公开工作要点〉的通知》的要求,加强权力配置信息公开。';
    expect(messageOf(withOverview(overview, 2020), KEY)).toContain('2020年政务公开工作要点');
    expect(importedMessage(realText('2353-fuzhou-nyncj-2020.txt'), KEY)).toContain(
      '2020年政府公开工作要点',
    );
  });
  it('stays silent on the right name and the usual forms further off', () => {
    for (const fine of [
      '认真落实《福州市人民政府办公厅关于贯彻落实〈2020年政务公开工作要点〉的通知》要求。',
      '按照《2020年福州市政务公开工作要点》要求,推进政务公开。',
      '根据《2020年政府信息公开工作要点》,做好主动公开。',
      '认真落实2020年政务公开要点,加强平台建设。',
      '对照2020年全市政务公开工作要点逐项落实。',
    ])
      expect(
        keys(withOverview(fine, 2020)).filter((k) =>
          k.startsWith('notice-citation-wrong:overview'),
        ),
      ).toEqual([]);
  });
});

describe('text-stray-closer: an abbreviation’s bracket closed twice', () => {
  const KEY = 'text-stray-closer:meta';
  it('reads `(以下简称《条例》))` (2357)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》))和省市区有关要求,由南京市玄武区司法局编制。';
    expect(messageOf(withPreface(preface, 2023), KEY)).toContain('以下简称《条例》))');
    expect(importedWarns(realText('2357-nanjing-xuanwu-sfj-2023.txt'), KEY)).toBe(true);
  });
  it('stays silent on a bracket closed once, or inside another bracket', () => {
    for (const fine of [
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省市区有关要求编制。',
      '本年度报告根据《中华人民共和国政府信息公开条例》(国务院令第711号(以下简称《条例》))要求编制。',
    ])
      expect(keys(withPreface(fine, 2023))).not.toContain(KEY);
  });
});

describe('citation-abbreviation-mismatch: 《实施办法》 where nothing names the regulation', () => {
  const KEY = 'citation-abbreviation-mismatch:overview';
  const formatOnly = withPreface(
    '根据《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)文件规定,我局认真编制政府信息公开工作年度报告。',
  );
  it('reads `按照《条例》和《实施办法》有关规定` with the regulation never named (2354)', () => {
    const overview = '按照《条例》和《实施办法》有关规定,我局坚持“以公开为原则、不公开为例外”。';
    expect(messageOf(withOverview(overview, 2021, formatOnly), KEY)).toContain('《实施办法》');
    expect(importedWarns(realText('2354-shishi-nyncj-2021.txt'), KEY)).toBe(true);
  });
  it('stays silent where the regulation is named in full (239, 693) or the 办法 is defined', () => {
    expect(
      keys(
        withOverview(
          '根据《中华人民共和国政府信息公开条例》、《实施办法》及区委、区政府关于政务公开工作的要求。',
          2022,
          formatOnly,
        ),
      ),
    ).not.toContain(KEY);
    expect(importedWarns(realText('239-kuancheng-zfb-2023.txt'), KEY)).toBe(false);
    expect(importedWarns(realText('693-jinan-xiangyuan-2022.txt'), KEY)).toBe(false);
    expect(importedWarns(realText('970-dazhu-chuanzhu-2019.txt'), KEY)).toBe(false);
  });
});
