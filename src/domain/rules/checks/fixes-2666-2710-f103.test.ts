import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import {
  asAgency,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2666–2710 mended after it (stop 65, fixer f103): a whole city's development
 * goals in a report led by a county's committee and government (agency-scope-above-level), and a report
 * whose parts are numbered as items, `(一)总体情况` first (section-heading-mismatch: the later parts'
 * own headings, and the statistics period under that first heading), and the year's work summed up
 * under a bare `概述` line (section-heading-mismatch). From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

const SCOPE = 'agency-scope-above-level:overview';
const HEADING = 'section-heading-mismatch';

describe('agency-scope-above-level: a whole city’s goals in a county’s body’s report', () => {
  const unnamed = (overview: string) => asAgency(withOverview(overview, 2020), 'department', '');
  const led =
    '2020年,在县委、县政府的正确领导下,我局积极探索政府信息公开工作的新思路、新方法、新途径。';
  const goals = '围绕全市经济社会发展主要目标和重点工作任务,详细解读政策背景、制定依据、主要内容。';

  it('warns on the real wording (real: 2673 鲁甸人社 2020, no name read)', () => {
    expect(importedWarns(realText('2673-ludian-rsj-2020.txt'), SCOPE)).toBe(true);
    expect(keys(unnamed(`${led}\n${goals}`))).toContain(SCOPE);
    expect(messageOf(unnamed(`${led}\n${goals}`), SCOPE)).toContain('全市经济社会发展主要目标');
  });

  it('warns a named county body too', () => {
    const report = asAgency(withOverview(goals, 2020), 'department', '鲁甸县人力资源和社会保障局');
    expect(keys(report)).toContain(SCOPE);
  });

  it('stays silent on a city’s own goals and on no goals named', () => {
    expect(keys(unnamed(goals))).not.toContain(SCOPE);
    expect(
      keys(unnamed(`2020年,在市委、市政府的正确领导下,我局积极探索。\n${goals}`)),
    ).not.toContain(SCOPE);
    // real: 852 弥勒市 2020, a county-level city's own 全市.
    expect(
      keys(unnamed(`${led}\n围绕全市经济社会发展和群众关注关切,不断提升政务公开质量。`)),
    ).not.toContain(SCOPE);
    expect(
      keys(asAgency(withOverview(goals, 2020), 'department', '示例市人力资源和社会保障局')),
    ).not.toContain(SCOPE);
  });
});

describe('section-heading-mismatch: parts numbered as items, (一)总体情况 first', () => {
  const sectionsOf = (text: string) =>
    keys(importedReport(text))
      .filter((k) => k.startsWith(`${HEADING}:`))
      .map((k) => k.slice(HEADING.length + 1));
  const messageIn = (text: string) => messageOf(importedReport(text), `${HEADING}:overview`) ?? '';

  it('tells the later parts’ own headings (real: 2689 海口市龙华区司法局 2021)', () => {
    const text = realText('2689-haikou-longhua-sfj-2021.txt');
    expect(sectionsOf(text)).toEqual(
      expect.arrayContaining(['overview', 'proactive', 'reviewLitigation']),
    );
    expect(messageIn(text)).toContain('「(一)总体情况」标题之下写了序言的话');
    expect(messageIn(text)).toContain('统计期限');
  });

  const bracketed = (first: string) =>
    [
      first,
      '2021年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,认真开展政府信息公开各项工作。本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。',
      '(二)政府信息公开情况',
      '1.主动公开政府信息数量及类别。2021年,我局通过官方网站公开政府信息共16条。',
      '(三)、申请行政复议和提起行政诉讼情况',
      '2021年涉及政府信息公开行政复议0件。',
      '(四)、政府信息公开的收费及减免情况',
      '2021年度我局没有进行收费的情况。',
    ].join('\n');

  it('reads the same shape written anew', () => {
    expect(sectionsOf(bracketed('(一)总体情况'))).toEqual(
      expect.arrayContaining(['proactive', 'reviewLitigation']),
    );
  });

  it('stays silent when the first item is not the overview’s heading', () => {
    const sections = sectionsOf(bracketed('(一)组织领导情况'));
    expect(sections).not.toContain('proactive');
    expect(sections).not.toContain('reviewLitigation');
  });

  it('reads the year’s work summed up under a bare 概述 line (real: 2666 四平市铁东区残联 2019)', () => {
    const text = realText('2666-siping-tiedong-cl-2019.txt');
    expect(messageIn(text)).toContain('「概述」标题之下写了序言的话');
    expect(messageIn(text)).toContain('现将具体工作情况总结如下');
  });

  it('stays silent on a bare 概述 heading a real preface (real: 103 六盘水市公安局 2020)', () => {
    expect(messageIn(realText('103-liupanshui-gaj-2020.txt'))).not.toContain('「概述」');
  });

  it('keeps a report headed by the format silent on its items', () => {
    expect(keys(clean2021.report).some((k) => k.startsWith(HEADING))).toBe(false);
  });
});
