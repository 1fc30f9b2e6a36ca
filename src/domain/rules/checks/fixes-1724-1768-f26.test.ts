import { describe, expect, it } from 'vitest';
import {
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1724–1768 mended after it (stop 48, helper f26): citations of notices,
 * agencies' names, sub-headings' brackets and a part heading inside a page joined into one line.
 * From the real wording, with the corpus's texts that must stay silent.
 */

const KEY_POINTS_2019 = 'notice-citation-wrong:meta:key-points-2019';
const WORD_LOST = 'agency-name-word-lost:meta';
const BRACKET = 'subheading-bracket-missing:overview';
const HEADING = 'section-heading-mismatch:overview';

describe('notice-citation-wrong: a province’s main tasks of an earlier year', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》、《国务院办公厅关于印发2020年政务公开工作要点的通知》和《福建省2019年政务公开工作主要任务》等文件规定要求,由鹤上镇人民政府编制完成本报告。';

  it('says last year’s tasks as the basis of a 2020 report (real: 长乐区鹤上镇 2020)', () => {
    expect(keys(withPreface(preface, 2020))).toContain(KEY_POINTS_2019);
    expect(messageOf(withPreface(preface, 2020), KEY_POINTS_2019)).toContain(
      '2019年政务公开工作主要任务',
    );
    expect(importedWarns(realText('1734-changle-heshang-2020.txt'), KEY_POINTS_2019)).toBe(true);
  });

  it('stays silent on the year’s own tasks (real: 漳平市永福镇 2020, 福州市财政局 2022)', () => {
    expect(keys(withPreface(preface.replace('2019年政务', '2020年政务'), 2020))).not.toContain(
      KEY_POINTS_2019,
    );
    const yongfu = realText('1733-zhangping-yongfu-2020.txt');
    expect(keys(importedReport(yongfu)).some((k) => k.includes('key-points'))).toBe(false);
    const fuzhou = realText('1173-fuzhou-czj-2022.txt');
    expect(keys(importedReport(fuzhou)).some((k) => k.includes('key-points'))).toBe(false);
  });
});

describe('agency-name-word-lost: an office written 办室', () => {
  it('says a body’s 办室 (real: 金寨县医疗保障局 2024)', () => {
    const text = realText('1731-jinzhai-ybj-2024.txt');
    expect(importedWarns(text, WORD_LOST)).toBe(true);
    expect(keys(withPreface('如对本报告有疑问,请与金寨县医疗保障局办室联系。', 2024))).toContain(
      WORD_LOST,
    );
  });

  it('stays silent on 各办室 and a whole 办公室 (real: 平江县汉昌街道 2025)', () => {
    expect(importedWarns(realText('1098-pingjiang-hanchang-2025.txt'), WORD_LOST)).toBe(false);
    expect(
      keys(withPreface('如对本报告有疑问,请与金寨县医疗保障局办公室联系。', 2024)),
    ).not.toContain(WORD_LOST);
  });
});

describe('subheading-bracket-missing: the format’s sub-headings numbered 一) throughout', () => {
  it('says `一)主动公开…` (real: 西秀区东街街道 2020, 礼县审计局 2022)', () => {
    expect(importedWarns(realText('1742-xixiu-dongjie-2020.txt'), BRACKET)).toBe(true);
    expect(importedWarns(realText('1747-lixian-sjj-2022.txt'), BRACKET)).toBe(true);
    expect(
      keys(withOverview('一)主动公开\n我局公开信息42条。\n二)依申请公开\n未收到申请。', 2022)),
    ).toContain(BRACKET);
  });

  it('stays silent on a text’s own items numbered 一) 二)', () => {
    expect(
      keys(withOverview('一)加强组织领导\n我局成立领导小组。\n二)完善制度\n制定了办法。', 2022)),
    ).not.toContain(BRACKET);
  });
});

describe('section-heading-mismatch: a part heading inside a page joined into one line', () => {
  it('reads `…。) 一、总体情况 …` as the heading (real: 闵行区古美路街道 2022)', () => {
    const text = realText('1755-minhang-gumeilu-2022.txt');
    expect(importedWarns(text, HEADING)).toBe(false);
    expect(importedReport(text).narrative.overview).toContain('为夯实政务公开工作');
  });
});

describe('notice-title-incomplete: a notice’s 的通知 left outside its book marks', () => {
  const KEY = 'notice-title-incomplete:overview';
  it('says `《…关于印发…任务分工》的通知` (real: 渝中区解放碑街道 2021)', () => {
    expect(importedWarns(realText('1744-yuzhong-jiefangbei-2021.txt'), KEY)).toBe(true);
    const overview =
      '认真贯彻落实《重庆市渝中区人民政府办公室关于印发渝中区2021年政务公开工作要点任务分工》的通知(渝中府办〔2021〕10号)。';
    expect(messageOf(withOverview(overview, 2021), KEY)).toContain('书名号');
  });

  it('stays silent on the title whole, and on the State’s notice on the format (real: 平武县龙安镇 2024)', () => {
    const whole =
      '认真贯彻落实《重庆市渝中区人民政府办公室关于印发渝中区2021年政务公开工作要点任务分工的通知》(渝中府办〔2021〕10号)。';
    expect(keys(withOverview(whole, 2021))).not.toContain(KEY);
    expect(
      importedWarns(realText('854-pingwu-longan-2024.txt'), 'notice-title-incomplete:meta'),
    ).toBe(false);
  });
});

describe('report-name-garbled: the report put forward as a self-inspection', () => {
  const KEY = 'report-name-garbled:overview';
  it('says `现将自查情况汇报如下` (real: 泰兴市体育局 2020)', () => {
    expect(importedWarns(realText('1757-taixing-tyjrswj-2020.txt'), KEY)).toBe(true);
    const overview =
      '我局对照考核评分细则认真开展了自查。现将自查情况汇报如下:\n(一)主动公开\n我局公开信息42条。';
    expect(messageOf(withOverview(overview, 2020), KEY)).toContain('自查');
  });

  it('stays silent on a self-inspection told as work (real: 密云区大城子镇 2023)', () => {
    const overview = '每季度报送《主动公开自查情况表》,强化政务公开主体责任落实。';
    expect(keys(withOverview(overview, 2023))).not.toContain(KEY);
    expect(importedWarns(realText('495-miyun-dachengzi-2023.txt'), KEY)).toBe(false);
  });
});

describe('phrase-garbled: a bracketed note cutting 办公室', () => {
  const KEY = 'phrase-garbled:meta';
  it('says `党政办(财务管理办)公室` (real: 闵行区古美路街道 2022)', () => {
    expect(importedWarns(realText('1755-minhang-gumeilu-2022.txt'), KEY)).toBe(true);
    const preface = '如对本年度报告有任何疑问,请联系闵行区古美路街道办事处党政办(财务管理办)公室。';
    expect(messageOf(withPreface(preface, 2022), KEY)).toContain('“办(财务管理办)公室”');
  });

  it('stays silent on the note after the whole name', () => {
    const preface =
      '如对本年度报告有任何疑问,请联系闵行区古美路街道办事处党政办公室(财务管理办公室)。';
    expect(keys(withPreface(preface, 2022))).not.toContain(KEY);
  });
});
