import { describe, expect, it } from 'vitest';
import {
  importedReport,
  importedWarns,
  issuesOf,
  keys,
  realText,
  withOverview,
} from '@/testing/checked-reports';
import type { Report } from '@/domain/report/types';

/**
 * Misses and false warnings of the measure of 2441–2485 mended after it (stop 60, fixer f83): one
 * body's formal name written two ways a character apart (2465), 规范性文件 made in a year and nearly
 * none published (2459); a gazette's `公报标题` field no longer read as the title printed again
 * naming another body (2458), a title's year in brackets on the line under it no longer read as
 * a title without a year (2463). From the real wording, with nearby wording that must stay silent.
 */

const WORD_LOST = 'agency-name-word-lost:overview';
/** The messages of a key that say one body's name is written two ways. */
const twoWays = (report: Report): string[] =>
  issuesOf(report)
    .filter((i) => i.key === WORD_LOST && i.message.includes('地名差了一个字'))
    .map((i) => i.message);

describe('agency-name-word-lost: one body named in full two ways a character apart', () => {
  it('flags the real wording (2465 平城区振华街道 2021)', () => {
    const report = importedReport(realText('2465-pingcheng-zhenhua-2021.txt'));
    expect(twoWays(report)).toEqual([
      '文中把同一机关先后写作“振华南街道办事处”和“振华南街街道办事处”，地名差了一个字：同一机关名称前后不一，请核对',
    ]);
    expect(importedWarns(realText('2465-pingcheng-zhenhua-2021.txt'), WORD_LOST)).toBe(true);
  });

  it('flags a town’s government written so too', () => {
    const overview =
      '财务公开2项:某县青石岭镇人民政府2020年度决算公开说明、某县青石镇人民政府2021年度预算公开说明。';
    expect(twoWays(withOverview(overview))).toHaveLength(1);
  });

  it('stays silent on one name written the same way twice, and on two bodies of other names', () => {
    for (const overview of [
      '大同市平城区振华南街道办事处2020年度决算公开说明、大同市平城区振华南街道办事处2021年度预算公开说明。',
      '上海市闵行区古美路街道办事处与闵行区新虹街道办事处联合开展培训。',
      // Bare 街道 in a list of places, no body's formal word after them.
      '辖区振华街道、振华南街道共同开展政务公开日活动。',
      // Two places two characters apart.
      '某区新华街道办事处和某区新华南路街道办事处开展交流。',
    ])
      expect(twoWays(withOverview(overview)), overview).toEqual([]);
  });

  it('stays silent on the corpus’s texts naming several streets and towns in full', () => {
    for (const file of [
      '2182-minhang-wujing-2021.txt',
      '836-yiyuan-xili-2024.txt',
      '957-acheng-hedong-2023.txt',
      '1755-minhang-gumeilu-2022.txt',
    ])
      expect(twoWays(importedReport(realText(file))), file).toEqual([]);
  });
});

const MADE = 't2-made-unpublished:normativeDocuments';
/** A 2019 表二 imported with 规范性文件 made, published this year and published in all. */
const normative = (made: string, published: string, total: string): Report =>
  importedReport(
    [
      '某县卫生健康局2020年政府信息公开工作年度报告',
      '一、总体情况',
      '2020年,我局通过县政府网站公开工作信息23条。',
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | |||',
      '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |',
      '规章 | 0 | 0 | 0 |',
      `规范性文件 | ${made} | ${published} | ${total} |`,
      '第二十条第(五)项 | |||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '行政许可 | 0 | 0 | 0 |',
    ].join('\n'),
  );

describe('t2-made-unpublished: nearly all of the year’s 规范性文件 unpublished', () => {
  it('flags the real table (2459 衡南县卫生健康局 2020, `198 | 7 | 21`)', () => {
    expect(importedWarns(realText('2459-hengnan-wjj-2020.txt'), MADE)).toBe(true);
    expect(keys(normative('198', '7', '21'))).toContain(MADE);
  });

  it('still flags none published at all', () => {
    expect(keys(normative('47', '0', '0'))).toContain(MADE);
  });

  it('stays silent on a year publishing a share of them, and on more published in all', () => {
    for (const [made, published, total] of [
      ['33', '8', '8'],
      ['2', '1', '1'],
      ['64', '24', '24'],
      ['198', '7', '300'],
      ['5', '5', '40'],
    ] as const)
      expect(
        keys(normative(made, published, total)),
        `${made}|${published}|${total}`,
      ).not.toContain(MADE);
    for (const file of [
      '017-chibi-pufang-2020.txt',
      '402-yanliang-wlj-2020.txt',
      '049-qionghai-dalu-2019.txt',
    ])
      expect(importedWarns(realText(file), MADE), file).toBe(false);
  });
});

describe('false warnings of 2441–2485 silenced', () => {
  it('reads a gazette’s `公报标题` as the page’s title again, not another body (2458 黄石市公安局 2021)', () => {
    expect(
      importedWarns(realText('2458-huangshi-gaj-2021.txt'), 'signature-agency-mismatch:meta'),
    ).toBe(false);
  });

  it('still says a title printed again naming another body', () => {
    const text = [
      '重庆市武隆区双河镇人民政府2025年政府信息公开工作年度报告',
      '重庆市武隆区双河镇人民政府办公室2025年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》编制。',
      '一、总体情况',
      '本镇主动公开政府信息10条。',
    ].join('\n');
    expect(importedWarns(text, 'signature-agency-mismatch:meta')).toBe(true);
  });

  it('reads a year in brackets under a title as its year (2463 雄县退役军人事务局 2019)', () => {
    expect(
      importedWarns(realText('2463-xiongxian-tyjrswj-2019.txt'), 'report-name-garbled:title'),
    ).toBe(false);
  });

  it('still says a title printed with no year at all', () => {
    const text = [
      '益阳市大通湖区审计局政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》编制。',
      '一、总体情况',
      '本局主动公开政府信息10条。',
    ].join('\n');
    expect(importedWarns(text, 'report-name-garbled:title')).toBe(true);
  });
});
