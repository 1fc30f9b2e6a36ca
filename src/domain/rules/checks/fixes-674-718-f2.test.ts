import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { shortReportNames, shortTitleName } from '@/domain/format/report-name';
import { importText } from '@/import';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { phraseSlipsIn } from './phrase-slips';

/**
 * Since a fix of stop 35 after the measure of 674–718: fixed phrases lost a character or got one,
 * miswritten words, a clause written twice, the report's name short of 报告 or of 工作 and 年度, and
 * a title over two lines, from the real wording with the corpus's correct wording beside it.
 */

const F2021 = formatById('2021');
const slips = (text: string) =>
  phraseSlipsIn(text, F2021).map((s) => `${s.text}→${s.phrase}:${s.kind}`);

describe('fixed phrases with a character lost or miswritten', () => {
  it('reads 解 lost from 发布、解读、回应 (real: 临洮县上营乡 2020)', () => {
    expect(slips('推进重点领域信息公开、加强信息发布、读和回应工作,强化制度机制建设。')).toEqual([
      '、读和回应→、解读和回应:lost',
    ]);
    for (const text of [
      '做好政府信息发布、解读、回应工作。',
      '加强政策发布、解读和回应,提高公开质量。',
      '统筹推进信息发布、解读回应。',
      '做好信息发布解读、回应关切。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads `信思公开` (real: 临洮县上营乡 2020), not 诚信 before 思想', () => {
    expect(slips('切实发挥了信思公开工作对建设法治政府的促进作用。')).toEqual([
      '信思公开→信息公开:replaced',
    ]);
    for (const text of ['加强诚信思想教育。', '切实发挥了信息公开工作的促进作用。'])
      expect(slips(text)).toEqual([]);
  });
  it('reads 不 lost from the principle (real: 陇南市政府办 2024), not its usual forms', () => {
    expect(slips('始终坚持“公开是常态, 公开是例外”的原则。')).toEqual([
      '常态,公开是例外→常态,不公开是例外:lost',
    ]);
    for (const text of [
      '坚持以公开为常态、不公开为例外的原则。',
      '坚持“公开是常态,不公开是例外”。',
      '坚持以公开为常态,以不公开为例外。',
      '推动政务公开常态化、制度化。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads `泄漏国家秘密` (real: 天津市住建委 2024), not a leak of gas', () => {
    expect(slips('严格做好保密审查,防止泄漏国家秘密、工作秘密和敏感信息。')).toEqual([
      '泄漏国家秘密→泄露国家秘密:replaced',
    ]);
    for (const text of ['防止泄露国家秘密。', '排查燃气泄漏隐患12处。'])
      expect(slips(text)).toEqual([]);
  });
  it('reads `机构智能` (real: 汶上县白石镇 2020)', () => {
    expect(slips('机构智能类3条,占0.05%,领导信息4条。')).toEqual(['机构智能→机构职能:replaced']);
    for (const text of ['机构职能类3条。', '推进智能化服务,建设智能政务平台。'])
      expect(slips(text)).toEqual([]);
  });
});

describe('fixed phrases with words put in', () => {
  it('reads the regulation with a 试行 it never had (real: 兴安盟农牧局 2020), not other rules', () => {
    expect(
      slips(
        '根据《中华人民共和国政府信息公开条例(试行)》《内蒙古自治区政府信息公开年度报告制度》。',
      ),
    ).toEqual(['中华人民共和国政府信息公开条例(试行)→中华人民共和国政府信息公开条例:added']);
    for (const text of [
      '根据《中华人民共和国政府信息公开条例》和《政府信息公开工作年度报告格式(试行)》。',
      '制定《龙坎街道信息报送工作办法(试行)》。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads `信息化公开` (real: 吴川市海滨街道 2024), not 信息化 ending a name', () => {
    expect(slips('更新了《海滨街道政务信息化公开指南(2024)》和年度报告。')).toEqual([
      '信息化公开→信息公开:added',
    ]);
    expect(slips('制定《经济和信息化委员会信息公开指南》。')).toEqual([]);
  });
  it('reads 公开 written twice across words (real: 乌兰哈达镇 2022, 府谷县 2022)', () => {
    expect(slips('在本年度我镇在政务公开网站公开主动公开85条信息。')).toEqual([
      '站公开主动公开→站主动公开:doubled',
    ]);
    expect(slips('本年度共公开政府信息3030条,公开主动公开政府文件1624份。')).toEqual([
      ',公开主动公开→,主动公开:doubled',
    ]);
    for (const text of [
      '截至2023年12月31日,政务信息公开主动公开总数146条。',
      '（一）全面公开主动公开情况。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads 受理 left dangling after a count received (real: 邹城市唐村镇 2020)', () => {
    expect(
      slips('2020年,我镇收到0件信息公开申请受理和通过电子邮件提交的信息公开申请受理。'),
    ).toEqual(['收到0件信息公开申请受理→收到0件信息公开申请:added']);
    for (const text of [
      '全年收到政府信息公开申请21件,办结21件。',
      '收到申请3件,受理3件,均按时答复。',
      '收到5件申请受理率100%。',
    ])
      expect(slips(text)).toEqual([]);
  });
});

describe('a clause written twice, an agency without its 名义', () => {
  it('reads a clause repeated after its comma (real: 九原区哈林格尔镇 2025)', () => {
    expect(
      slips(
        '充分利用官网、微信公众号等渠道,及时、准确、全面地公开政府信息,及时、准确、全面地公开政府信息,让广大群众便捷了解。',
      ),
    ).toEqual([
      '及时、准确、全面地公开政府信息,及时、准确、全面地公开政府信息→及时、准确、全面地公开政府信息:doubled',
    ]);
    for (const text of [
      '干事、干事、干成事。',
      '0件,0件,0件,0件。',
      '主动公开政府信息,依申请公开政府信息,做好政府信息管理。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('reads `以…办事处开展` (real: 渝北区回兴街道 2023), not 名义 written nor 开展的', () => {
    expect(slips('现对以重庆市渝北区回兴街道办事处开展政府信息公开工作的情况进行报告。')).toEqual([
      '以重庆市渝北区回兴街道办事处开展→以重庆市渝北区回兴街道办事处名义开展:lost',
    ]);
    for (const text of [
      '现对以重庆市渝北区回兴街道办事处名义开展政府信息公开工作的情况进行报告。',
      '以县政府和县政府办公室名义印发的文件,均主动公开。',
      '以街道办事处开展的政务公开日活动为契机,宣传条例。',
      '首先,以自治区政务公开领导小组办公室印发的《实施意见》为指导。',
      '可以向县人民政府开展咨询。',
    ])
      expect(slips(text)).toEqual([]);
  });
  it('is said by the check (phrase-garbled)', () => {
    expect(keys(withOverview('防止泄漏国家秘密、工作秘密和敏感信息。', 2024))).toContain(
      'phrase-garbled:overview',
    );
  });
});

describe('the report named short of 报告, of 工作 and 年度', () => {
  it('reads `…工作年度公布如下`, 报告 lost (real: 兴安盟农牧局 2020)', () => {
    const report = withPreface('现将我局2020年度政府信息公开工作年度公布如下。', 2020);
    expect(messageOf(report, 'report-name-garbled:meta')).toContain('“政府信息公开工作年度”缺字');
    for (const preface of [
      '现将我局2020年度政府信息公开工作年度报告公布如下。',
      '现将我局2023年政府信息公开工作年度情况报告如下。',
    ])
      expect(keys(withPreface(preface, 2020))).not.toContain('report-name-garbled:meta');
  });
  it('reads `编制2024年度政府信息公开报告` (real: 六枝特区落别乡 2024)', () => {
    expect(shortReportNames('等相关文件要求编制2024年度政府信息公开报告。全文包括')).toEqual([
      { name: '政府信息公开报告', year: 2024 },
    ]);
    expect(
      messageOf(
        withPreface('要求编制2024年度政府信息公开报告。', 2024),
        'report-name-garbled:meta',
      ),
    ).toContain('缺“工作”“年度”');
    for (const text of [
      '公开各类信息347条,其中,年度信息公开报告1条。',
      '本年度信息公开报告期限自2021年1月1日起。',
    ])
      expect(shortReportNames(text)).toEqual([]);
  });
  it('reads a title over two lines, broken after its year (real: 天津市城管委 2025)', () => {
    expect(shortTitleName('天津市城市管理委员会2025年度政府信息公开报告')).toBe('政府信息公开报告');
    const imported = importText(
      [
        '天津市城市管理委员会2025年度',
        '政府信息公开工作报告',
        '本年度报告由天津市城市管理委员会编制,根据《中华人民共和国政府信息公开条例》,对全委2025年度的政府信息公开工作进行了梳理总结。本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
        '一、总体情况',
        '2025年,我委主动公开政府信息5332条。',
      ].join('\n'),
    );
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.meta.agencyName).toBe('天津市城市管理委员会');
    expect(imported.report.source?.titleName).toBe('政府信息公开工作报告');
  });
});
