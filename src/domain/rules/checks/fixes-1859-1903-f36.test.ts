import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1859–1903 mended after it (stop 50, helper f36): phrase slips read in
 * their general shapes, a title left open before its number, the State Council's key points cited
 * with another year's number, a township listing 行政法规 among what it publishes, a bureau receiving
 * requests as `我区`, and a municipality's town following a province's deployments. From the real
 * wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const UNCLOSED = 'text-bracket-unclosed:meta';
const KEY_POINTS = 'notice-citation-unknown:meta:key-points-number-2021';
const REGULATIONS = 'regulations-below-level:overview';
const REGION = 'region-figures-in-unit-report:overview';
const TEMPLATE = 'template-text-left:meta';

describe('phrase-garbled: words of one slip each, and a clause said again after the next', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['努力满足社会各级对气象服务的需求。', '社会各界', '1862-xianning-qxj-2022.txt'],
    ['按照以公开为原则,不公开为特例的基本要求。', '不公开为例外', '1863-lixin-qxj-2019.txt'],
    ['制定实行《关于加强和信息报送和新闻宣传工作的实施意见》。', '加强', '1865-guixi-lyj-2019.txt'],
    [
      '紧紧围绕工作透明度,规范政务公开内容。',
      '围绕提高工作透明度',
      '1879-qijiang-yongcheng-2023.txt',
    ],
    [
      '切实加强组织领导,规范公开内容,切实加强组织领导,健全工作机制。',
      '切实加强组织领导',
      '1892-huzhou-qxj-2021.txt',
    ],
    [
      '聘请法律顾问对我局的依申请公开件办理件的进行指导审核。',
      '进行',
      '1893-xiaoshan-qxj-2022.txt',
    ],
    [
      '进一步规范信息创作编、审、签、发以及所属网站管理。',
      '采编、审',
      '1902-huangyuan-zfb-2023.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('is silent on the same words used right (the corpus’s own)', () => {
    for (const overview of [
      '进一步加强和规范政府信息管理,加强和改进政府信息公开。',
      '习近平总书记关于加强和改进人民信访工作的重要思想。',
      '紧紧围绕工作重点,围绕提高工作透明度,围绕政务公开要点。',
      '对不符合内容的进行了转办,同时电话告知。',
      '规范网站信息采编、审核、发布等工作。',
      '坚持以公开为常态、不公开为例外,满足社会各界对信息的需求。',
      '加强组织领导,规范公开内容,健全工作机制,强化监督保障。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('text-bracket-unclosed and the key points’ number: a title left open before its number', () => {
  const preface =
    '按照《国务院办公厅关于印发2021年政务公开工作要点的通知(国办发〔2021〕17号文件精神和要求,坚持以公开为常态';
  it('flags the title never closed (real: 洛阳镇 2021)', () => {
    expect(messageOf(withPreface(preface), UNCLOSED)).toContain('国务院办公厅关于印发');
    expect(importedWarns(realText('1872-quanzhoutaishang-luoyang-2021.txt'), UNCLOSED)).toBe(true);
  });
  it('reads the 2021 key points’ number there, 17 for 12 (real: 洛阳镇 2021)', () => {
    expect(messageOf(withPreface(preface), KEY_POINTS)).toContain('国办发〔2021〕12号');
    expect(importedWarns(realText('1872-quanzhoutaishang-luoyang-2021.txt'), KEY_POINTS)).toBe(
      true,
    );
  });
  it('is silent on a title closed after its number, or later in the text', () => {
    for (const p of [
      '按照《国务院办公厅关于印发2021年政务公开工作要点的通知》(国办发〔2021〕12号)要求。',
      '根据《关于印发《某县办法》(某政发〔2021〕3号)的通知》要求。',
    ]) {
      expect(keys(withPreface(p))).not.toContain(UNCLOSED);
      expect(keys(withPreface(p))).not.toContain(KEY_POINTS);
    }
  });
});

describe('regulations-below-level: a township listing 行政法规、规章 as an item it publishes', () => {
  const overview = '公开内容:\n1、行政法规、规章和规范性文件;\n2、全镇日常政务活动情况;';
  it('flags the item (real: 水城区发耳镇 2022)', () => {
    expect(keys(asAgency(withOverview(overview, 2022), 'township', '发耳镇人民政府'))).toContain(
      REGULATIONS,
    );
    expect(importedWarns(realText('1886-shuicheng-faer-2022.txt'), REGULATIONS)).toBe(true);
  });
  it('is silent on a heading of the kind’s figures (real: 古美路街道 2022)', () => {
    const heading = '(一)主动公开工作方面\n1.行政法规、规章和规范性文件公开情况\n本街道未制定。';
    expect(
      keys(asAgency(withOverview(heading, 2022), 'township', '古美路街道办事处')),
    ).not.toContain(REGULATIONS);
    expect(importedWarns(realText('1755-minhang-gumeilu-2022.txt'), REGULATIONS)).toBe(false);
  });
});

describe('region-figures-in-unit-report: a bureau receiving requests as `我区`', () => {
  const overview = '对我局的依申请公开件进行指导审核。\n2022年,我区共收到政府信息公开申请5件。';
  it('flags the bureau’s text (real: 萧山区气象局 2022)', () => {
    expect(
      messageOf(asAgency(withOverview(overview, 2022), 'department', '杭州市萧山区气象局'), REGION),
    ).toContain('我区');
    expect(importedWarns(realText('1893-xiaoshan-qxj-2022.txt'), REGION)).toBe(true);
  });
  it('is silent on a government’s or its office’s words, and on a text not speaking as the bureau', () => {
    expect(
      keys(asAgency(withOverview(overview, 2022), 'department', '杭州市滨江区人民政府办公室')),
    ).not.toContain(REGION);
    expect(
      keys(
        asAgency(
          withOverview('2022年,我区共收到政府信息公开申请5件。', 2022),
          'department',
          '杭州市萧山区气象局',
        ),
      ),
    ).not.toContain(REGION);
  });
});

describe('template-text-left: a municipality’s town following a province', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》及省、市、县政务公开工作统一部署,本报告全面总结。';
  it('flags 省 above a 重庆 town (real: 巴南区二圣镇 2025)', () => {
    expect(
      messageOf(
        asAgency(withPreface(preface, 2025), 'township', '重庆市巴南区二圣镇人民政府'),
        TEMPLATE,
      ),
    ).toContain('省、市、县');
    expect(importedWarns(realText('1880-banan-ersheng-2025.txt'), TEMPLATE)).toBe(true);
  });
  it('is silent in a province’s town, and for a body named after 北京 in 河北', () => {
    expect(
      keys(asAgency(withPreface(preface, 2025), 'township', '河北省某县某镇人民政府')),
    ).not.toContain(TEMPLATE);
    expect(importedWarns(realText('892-langfang-lkq-2022.txt'), TEMPLATE)).toBe(false);
  });
});
