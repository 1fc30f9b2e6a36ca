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
 * Misses of the measure of 2216–2260 mended after it (stop 55, helper f62): a wrong, lost or moved
 * character or word in one word (形势 written 形式 after 适应, 权力 written 权利 in 行政权力行使, 程序
 * written 程台, 本报告 cut to 报, 诉讼 put inside 行政复议, 双随机、一公开 split by its quote, 主动公开信息
 * with 信息 moved), a word written around 各级, a door number written 段. From the real wording, with
 * the corpus's nearby wording that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PHRASE_META = 'phrase-garbled:meta';

describe('phrase-garbled: wrong, lost or moved words of 2216–2260 (overview)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2236-guizhou-qxj-2019.txt',
      '进一步完善政府信息公开制度,对不适应形式要求的规定及时予以调整清理。',
      '“适应形式要求”疑为“适应形势要求”',
      '形势 written 形式 after 适应',
      [
        '进一步完善政府信息公开制度,对不适应形势要求的规定及时予以调整清理。',
        '严格按照时间和形式要求,定期将需要公开的信息纸质公开。',
        '本年度未收到书面或其他形式要求公开政府信息的申请。',
        '坚持以人民为中心的原则,主动适应新形式、新要求和群众期待。',
      ],
    ],
    [
      '2253-siping-qxj-2019.txt',
      '对气象行政审批事项进行全面公开,保证行政权利行使过程中的透明。',
      '“行政权利行使”疑为“行政权力行使”',
      '权力 written 权利 in 行政权力行使',
      [
        '对气象行政审批事项进行全面公开,保证行政权力行使过程中的透明。',
        '依法保障行政相对人的权利行使。',
        '切实保障公民依法获取政府信息的权利。',
      ],
    ],
    [
      '2250-jilin-qxj-2022.txt',
      '严格落实“三审三校”制度,规范信息公开发布与保密审核程台,开设局长信箱。',
      '“核程台”疑为“核程序”',
      '程序 written 程台 after 审核',
      [
        '严格落实“三审三校”制度,规范信息公开发布与保密审核程序,开设局长信箱。',
        '建立重点工程台账,按月公开项目进展。',
        '梳理审批流程台账,逐项公开。',
      ],
    ],
    [
      '2250-jilin-qxj-2022.txt',
      '加强对政府信息公开工作的监督与考核,促进全省气象各级气象部门不断提高政府信息公开工作质量。',
      '“全省气象各级气象”疑为“全省各级气象”',
      'a word written around 各级',
      [
        '加强对政府信息公开工作的监督与考核,促进全省各级气象部门不断提高政府信息公开工作质量。',
        '指导全市各级各部门做好政务公开工作。',
        '全省气象部门各级领导高度重视。',
      ],
    ],
    [
      '2256-huaibei-qxj-2021.txt',
      '全年收到政府信息公开申请1件,已按时办结,无行政诉讼复议和行政诉讼。',
      '“行政诉讼复议”疑为“行政复议”',
      '诉讼 put inside 行政复议',
      [
        '全年收到政府信息公开申请1件,已按时办结,无行政复议和行政诉讼。',
        '本年度无诉讼复议情况。',
        '未发生行政诉讼、复议案件。',
      ],
    ],
    [
      '2256-huaibei-qxj-2021.txt',
      '公开行政许可信息11条,“双随机”一公开7条,其他信息8条。',
      '“双随机”一公开”疑为“双随机、一公开””',
      'the slogan 双随机、一公开 split by its quote',
      [
        '公开行政许可信息11条,“双随机、一公开”7条,其他信息8条。',
        '开展执法检查“双随机”信息数20条。',
        '做好“双随机”监督检查的结果公开。',
      ],
    ],
    [
      '2226-qinhuai-wlj-2020.txt',
      '区文旅局在政务平台上共对外主动信息公开113条,“秦淮文旅”微信公众号发布信息420条。',
      '“主动信息公开113条”疑为“主动公开信息113条”',
      '主动公开信息 with 信息 moved before a count',
      [
        '区文旅局在政务平台上共对外主动公开信息113条。',
        '(二)做好政府主动信息公开。全年在门户网站公开信息300条。',
        '1、加强主动信息公开。街道依托政府网站公开信息。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2022))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: wrong or lost words of 2216–2260 (preface)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2251-changzhi-qxj-2023.txt',
      '全文包括总体情况、…、其他需要报告的事项六部分组成。报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '“报中所列”疑为“本报告中所列”',
      '本报告 cut to 报 before 中所列',
      [
        '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
        '本年报中所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
        '组成。《报告》中所列数据的统计期限自2020年1月1日起。',
      ],
    ],
    [
      '2235-shuangliu-qxj-2023.txt',
      '如对本报告有疑问,请与双流区气象局联系(地址:成都市双流区洪江路四段34段;邮编:610200)。',
      '“四段34段”疑为“四段34号”',
      'a door number written 段 after a road’s section',
      [
        '如对本报告有疑问,请与双流区气象局联系(地址:成都市双流区洪江路四段34号;邮编:610200)。',
        '地址:成都市武侯区人民南路四段11号。',
        '本年度分三段2次公开。',
      ],
    ],
  ];
  for (const [file, preface, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withPreface(preface, 2022), PHRASE_META)).toContain(right);
      expect(importedWarns(realText(file), PHRASE_META)).toBe(true);
      for (const fine of silent) expect(keys(withPreface(fine, 2022))).not.toContain(PHRASE_META);
    });
});

describe('agency-name-word-lost: the own name with a character of its field lost (2216)', () => {
  const LOST = 'agency-name-word-lost:meta';
  const own = (preface: string) =>
    asAgency(withPreface(preface, 2019), 'department', '邵武市林业局');
  it('reads 邵武市林局 for 邵武市林业局', () => {
    const said = '本报告涵盖2019年1月1日至12月31日期间邵武市林局政府信息公开工作情况。';
    expect(messageOf(own(said), LOST)).toContain('“邵武市林局”');
    expect(
      importedWarns(realText('2216-shaowu-lyj-2019.txt'), 'agency-name-word-lost:overview'),
    ).toBe(true);
  });
  it('stays silent on the name whole and on short names dropping a joining word', () => {
    for (const fine of [
      '本报告涵盖2019年1月1日至12月31日期间邵武市林业局政府信息公开工作情况。',
      '邵武市林业局联合市自然资源局开展检查。',
    ])
      expect(keys(own(fine))).not.toContain(LOST);
    const tourism = asAgency(
      withPreface('本报告由婺源县文化旅游局编制。', 2020),
      'department',
      '婺源县文化和旅游局',
    );
    expect(keys(tourism)).not.toContain(LOST);
  });
});
