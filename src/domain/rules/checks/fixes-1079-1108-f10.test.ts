import { describe, expect, it } from 'vitest';
import {
  asAgency,
  keys,
  messageOf,
  withOverview,
  withPreface,
  importedReport,
  realText,
} from '@/testing/checked-reports';

/**
 * False warnings of the measure of 1079–1108 silenced after it (stop 38, helper f10), and the
 * heading they hid, from the real wording, with the corpus's true cases that must still be told.
 */

const SCOPE = 'township-scope-above-level:meta';
const SCOPE_OVERVIEW = 'township-scope-above-level:overview';
const WORD_LOST = 'agency-name-word-lost:overview';
const SUM = 'parts-sum-mismatch:overview';

describe('township-scope-above-level: a cited title is the issuer’s words', () => {
  const town = (preface: string) =>
    asAgency(withPreface(preface, 2020), 'township', '西秀区黄腊乡人民政府');
  it('is silent on the city’s notice cited by title (real: 西秀区黄腊乡 2020)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、《关于做好全市2020年度政府信息公开工作年度报告编写工作的通知》以及区人民政府政务公开科通知要求,现公布西秀区黄腊乡2020年政府信息公开工作年度报告。';
    expect(keys(town(preface))).not.toContain(SCOPE);
  });
  it('still flags the same words as the township’s own work', () => {
    const preface =
      '为认真做好全市2020年度政府信息公开工作年度报告编写工作,现公布本乡2020年年度报告。';
    expect(keys(town(preface))).toContain(SCOPE);
    expect(
      keys(
        asAgency(
          withOverview('我镇组织推动全省政府信息公开工作,主动公开信息12条。', 2020),
          'township',
          '某县某镇人民政府',
        ),
      ),
    ).toContain(SCOPE_OVERVIEW);
  });
});

describe('agency-name-word-lost: `<place>政府在线` is a website’s name', () => {
  const huafu = (text: string) =>
    asAgency(withOverview(text, 2022), 'township', '深圳市福田区华富街道办事处');
  it('is silent on `福田政府在线` (real: 福田区华富街道 2022)', () => {
    const text =
      '我街道2022年主动公开政府信息共304条。在主动公开的信息中,通过福田政府在线网站公开信息165条,占总体比例的54%。\n(一)福田政府在线街道办事处主页。下设工作动态、通知公告等栏目。';
    expect(keys(huafu(text))).not.toContain(WORD_LOST);
  });
  it('still flags the place short of its level before 政府 (`请与福田政府办公室联系`)', () => {
    expect(keys(huafu('如有疑问,请与福田政府办公室联系。'))).toContain(WORD_LOST);
  });
});

describe('parts-sum-mismatch: a kind in another word for a piece between the kinds', () => {
  const dashi =
    '2021年,大石街道主动公开政府信息830条,其中政府文件类78条,政务动态类696条,财政预决算类31条,政府工作报告类2份,其他信息23条。';
  it('reads past `政府工作报告类2份` and counts it: 830 of 830 (real: 番禺区大石街道 2021)', () => {
    expect(keys(withOverview(dashi))).not.toContain(SUM);
  });
  it('is silent when the whole fits the parts without the kind in 份 either', () => {
    expect(keys(withOverview(dashi.replace('830条', '828条')))).not.toContain(SUM);
  });
  it('still tells a list short of its whole with the kind in 份 counted', () => {
    const short = dashi.replace('其他信息23条', '其他信息3条');
    expect(messageOf(withOverview(short), SUM)).toContain('2份');
  });
});

describe('section-heading-mismatch: a heading closed by a full stop', () => {
  const yixing = realText('1089-xichong-yixing-2020.txt');
  it('reads `一、总体情况。` as the heading, and says `二、行政机关主动公开政府信息情况。` (real: 西充县义兴镇 2020)', () => {
    const found = keys(importedReport(yixing));
    expect(found).not.toContain('section-heading-mismatch:overview');
    expect(found).toContain('section-heading-mismatch:proactive');
  });
  it('is silent when the heading closed by a full stop is the official one', () => {
    const fixed = yixing.replace(
      '二、行政机关主动公开政府信息情况。',
      '二、主动公开政府信息情况。',
    );
    expect(
      keys(importedReport(fixed)).filter((k) => k.startsWith('section-heading-mismatch')),
    ).toEqual([]);
  });
});
