import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, importedReport, realText } from '@/testing/checked-reports';

/** Misses of the measure of 989–1018 mended after it (stop 37, helper f14), from the real wording. */

describe('a count told up to a day of December before its last (statistics-period-mismatch)', () => {
  const KEY = 'statistics-period-mismatch:overview';
  it('flags `截至2019年12月30日` (real: 科右中旗哈日诺尔苏木 2019)', () => {
    const text = '(一)主动公开情况\n截至2019年12月30日,我苏木主动公开143条信息,其中政务制度7条。';
    expect(messageOf(withOverview(text, 2019), KEY)).toBe(
      '文中“截至2019年12月30日,我苏木主动公开143条”只统计到2019年12月30日，2019年度报告的数字应统计到2019年12月31日，请核对',
    );
  });
  it('is silent on 12月31日, a month without its day, or another year', () => {
    for (const text of [
      '截至2019年12月31日,我苏木主动公开143条信息。',
      '截至2023年12月,微信公众号累计发布信息987篇(其中原创稿件60篇)。',
      '截至2018年12月30日,我苏木主动公开143条信息。',
    ])
      expect(keys(withOverview(text, text.includes('2023') ? 2023 : 2019))).not.toContain(KEY);
  });
});

describe('a row label with a word put after it in brackets (table-header-changed)', () => {
  it('flags `规章(制度)` for `规章` (real: 科右中旗哈日诺尔苏木 2019)', () => {
    const report = importedReport(realText('1014-keyouzhongqi-harinuoer-2019.txt'));
    expect(report.source?.changedHeaders).toContainEqual({
      table: 't2',
      printed: '规章(制度)',
      label: '规章',
    });
    expect(messageOf(report, 'table-header-changed:t2:规章')).toBe(
      '表二第二十条第（一）项的行名印作“规章(制度)”；本报告所用国办公开办函〔2019〕60号格式此行为“规章”，行名不能改动，请按格式改为“规章”',
    );
  });
  it('is silent on a note after the label (`规章(县级无此项)`, `规范性文件(指…)`)', () => {
    for (const row of [
      '规章(县级无此项)',
      '规章(设区的市、自治州人民政府应提供相关数据)',
      '规章(件)',
    ]) {
      const text = [
        '2021年某镇政府信息公开工作年度报告',
        '一、总体情况',
        '2021年,我镇主动公开政府信息120条。',
        '二、主动公开政府信息情况',
        '| 第二十条第（一）项 | | | |',
        '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
        `| ${row} | 0 | 0 | 0 |`,
        '| 行政规范性文件 | 1 | 0 | 3 |',
      ].join('\n');
      const report = importedReport(text);
      expect(report.source?.changedHeaders ?? []).toEqual([]);
    }
  });
});

describe('the format’s name cited with words lost (notice-citation-unknown)', () => {
  const KEY = 'notice-citation-unknown:overview:title-2021-30';
  it('flags `《中华人民共和国信息公开工作年度报告格式》` (real: 朝阳县根德乡 2023)', () => {
    const text =
      '(三)政府信息管理\n根据国办公开办《中华人民共和国信息公开工作年度报告格式》、县政务公开领导小组办公室《关于规范政府信息公开年度报告编发工作的通知》等文件精神,根德乡严格落实信息公开职责。';
    expect(messageOf(withOverview(text, 2023), KEY)).toBe(
      '引用的《中华人民共和国信息公开工作年度报告格式》名称缺“政府”：应是《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号印发），请补全名称',
    );
  });
  // Since a fix of stop 49 after the measure of 1769–1813: the full name with 工作 lost
  // (`《中华人民共和国政府信息公开年度报告格式》`, real: 伽师县 2023, its gatherer's problem) is read,
  // the corpus's 127 other full names keeping 工作; the short name without either word is still silent.
  it('is silent on the name without 中华人民共和国 (or without both), and on the notice’s title', () => {
    for (const text of [
      '按照《中华人民共和国政府信息公开工作年度报告格式》要求编制。',
      '按照《政府信息公开工作年度报告格式》要求编制。',
      '按照《政府信息公开年度报告格式》要求编制。',
      '根据《国务院办公厅政府信息与政务公开办公室关于印发〈政府信息公开工作年度报告格式〉的通知》要求编制。',
      '根据《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》要求编制。',
    ])
      expect(keys(withOverview(text, 2023)).filter((k) => k.startsWith('notice-citation'))).toEqual(
        [],
      );
  });
});

describe('an area of the overview run into its list’s 一是 (subheading-number-missing)', () => {
  const KEY = 'subheading-number-missing:overview';
  it('flags it with no sub-heading numbered (real: 西安市乡村振兴局 2023)', () => {
    const text = [
      '2023年是深入贯彻落实党的二十大精神开局之年。',
      '主动公开一是围绕巩固拓展脱贫攻坚成果、乡村建设、资金项目等重点内容进行公开。',
      '依申请公开我局依申请公开可通过信函、网上平台、当面受理、传真渠道进行申请。',
    ].join('\n');
    expect(messageOf(withOverview(text, 2023), KEY)).toBe(
      '小标题“主动公开”没有编号，且与正文连写（“主动公开一是…”）：应写作“（一）”“（二）”…并另起一行，请补上编号',
    );
  });
  it('is silent on a numbered one, and on an area opening a sentence', () => {
    for (const text of [
      '(一)主动公开一是围绕重点内容进行公开。\n(二)依申请公开\n全年收到申请3件。',
      '主动公开方面,一是围绕重点内容进行公开。\n依申请公开方面,全年收到申请3件。',
      '依申请公开我局依申请公开可通过信函、网上平台进行申请。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
});
