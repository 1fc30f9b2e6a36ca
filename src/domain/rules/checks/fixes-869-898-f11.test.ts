import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 869–898 mended after it (stop 36, helper f11), from
 * the real wording.
 */

describe('a list going on past its sentence (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  const heqing =
    '我县主动公开各类政府信息1644条。其中,政府信息公开指南信息38条,疫情防控28条,组织机构类信息29条,公示公告134条,规划计划类信息14条,重大决策7条,监督⁄督察15条,统计信息31条,审计信息2条,财政信息311条,民政信息57条,人事招考类信息38条,管理服务41条,农业水利21条,治安管理6条,市场监管8条,产品质量3条,价格和收费18条,国有资产和企事业单位信息7条,政府采购18条。试点领域信息公开中重大建设项目52条,义务教育53条,社会救助49条,养老服务10条,公共法律4条,就业创业4条,社会保险4条,国土空间规划9条,征地补偿4条,生态环境42条,保障性住房14条,城市综合执法18条,涉农补贴14条,公共文化服务6条,医疗卫生12条,安全生产13条,应急救灾12条,食药安全17条,脱贫攻坚⁄乡村振兴14条,税收管理⁄减税降费13条,村务公开45条,解读类信息22条,政府信息公开年报类信息39条,建议提案类信息303条,其他信息17条,县政府常务会议信息28条。';

  it('stays silent when the next sentence makes up the whole exactly (real: 鹤庆县政府办 2021)', () => {
    expect(keys(withOverview(heqing, 2021))).not.toContain(KEY);
  });

  it('still warns when the next sentence does not make it up', () => {
    const short = heqing.replace('县政府常务会议信息28条', '县政府常务会议信息20条');
    const r = withOverview(short, 2021);
    expect(keys(r)).toContain(KEY);
  });
});

describe('parts in brackets right after a count (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  const changle =
    '2.做好规范性文件公开、解读。2023年我办公开规范性文件20件(今年制发20件,补发之前文件126件),解读文件44件,做到规范性文件与政策解读同步起草、同步审签、同步发布。';

  it('says bracketed parts adding up to more than their count (real: 长乐区政府办 2023)', () => {
    const r = withOverview(changle, 2023);
    expect(keys(r)).toContain(KEY);
    expect(messageOf(r, KEY)).toContain('146');
  });

  it('stays silent on bracketed parts within their count (real: 海南省地震局 2024)', () => {
    const text =
      '本年度发布工作动态信息292条(省局动态197条、市县动态95条),公告公示信息57条(含采购公告公示16条)。';
    expect(keys(withOverview(text, 2024))).not.toContain(KEY);
  });
});

describe('a nameless county government report by its bare name (government-scope-missing)', () => {
  const KEY = 'government-scope-missing';
  const huangping = [
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布黄平县2022年政府信息公开工作年度报告。',
    '一、总体情况',
    '2022年,黄平县深入贯彻落实国务院、省、州关于政务公开工作的相关要求,紧紧围绕全县工作中心,以高质量、高效率的要求推进政务公开各项工作落实。',
    '(一)主动公开。2022年,黄平县按照要求,深入推进重点领域信息公开,全年发布重点领域信息926余条,发布政策解读信息14条。',
    '(二)依申请公开。2022年,办理政府信息公开申请41件(含上年度结转1件),均全部办结。',
    '五、存在的主要问题及改进情况',
    '一是公开内容不够全面。',
    '六、其他需要报告的事项',
    '无。',
  ].join('\n');
  const imported = (text: string): Report => {
    const result = importText(text);
    if (!result.ok) throw new Error(result.message);
    return result.report;
  };

  it('says the scope unsaid (real: 黄平县 2022)', () => {
    const r = imported(huangping);
    expect(r.meta.agencyName).toBe('');
    expect(keys(r)).toContain(KEY);
  });

  it('stays silent for a department named in the report title', () => {
    const r = imported(huangping.replace('现公布黄平县2022年', '现公布黄平县教育局2022年'));
    expect(keys(r)).not.toContain(KEY);
  });

  it('reads a town named in the report title as no county government', () => {
    const r = imported(huangping.replace('现公布黄平县2022年', '现公布黄平县新州镇2022年'));
    expect(messageOf(r, KEY) ?? '').not.toContain('本级政府的');
  });

  it('stays silent for a zone named in the report title', () => {
    const r = imported(huangping.replace('现公布黄平县2022年', '现公布黄平县经济开发区2022年'));
    expect(keys(r)).not.toContain(KEY);
  });

  it('stays silent when the scope is said', () => {
    const r = imported(huangping.replace('黄平县按照要求', '黄平县本级按照要求'));
    expect(keys(r)).not.toContain(KEY);
  });
});
