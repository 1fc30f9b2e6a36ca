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
 * Misses of the measure of 2801–2845 mended after it (stop 68, fixer f114): the regulation cited by
 * the short name the report set for it with words dropped, and the preface's words under `一、总体情况`
 * (this year's report put forward as `本年度`, this year's work published again under a preface). From
 * the real wording, with nearby wording of the corpus that must stay silent.
 */

const NAME = 'notice-citation-unknown:overview:regulation-name';
const UNDER = 'section-heading-mismatch:overview';

const SET_SHORT =
  '依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条和《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)规定,编制本报告。';

describe('notice-citation-unknown: a set short name cited with words dropped (2801–2845)', () => {
  it('reads 《信息公开条例》 after the preface set 《政府信息公开条例》 (real: 硚口区易家街道 2024)', () => {
    const report = withOverview(
      '2021年,易家街道深入贯彻落实党中央、国务院关于全面推进政务公开的系列部署,以贯彻《信息公开条例》为主线,不断加强政府信息公开工作。',
      2021,
      withPreface(SET_SHORT),
    );
    expect(messageOf(report, NAME)).toContain('《政府信息公开条例》');
    expect(importedWarns(realText('2821-qiaokou-yijia-2024.txt'), NAME)).toBe(true);
  });

  it('stays silent on a usual short form no short name was set for, or the one set', () => {
    const used = '2021年,我局严格按照《信息公开条例》规定,做好政府信息公开工作。';
    // No short name set (real: 荆门市政府办 2021, 易家街道 2021): the lead's decision of stop 40.
    expect(keys(withOverview(used))).not.toContain(NAME);
    // The short name set is the one used (real: 重庆市外办 2022), or a shorter one (`《条例》`, real: 易家街道 2019).
    for (const preface of [
      '根据《中华人民共和国政府信息公开条例》(以下简称《信息公开条例》)第五十条规定,编制本报告。',
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,编制本报告。',
    ])
      expect(keys(withOverview(used, 2021, withPreface(preface))), preface).not.toContain(NAME);
    // The set short name itself, and the full name.
    for (const fine of [
      '2021年,我局严格按照《政府信息公开条例》规定,做好政府信息公开工作。',
      '2021年,我局严格按照《中华人民共和国政府信息公开条例》规定,做好政府信息公开工作。',
    ])
      expect(keys(withOverview(fine, 2021, withPreface(SET_SHORT))), fine).not.toContain(NAME);
  });
});

describe('section-heading-mismatch: the preface’s words under 一、总体情况 (2801–2845)', () => {
  it('reads this year’s report put forward as 本年度, no preface (real: 昌黎县茹荷镇 2025)', () => {
    expect(importedMessage(realText('2829-changli-ruhe-2025.txt'), UNDER)).toContain(
      '现将本年度政府信息公开工作报告如下',
    );
  });

  it('reads this year’s work published again under a preface (real: 开阳县南江乡 2024)', () => {
    expect(importedMessage(realText('2826-kaiyang-nanjiang-2024.txt'), UNDER)).toContain(
      '现向社会公开开阳县南江乡2024年度政府信息公开工作情况',
    );
  });

  const PREFACE =
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现公布本局2024年政府信息公开工作年度报告。本报告所列数据统计期限自2024年1月1日至2024年12月31日。\n';
  const report = (opening: string, preface = PREFACE): string =>
    `${preface}一、总体情况\n2024年,本局认真贯彻落实《条例》,扎实推进政府信息公开工作。${opening}\n(一)主动公开\n2024年,本局主动公开政府信息85条。\n二、主动公开政府信息情况\n`;

  it('stays silent on the usual lead-in to the items (stop 49)', () => {
    for (const fine of [
      // Under a preface: the year's work reported, nothing published (根德乡 2023, 旺苍县林业局 2023).
      '现将有关情况报告如下:',
      '现将我局2024年政府信息公开工作情况报告如下:',
      // Another year's work published (a report of the year before, the year's work).
      '2024年1月,本局向社会公开2023年度政府信息公开工作年度报告。',
    ])
      expect(importedWarns(report(fine), UNDER), fine).toBe(false);
    // A preface that only says the report drawn up, the one publishing sentence under the heading
    // (real: 滨江区民政局 2022, its gatherer's `只一句，不计`).
    const drawnUp =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由本局编制。本年度报告中所列数据的统计期限从2024年1月1日起到12月31日止。\n';
    expect(
      importedWarns(report('现公布本局2024年度政府信息公开工作年度报告。', drawnUp), UNDER),
    ).toBe(false);
    expect(importedWarns(report('现公布本局2024年度政府信息公开工作年度报告。'), UNDER)).toBe(true);
    // No preface: the work reported with no year (番禺区市场监管局 2022).
    expect(importedWarns(report('现将有关工作报告如下:', ''), UNDER)).toBe(false);
  });
});
