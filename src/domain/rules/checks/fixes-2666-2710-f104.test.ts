import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withPart } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2666–2710 mended after it (stop 65, fixer f104): phrase slips of one word
 * each (指南 written 指标, 知情权 with 况, 网页 written 红页, 要求 cut to 要 before 编制, 平稳 written 平衡,
 * 如 lost from 情况如下, 复审 with 查, 栏目 written 栏口, 执法 written 执发, 严格 before a title with its
 * verb lost, 贯彻穿, a stray 息 after 监督), and one false warning silenced (推动情况, the noun of how
 * work is pushed forward). From the real wording, with nearby wording of the corpus that must stay
 * silent.
 */

const PHRASE = 'phrase-garbled';

type Part = 'overview' | 'meta';
const reportOf = (part: Part, said: string) => withPart(part, said, 2022);

describe('phrase-garbled: slips of 2666–2710', () => {
  const cases: readonly [string, Part, string, string, string, readonly string[]][] = [
    [
      '2668-minqing-gxj-2020.txt',
      'overview',
      '完善县工业和信息化局信息公开指南。按要求修改原信息公开指标部分内容。',
      '“信息公开指标”疑为“信息公开指南”',
      '指南 written 指标',
      ['按要求修改原信息公开指南部分内容。', '建立政府信息公开指标体系,纳入年度考核。'],
    ],
    [
      '2670-yian-jxj-2021.txt',
      'overview',
      '以公开促服务,充分保障基层企业和群众的知情况权。',
      '“知情况权”疑为“知情权”',
      '知情权 with a stray 况',
      ['充分保障群众的知情权、参与权。', '了解情况,知情况后及时答复。', '保障患者的知情同意权。'],
    ],
    [
      '2675-pingqiao-fgw-2019.txt',
      'overview',
      '我委通过政府网络红页、微博、微信等途径向公众公开机构职能、政策法规等政府信息。',
      '“网络红页”疑为“网站网页”',
      '网页 written 红页',
      ['我委通过政府网站网页、微博、微信等途径向公众公开政府信息。'],
    ],
    [
      '2677-xiamen-fgw-2022.txt',
      'meta',
      '根据《政府信息公开条例》规定及政府信息公开工作相关文件要编制本年度报告。报告全文由总体情况等六个部分组成。',
      '“件要编制本年度报告”疑为“件要求编制本年度报告”',
      '要求 cut to 要',
      [
        '根据《政府信息公开条例》规定及省、市相关文件要求编制本年度报告。',
        '按照《中华人民共和国政府信息公开工作年度报告格式》要求编制本报告。',
      ],
    ],
    [
      '2677-xiamen-fgw-2022.txt',
      'overview',
      '重点围绕助力经济平衡健康发展和保持社会和谐稳定深化政务公开。',
      '“平衡健康发展”疑为“平稳健康发展”',
      '平稳 written 平衡',
      [
        '重点围绕助力经济平稳健康发展和保持社会和谐稳定。',
        '促进区域协调平衡发展。',
        '推动城乡协调平衡健康发展。',
      ],
    ],
    [
      '2677-xiamen-fgw-2022.txt',
      'overview',
      '夯实公开工作基础等方面深化政务公开,主要情况下:(一)主动公开。',
      '“情况下:”疑为“情况如下:”',
      '如 lost from 情况如下',
      [
        '深化政务公开,主要情况如下:(一)主动公开。',
        '在这种情况下:我局及时调整工作方式。',
        '在人员不足的情况下,我局仍按期答复。',
      ],
    ],
    [
      '2678-pishan-tjj-2023.txt',
      'overview',
      '严格实行撰稿人初审、办公室复核、分管领导复审查、主要领导审定的程序。',
      '“复审查”疑为“复审”',
      '复审 with a stray 查',
      ['严格实行撰稿人初审、办公室复核、分管领导复审、主要领导审定的程序。'],
    ],
    [
      '2681-yancheng-tinghu-daj-2023.txt',
      'overview',
      '重点围绕群众普遍关心的档案事项,以亭湖区政府信息公开栏口为主要渠道。',
      '“栏口”疑为“栏目”',
      '栏目 written 栏口',
      ['以亭湖区政府信息公开栏目为主要渠道。', '在道路护栏口设置公示牌。'],
    ],
    [
      '2693-miluo-jtysj-2022.txt',
      'overview',
      '三是公开《2022年汨罗市交通运输法制工作要点》、行政处罚及行政执发流程图等政策文件。',
      '“执发”疑为“执法”',
      '执法 written 执发',
      ['行政处罚及行政执法流程图等政策文件。', '未因信息公开引发争执发生纠纷。'],
    ],
    [
      '2694-gaoan-jtysj-2022.txt',
      'overview',
      '紧盯重大项目建设、群众关切等方面,严格《政府信息公开条例》和相关要求,积极主动发布信息。',
      '“严格《”疑为“严格按照（或执行）《”',
      'a verb lost between 严格 and a title',
      ['严格按照《中华人民共和国政府信息公开条例》要求,积极主动发布信息。'],
    ],
    [
      '2699-huangshi-xialu-sthjfj-2023.txt',
      'overview',
      '我局坚持把政务公开工作作为全年重点工作,始终把制度建设贯彻穿于政务公开工作全过程。',
      '“贯彻穿”疑为“贯穿”',
      '贯彻 and 贯穿 run together',
      ['始终把制度建设贯穿于政务公开工作全过程。', '认真贯彻《条例》要求。'],
    ],
    [
      '2699-huangshi-xialu-sthjfj-2023.txt',
      'overview',
      '及时发布日常工作动态和政策文件,方便群众办事和监督息。围绕生态环境保护主动公开信息。',
      '“监督息”疑为“监督”',
      'a stray 息 after 监督',
      ['及时发布日常工作动态和政策文件,方便群众办事和监督。', '发布监督信息12条。'],
    ],
  ];
  for (const [file, part, said, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      const key = `${PHRASE}:${part}`;
      expect(messageOf(reportOf(part, said), key)).toContain(right);
      for (const fine of silent) expect(keys(reportOf(part, fine)), fine).not.toContain(key);
    });

  it('reads the same shapes in their kin', () => {
    const key = `${PHRASE}:overview`;
    for (const [said, right] of [
      ['现将我局工作情况报告下:(一)主动公开。', '“报告下:”疑为“报告如下:”'],
      ['推动经济社会平衡健康发展。', '“平衡健康发展”疑为“平稳健康发展”'],
      ['切实保障群众的知情权、参与息。', '“参与息”疑为“参与”'],
    ] as const)
      expect(messageOf(reportOf('overview', said), key), said).toContain(right);
  });

  it('warns on each real report', () => {
    for (const [file, key] of [
      ['2668-minqing-gxj-2020.txt', 'overview'],
      ['2670-yian-jxj-2021.txt', 'overview'],
      ['2675-pingqiao-fgw-2019.txt', 'overview'],
      ['2677-xiamen-fgw-2022.txt', 'meta'],
      ['2677-xiamen-fgw-2022.txt', 'overview'],
      ['2678-pishan-tjj-2023.txt', 'overview'],
      ['2681-yancheng-tinghu-daj-2023.txt', 'overview'],
      ['2693-miluo-jtysj-2022.txt', 'overview'],
      ['2694-gaoan-jtysj-2022.txt', 'overview'],
      ['2699-huangshi-xialu-sthjfj-2023.txt', 'overview'],
    ] as const)
      expect(importedWarns(realText(file), `${PHRASE}:${key}`), `${file} ${key}`).toBe(true);
  });

  it('reads 推动 before 情况 as the noun of how work is pushed forward (2709)', () => {
    const key = `${PHRASE}:overview`;
    expect(
      keys(
        reportOf('overview', '三是区国资委各项工作推动情况及工作进度信息;四是区国资委会议信息。'),
      ),
    ).not.toContain(key);
    expect(importedWarns(realText('2709-tianjin-hedong-gzw-2020.txt'), key)).toBe(false);
    // Still read where information itself is what is pushed out.
    expect(messageOf(reportOf('overview', '定向精准推动各项惠企利民政策信息。'), key)).toContain(
      '推送',
    );
  });
});
