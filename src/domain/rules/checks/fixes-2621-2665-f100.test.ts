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
 * Misses of the measure of 2621–2665 mended after it (stop 64, fixer f100): phrase slips (门户
 * written 门口, 股室 written 股门, 医保 cut to 医, 政府 lost after `市委市`, 工作能力 cut to 工作能, 收官
 * written 收关, 根据 cut to 据 inside a paragraph, 公开 lost after 依申请, a sentence on where the report
 * is with no verb, a clause that is only a notice issued), a sub-heading's 规章制度 cut, a quoted
 * list's item with its `“` lost, and one false warning silenced (规范 the verb before 文件发布). From
 * the real wording, with nearby wording of the corpus that must stay silent.
 */

const PHRASE = 'phrase-garbled';

type Part = 'overview' | 'meta';
const reportOf = (part: Part, said: string) => withPart(part, said, 2020);

describe('phrase-garbled: slips of 2621–2665', () => {
  const cases: readonly [string, Part, string, string, string, readonly string[]][] = [
    [
      '2626-wuhai-xfj-2022.txt',
      'overview',
      '(四)政府信息公开平台建设。提请市大数据中心构建市信访局门口网站,将进一步增强发布效果。',
      '“门口网站”疑为“门户网站”',
      '门户 written 门口',
      ['提请市大数据中心构建市信访局门户网站。', '在办公楼门口设置政务公开栏。'],
    ],
    [
      '2635-wutongqiao-wtlyj-2020.txt',
      'overview',
      '成立了以局长为组长,班子成员为副组长,机关各股门、各下属单位负责人为成员的领导小组。',
      '“股门”疑为“股室”',
      '股室 written 股门',
      ['机关各股室、各下属单位负责人为成员。', '机关各部门、各下属单位负责人为成员。'],
    ],
    [
      '2633-changzhi-ybj-2019.txt',
      'meta',
      '更好地为群众提供高效、便捷的医服务。现将我局2019年政府信息公开工作情况报告如下。',
      '“的医服务”疑为“的医保服务”',
      '医保 cut to 医',
      [
        '更好地为群众提供高效、便捷的医保服务。',
        '为群众提供便捷的就医服务和中医服务。',
        '推进中医工作与西医工作协同发展。',
      ],
    ],
    [
      '2633-changzhi-ybj-2019.txt',
      'overview',
      '根据《条例》及省委省政府、市委市关于政府信息公开工作的相关规定,着手制定政府信息公开制度。',
      '“市委市”疑为“市委市政府”',
      '政府 lost after the committee',
      [
        '根据《条例》及省委省政府、市委市政府关于政府信息公开工作的相关规定。',
        '参加市委市直机关工委组织的培训。',
      ],
    ],
    [
      '2640-gongzhuling-fpzx-2020.txt',
      'meta',
      '提升政务公开标准化规范化水平和工作能,加大公开力度,增强公开实效。',
      '“工作能”疑为“工作能力”',
      '工作能力 cut to 工作能',
      ['提升政务公开标准化规范化水平和工作能力,加大公开力度。', '确保各项工作能够有序开展。'],
    ],
    [
      '2640-gongzhuling-fpzx-2020.txt',
      'overview',
      '2020年是打赢脱贫攻坚战的收关之年,我单位积极推进政务公开工作。',
      '“收关”疑为“收官”',
      '收官 written 收关',
      ['2020年是打赢脱贫攻坚战的收官之年。', '严把审核关,做到应公开尽公开。'],
    ],
    [
      '2641-sanya-fpb-2020.txt',
      'overview',
      '做到及时解读回应。据《中华人民共和国政府信息公开条例》要求,积极落实决策、执行、管理、服务、结果公开。',
      '“据《中华人民共和国政府信息公开条例》”疑为“根据《中华人民共和国政府信息公开条例》”',
      '根据 cut to 据 inside a paragraph',
      [
        '做到及时解读回应。根据《中华人民共和国政府信息公开条例》要求,积极落实。',
        '做到及时解读回应。依据《中华人民共和国政府信息公开条例》要求,积极落实。',
        '据《人民日报》报道,我县工作受到肯定。',
      ],
    ],
    [
      '2656-puning-gaj-2020.txt',
      'overview',
      '本年度我局没有发生政府信息依申请情况,也未发生政府信息依申请行政复议案和政府信息依申请被提起行政诉讼案。',
      '“依申请情况”疑为“依申请公开情况”',
      '公开 lost after 依申请',
      [
        '本年度我局没有发生政府信息依申请公开情况,也未发生行政复议案。',
        '申请和答复的渠道包括政府信息依申请平台、信函和当面申请。',
        '健全政府信息依申请制度。',
      ],
    ],
    [
      '2646-qingyang-zjj-2020.txt',
      'meta',
      '全文由总体情况等六个部分组成。本报告在青阳县人民政府门户网。报告的电子版可在网站下载。',
      '“在青阳县人民政府门户网。”疑为“在青阳县人民政府门户网站公布。”',
      'a sentence on where the report is with no verb',
      [
        '本报告在青阳县人民政府门户网站公布。',
        '本报告公布在施甸县人民政府门户网站。',
        '本报告电子版可在青阳县人民政府门户网站下载。',
      ],
    ],
    [
      '2647-huoqiu-zjj-2020.txt',
      'overview',
      '2020年,在县政务公开办、县电子政务办的指导下,对照新修订的《政府信息公开条例》,县政府办公室印发的《霍邱县人民政府办公室关于印发霍邱县主动公开政府信息办法的通知》。',
      '“县政府办公室印发的《霍邱县人民政…法的通知》。”疑为“县政府办公室印发了《',
      'a clause that is only a notice issued',
      [
        '对照新修订的《政府信息公开条例》,县政府办公室印发了《霍邱县主动公开政府信息办法的通知》。',
        '对照新修订的《政府信息公开条例》,转发县政府办公室印发的《霍邱县主动公开政府信息办法的通知》。',
        '我局认真学习县政府办公室印发的《霍邱县主动公开政府信息办法的通知》。',
      ],
    ],
  ];
  for (const [file, part, said, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      const key = `${PHRASE}:${part}`;
      expect(messageOf(reportOf(part, said), key)).toContain(right);
      for (const fine of silent) expect(keys(reportOf(part, fine)), fine).not.toContain(key);
    });

  it('warns on each real report', () => {
    for (const [file, key] of [
      ['2626-wuhai-xfj-2022.txt', 'overview'],
      ['2633-changzhi-ybj-2019.txt', 'meta'],
      ['2633-changzhi-ybj-2019.txt', 'overview'],
      ['2635-wutongqiao-wtlyj-2020.txt', 'overview'],
      ['2640-gongzhuling-fpzx-2020.txt', 'meta'],
      ['2640-gongzhuling-fpzx-2020.txt', 'overview'],
      ['2641-sanya-fpb-2020.txt', 'overview'],
      ['2646-qingyang-zjj-2020.txt', 'meta'],
      ['2647-huoqiu-zjj-2020.txt', 'overview'],
      ['2656-puning-gaj-2020.txt', 'overview'],
    ] as const)
      expect(importedWarns(realText(file), `${PHRASE}:${key}`), `${file} ${key}`).toBe(true);
  });

  it('reads 规范 opening a clause before 文件发布 as the verb (2653)', () => {
    const key = `${PHRASE}:overview`;
    expect(
      keys(withOverview('1.突出工作重点,规范文件发布。一是丰富政策解读形式。', 2021)),
    ).not.toContain(key);
    expect(importedWarns(realText('2653-guangzhou-gwj-2021.txt'), `${PHRASE}:proactive`)).toBe(
      false,
    );
    // Still read where 规范文件 is a noun: no clause opens before it.
    expect(keys(withOverview('本年度清理规范文件3件,全部予以公开。', 2021))).toContain(key);
  });
});

