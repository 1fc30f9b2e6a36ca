import { describe, expect, it } from 'vitest';
import { coversArea } from '@/domain/report/overview-areas';
import { corpusIssues } from '@/testing/corpus-issues';
import { importedReport, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * False warnings and misses of the measure of 1199–1258 mended after it (stop 40, helper f3: the
 * overview and the headings), from the real wording.
 */

const corpusKeys = (name: string): string[] => {
  const found = corpusIssues(realText(name), false, '2026-12-03');
  return typeof found === 'string' ? [] : found.map((i) => i.key);
};

describe('a part numbered alone on its line, its words on the next (import)', () => {
  it('reads `一、` / `总体情况` as the heading whole (real: 大英县 2020)', () => {
    const report = importedReport(realText('1211-daying-county-2020.txt'));
    expect(report.source?.headings?.overview).toBe('一、总体情况');
    expect(keys(report)).not.toContain('section-heading-mismatch:overview');
  });

  it('reads `二、` / `主要公开政府信息情况` the same way, its wording still said (real: 沙依巴克区 2019)', () => {
    const report = importedReport(realText('1243-shayibake-district-2019.txt'));
    expect(messageOf(report, 'section-heading-mismatch:proactive')).toContain(
      '「二、主要公开政府信息情况」',
    );
  });

  it('leaves a table row cut one character a line (`三、` then `本`, real: 淮安市 2024 from its PDF)', () => {
    const report = importedReport(realText('023-huaian-2024-pdf-raw.txt'));
    expect(report.source?.headings?.applications).toBe('三、收到和处理政府信息公开申请情况');
  });
});

describe('the usual count of 主动公开 under another item (proactive-count-missing)', () => {
  it('stays silent when item (四) counts it (real: 大冶市殷祖镇 2025)', () => {
    expect(corpusKeys('1238-daye-yinzu-2025.txt')).not.toContain(
      'proactive-count-missing:overview',
    );
  });

  it('still warns when another item counts 公开 政府信息 without 主动 (the 府谷县政府办 2022 shape)', () => {
    const overview = [
      '(一)主动公开政府信息情况',
      '我办严格落实公开制度,及时公开政策文件、工作动态等信息,确保群众看得到。',
      '(二)政府信息管理情况',
      '本年度共公开政府信息3030条,严格落实公开前审查。',
      '(三)监督保障情况',
      '加强培训,强化考核。',
    ].join('\n');
    expect(keys(withOverview(overview, 2022))).toContain('proactive-count-missing:overview');
  });
});

describe('the count of 主动公开 said in the preface (proactive-count-missing, lead after the measure)', () => {
  const overview = [
    '(一)主动公开',
    '2022年我委全面系统梳理了现有的政务公开信息,将政策法规、人事信息等应主动公开的信息全部纳入公开范围。',
    '(二)依申请公开',
    '2022年我委妥善办理政府信息公开申请。',
  ].join('\n');

  it('stays silent when the preface counts it (real: 屯昌县卫生健康委员会 2022)', () => {
    const preface =
      '2022年,我委通过县政府网站公示公告中发布信息23条、政府信息公开专栏主动公开政府信息51条本报告所列数据的统计时限为2022年1月1日至2022年12月31日。';
    const report = withOverview(overview, 2022);
    expect(keys({ ...report, meta: { ...report.meta, preface } })).not.toContain(
      'proactive-count-missing:overview',
    );
    expect(corpusKeys('1234-tunchang-wjw-2022.txt')).not.toContain(
      'proactive-count-missing:overview',
    );
  });

  it('still warns when the preface counts nothing', () => {
    const report = withOverview(overview, 2022);
    const preface = '本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
    expect(keys({ ...report, meta: { ...report.meta, preface } })).toContain(
      'proactive-count-missing:overview',
    );
  });
});

describe('the catalogue of what to publish is 政府信息管理 (overview-areas-missing)', () => {
  it('counts `政务公开标准化目录` (real: 鄂尔多斯市市场监督管理局 2020)', () => {
    expect(
      coversArea(
        '编制完成了市市场监督管理局政务公开标准化目录,共梳理了109条需公开的内容',
        '政府信息管理',
      ),
    ).toBe(true);
    expect(corpusKeys('1242-ordos-scjgj-2020.txt')).not.toContain('overview-areas-missing');
  });

  it('says 监督保障 missing from an overview whole to `二、` / `主要公开政府信息情况` (real: 沙依巴克区 2019)', () => {
    expect(corpusKeys('1243-shayibake-district-2019.txt')).toContain('overview-areas-missing');
  });
});

describe('依申请公开 heading an item on managing information (overview-item-off-topic)', () => {
  const huinan = [
    '(二)积极推动政府信息主动公开。2022年,政府信息公开目录登载主动公开信息10篇,题材分类清晰。',
    '(三)认真规范处理依申请公开。公文办理过程中落实“五公开”。一是由公文起草科室确定其公开属性,并体现在发文稿纸上随公文一同报局领导审批,未确定公开属性的文件,办公室不予登记文号。二是建立健全主动公开目录。进一步明确“五公开”的内容、主体、时限、方式等。三是健全公开前保密审查机制,规范保密审查程序。政府信息公开前',
  ].join('\n');

  it('says it (real: 辉南县卫健局 2022)', () => {
    const message = messageOf(withOverview(huinan, 2022), 'overview-item-off-topic:overview');
    expect(message).toContain('(三)认真规范处理依申请公开');
    expect(message).toContain('政府信息管理');
  });

  it('stays silent where the item tells requests too (保密审查 of what is released)', () => {
    const told = [
      '(二)依申请公开情况',
      '2022年共收到政府信息公开申请3件,均按时答复;答复前严格保密审查,核实公开属性。',
      '(三)政府信息管理',
      '严格落实公开前审查。',
    ].join('\n');
    expect(keys(withOverview(told, 2022))).not.toContain('overview-item-off-topic:overview');
  });
});

describe('the preface printed under `一、总体情况` (section-heading-mismatch)', () => {
  it('says `…工作汇报如下` after the parts listed (real: 梅河口市和平街道 2020)', () => {
    expect(corpusKeys('1227-meihekou-heping-2020.txt')).toContain(
      'section-heading-mismatch:overview',
    );
  });

  it("says the format's sentence `依据…第五十条之规定,制作本报告` (real: 朝阳区金盏乡 2019)", () => {
    expect(corpusKeys('1249-chaoyang-jinzhan-2019.txt')).toContain(
      'section-heading-mismatch:overview',
    );
  });

  it("stays silent on an overview opening with the year's work under the regulation", () => {
    const overview =
      '2021年,我局认真贯彻落实《中华人民共和国政府信息公开条例》规定,扎实推进政府信息公开工作。\n(一)主动公开\n全年主动公开政府信息120条。';
    expect(keys(withOverview(overview, 2021))).not.toContain('section-heading-mismatch:overview');
  });
});

describe('the preface in a page field `时效性:` (import, then part-count-mismatch)', () => {
  it('reads it and says 其他需要报告的事项 left out of its list (real: 屯昌县卫健委 2022)', () => {
    const report = importedReport(realText('1234-tunchang-wjw-2022.txt'));
    expect(report.meta.preface).toContain('内容包含总体情况');
    expect(messageOf(report, 'part-count-mismatch:meta')).toContain('其他需要报告的事项');
  });

  it('leaves the field `时效性:有效` to the page (real: 鄂托克旗 2020)', () => {
    const report = importedReport(realText('592-etuokeqi-2020.txt'));
    expect(report.meta.preface ?? '').not.toContain('时效性');
  });
});
