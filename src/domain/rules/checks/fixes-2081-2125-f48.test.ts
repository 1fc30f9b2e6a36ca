import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPart,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2081–2125 mended after it (stop 53, helper f48): phrase slips (a count
 * of persons in decimals, 万 lost; a clause framed by 在 ending on 要求; 及时 before a list of
 * matters; the report said to carry out the work; 汇总 with a year alone) and a point's ordinal lost
 * at a paragraph's start. From the real wording, with the corpus's nearby wording that must stay
 * silent.
 */

const PHRASE = 'phrase-garbled';

describe('phrase-garbled: slips of 2081–2125 (f48)', () => {
  const cases: readonly [string, string, string, string, string, readonly string[]][] = [
    [
      '2085-shantou-sbj-2022.txt',
      'overview',
      '认真做好待遇调整工作,及时调整了我市26.05名企业退休人员的养老金。',
      '26.05万名',
      'a count of persons in decimals, 万 lost',
      [
        '及时调整了我市26.05万名企业退休人员的养老金。',
        '缩短答复时长,平均约3.56个工作日答复,比上年缩短。',
        '1.1名称及职能。本局负责全市社会保险经办。',
      ],
    ],
    [
      '2117-xilinguole-nmj-2023.txt',
      'overview',
      '2023年,在自治区农牧厅、盟委、行署和锡林郭勒盟政务公开领导小组办公室有关要求,我局严格按照《条例》要求做好政府信息公开工作。',
      '在…的指导下',
      'a clause framed by 在 ending on the bodies’ 要求',
      [
        '2023年,按照自治区农牧厅、盟委和行署有关要求,我局认真做好政府信息公开工作。',
        '2023年,在自治区农牧厅、盟委和行署的指导下,我局认真做好政府信息公开工作。',
        '严格落实公文公开属性源头认定,在文件发文笺中增加了公开要求,确保应公开尽公开。',
        '严格按照我办在省政府信息公开指南要求,明确依申请公开方法及要求。',
      ],
    ],
    [
      '2121-dongcheng-ylj-2021.txt',
      'overview',
      '对增加城市绿地的相关信息进行主动公开,并及时疫情防控、防汛、美国白蛾防控、义务植树等重要工作公开相关工作信息。',
      '及时就（或对）疫情防控',
      '及时 before a list of matters, 就 or 对 lost',
      [
        '并及时就疫情防控、防汛、美国白蛾防控、义务植树等重要工作公开相关工作信息。',
        '及时发布级层面减税降费、社会公益事业、公共资源配置、公共监管等领域信息公开。',
        '及时公开低保、社保等工作。',
        '及时将相关法律法规、工作动态、政策文件等政府信息予以公开。',
      ],
    ],
    [
      '2120-zhaoxian-shahedian-2024.txt',
      'meta',
      '本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》等相关规章制度开展政府信息公开工作,向社会主动公开政府信息。',
      '开展政府信息公开工作的是本机关',
      'the report said to carry out the work it tells',
      [
        '本报告依据《中华人民共和国政府信息公开条例》和《关于做好2023年政府信息公开工作年度报告编制工作的通知》要求编制。',
        '本报告根据《中华人民共和国政府信息公开条例》编制,由我镇开展政府信息公开工作的情况组成。',
      ],
    ],
    [
      '2101-lufeng-caiyun-2022.txt',
      'meta',
      '本报告依据《中华人民共和国政府信息公开条例》要求,汇总2022年度,由彩云镇人民政府编制而成。',
      '汇总2022年度政府信息公开工作情况',
      '汇总 with a year alone as its object',
      [
        '本报告依据《中华人民共和国政府信息公开条例》要求,汇总2021年度敬亭山街道的政务公开年度报告而成。',
        '本报告由马头铺镇人民政府综合全年政务信息公开工作编制。',
      ],
    ],
  ];
  for (const [file, section, written, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      const put = (text: string) => withPart(section, text, 2023);
      expect(messageOf(put(written), `${PHRASE}:${section}`)).toContain(right);
      expect(importedWarns(realText(file), `${PHRASE}:${section}`)).toBe(true);
      for (const fine of silent) expect(keys(put(fine))).not.toContain(`${PHRASE}:${section}`);
    });
});

describe('subheading-number-skipped: a point’s ordinal lost at a paragraph’s start (2121)', () => {
  const KEY = 'subheading-number-skipped:overview';
  it('reads 一是… then a paragraph opening 是建立了…', () => {
    const overview =
      '(一)组织领导情况\n一是畅通信息公开保密检查渠道。信息公开工作和保密工作责任部门均为办公室。\n是建立了主要领导亲自过问,主管领导督察检查的工作机制。';
    expect(messageOf(withOverview(overview, 2021), KEY)).toContain('是建立了');
    expect(importedWarns(realText('2121-dongcheng-ylj-2021.txt'), KEY)).toBe(true);
  });
  it('stays silent on a table’s 是否, points numbered, or no 一是 before', () => {
    for (const fine of [
      '(一)组织领导情况\n一是畅通信息公开保密检查渠道。\n二是建立了主要领导亲自过问的工作机制。',
      '(一)组织领导情况\n一是畅通信息公开保密检查渠道。\n是否有效:有效',
      '(一)组织领导情况\n畅通信息公开保密检查渠道。\n建立了主要领导亲自过问的工作机制。',
    ])
      expect(keys(withOverview(fine, 2021))).not.toContain(KEY);
  });
});