describe('overview-subheading-garbled: 规章制度 cut in a sub-heading (2635)', () => {
  const key = 'overview-subheading-garbled:overview';
  it('reads the real sub-heading', () => {
    expect(
      messageOf(withOverview('(二)健全规章制,加强信息管理。制定了信息发布审核制度。', 2020), key),
    ).toContain('“规章制度”缺了“度”');
    expect(importedWarns(realText('2635-wutongqiao-wtlyj-2020.txt'), key)).toBe(true);
  });
  it('leaves the whole word and 规章制定 alone', () => {
    for (const fine of [
      '(二)健全规章制度,加强信息管理。制定了信息发布审核制度。',
      '(一)规章制定情况。本年度未制定规章。',
      '(三)省级及以下气象局无规章制发权。',
    ])
      expect(keys(withOverview(fine, 2020)), fine).not.toContain(key);
  });
});

describe('text-stray-closer: a quoted list item with its “ lost (2663)', () => {
  const key = 'text-stray-closer:overview';
  it('reads the real list', () => {
    const said =
      '我局充分运用政务网站“网上办事大厅”、“局长信箱”、政务服务”、“在线访谈”等栏目实现与市民群众互动。';
    expect(keys(withOverview(said, 2019))).toContain(key);
    expect(importedWarns(realText('2663-guangzhou-wglj-2019.txt'), key)).toBe(true);
  });
  it('leaves whole quoted lists alone', () => {
    for (const fine of [
      '我局充分运用政务网站“网上办事大厅”、“局长信箱”、“政务服务”、“在线访谈”等栏目实现互动。',
      '严格按照“谁公开、谁审查、谁负责”、“先审查、后公开”的原则。',
    ])
      expect(keys(withOverview(fine, 2019)), fine).not.toContain(key);
  });
});
