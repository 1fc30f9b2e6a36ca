import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withPart } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2756–2800 mended after it (stop 67, fixer f112): phrase slips (决算 cut
 * before its count, 透亮度 and 参加权, 档案管 for 档案馆, 预结算 for 预决算, 按照 then a stray 和, 含 run
 * into 由…组成, an adverb said twice around 对's object, two clauses of what did not happen run
 * together), and two false warnings silenced (two list items run together read as a doubled word,
 * 可在线 read as 可在 a place). From the real wording, with nearby wording of the corpus that must
 * stay silent.
 */

const KEY = 'phrase-garbled';
const reportOf = (part: string, said: string) => withPart(part, said, 2022);

describe('phrase-garbled: slips of 2756–2800', () => {
  const cases: readonly [string, string, string, string, string, readonly string[]][] = [
    [
      '2756-longyang-yangliu-2023.txt',
      'overview',
      '政策性文件3条、部门预算1条、部门决1条、“三公”经费1条。',
      '“部门决”疑为“部门决算”',
      '决算 cut before its count',
      [
        '部门预算1条、部门决算1条、“三公”经费1条。',
        '公开鸣凤镇2023年财政决算报告1条。',
        '认真落实上级部门决策部署。',
      ],
    ],
    [
      '2761-yuanzhou-zhuting-2023.txt',
      'overview',
      '公开内容不断丰富,政府法制工作的透亮度切实提高,保障了人民群众的知情权、参加权和监督权。',
      '“透亮度”疑为“透明度”',
      '透明度 written 透亮度',
      [
        '政府工作的透明度切实提高,保障了人民群众的知情权、参与权和监督权。',
        '组织干部参加权益保护培训。',
        '积极参加权威部门组织的业务培训。',
      ],
    ],
    [
      '2761-yuanzhou-zhuting-2023.txt',
      'overview',
      '保障了人民群众的知情权、参加权和监督权。',
      '“参加权”疑为“参与权”',
      '参与权 written 参加权',
      [],
    ],
    [
      '2763-changle-wuhang-2024.txt',
      'meta',
      '本报告已在福州市长乐区人民政府网站公布,并报送长乐区档案管及长乐区图书馆供查阅。',
      '“档案管”疑为“档案馆”',
      '档案馆 written 档案管',
      [
        '本报告已在区人民政府网站公布,并报送区档案馆及区图书馆供查阅。',
        '加强政府信息档案管理,规范档案管控。',
        '做好图书管理工作。',
      ],
    ],
    [
      '2787-qiaokou-ylj-2021.txt',
      'overview',
      '及时公开了本局及其下属事业单位共10个主动公开的预结算文件。',
      '“预结算”疑为“预决算”',
      '预决算 written 预结算',
      [
        '加大了财政预决算信息公开力度,公开部门预决算文件10个。',
        '规范工程预结算审核流程。',
        '推进医保预结算服务。',
        '公开重点项目预结算信息。',
      ],
    ],
    [
      '2766-qingyang-dingqiao-2022.txt',
      'overview',
      '2022年,我镇认真落实《条例》要求,按照和县委、县政府有关文件和会议精神的学习和贯彻落实,不断夯实工作基础。',
      '“按照和”疑为“按照”',
      'a preposition of basis then a stray 和',
      [
        '按照县委、县政府有关文件和会议精神,不断夯实工作基础。',
        '按照及时传达政策的要求。',
        '公开各类收费的依据和标准。',
        '按照和县县委、和县人民政府的部署,推进政务公开。',
      ],
    ],
    [
      '2773-huocheng-county-2025.txt',
      'meta',
      '报告含总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、工作不足及改进情况和其他需要报告的事项六部分组成。',
      '“报告由总体情况',
      '含 run into 由…组成',
      [
        '报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项等六部分组成。',
        '报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、其他需要报告的事项等六部分组成。',
        '报告包含总体情况、主动公开政府信息情况、其他需要报告的事项等六部分内容。',
      ],
    ],
    [
      '2783-tongyu-zfb-2024.txt',
      'overview',
      '定期检查并及时督促各单位改进工作中薄弱环节,定期对政府信息公开工作人员定期开展培训,以确保工作规范。',
      '“定期对政府信息公开工作人员定期”疑为“定期对政府信息公开工作人员”',
      'an adverb said twice around 对 and its object',
      [
        '定期对政府信息公开工作人员开展培训。',
        '加强与相关部门及时对接、及时沟通。',
        '及时对信息更新不及时的栏目进行整改。',
      ],
    ],
    [
      '2790-xuancheng-tcj-2023.txt',
      'overview',
      '截止2023年12月31日,未收到依申请公开申请信息未发生因政府信息公开而被申请行政复议、提起行政诉讼的案件。',
      '“未收到依申请公开申请信息，未发生”',
      'two clauses of what did not happen run together',
      [
        '截止2023年12月31日,未收到依申请公开申请,未发生因政府信息公开而被申请行政复议、提起行政诉讼的案件。',
        '本年度未收到政府信息公开申请。未发生行政复议案件。',
      ],
    ],
  ];
  for (const [file, part, said, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      const key = `${KEY}:${part}`;
      expect(messageOf(reportOf(part, said), key)).toContain(right);
      for (const fine of silent) expect(keys(reportOf(part, fine)), fine).not.toContain(key);
      expect(importedWarns(realText(file), key), file).toBe(true);
    });

  it('reads a word doubled between two items of a list as the items run together (2765)', () => {
    const key = `${KEY}:overview`;
    const said = '重点领域类信息(包括文化、法律、扶贫、社会救助、美丽乡村乡村振兴、农业农村等)。';
    expect(keys(reportOf('overview', said))).not.toContain(key);
    expect(importedWarns(realText('2765-jiaoqu-chenyaohu-2022.txt'), key)).toBe(false);
    // Still said where the doubled word is no two items of a list.
    expect(
      messageOf(reportOf('overview', '通过门户网站、爱尚解放碑公众号公众号等渠道公开。'), key),
    ).toContain('“公众号公众号”疑为“公众号”');
    expect(messageOf(reportOf('overview', '加强党建工作工作等方面。'), key)).toContain(
      '“工作工作”疑为“工作”',
    );
  });

  it('reads 可在线 before a verb as online, not a place with its verb lost (2800)', () => {
    const key = `${KEY}:overview`;
    const said =
      '通过该网站“县文化旅游和广播电视局”栏目,可以查阅公开指南和目录以及主动公开的政府信息,并可在线申请政府信息公开。';
    expect(keys(reportOf('overview', said))).not.toContain(key);
    expect(importedWarns(realText('2800-tielingxian-wlgdj-2024.txt'), key)).toBe(false);
    // Still said where a place follows 可在 and no verb.
    expect(
      messageOf(
        reportOf('meta', '本报告的电子版本可在宿城区人民政府网站中扬镇人民政府板块。'),
        'phrase-garbled:meta',
      ),
    ).toContain('（缺谓语）');
  });
});
