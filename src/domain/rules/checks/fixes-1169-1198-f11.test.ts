import { describe, expect, it } from 'vitest';
import {
  importedReport,
  issuesOf,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * False warnings and misses of the measure of 1169–1198 mended after it (stop 39, helper f11), from
 * the real wording.
 */

describe('政府信息工作 after 规范 (phrase-garbled)', () => {
  const KEY = 'phrase-garbled:overview';

  it('stays silent on the management of government information (real: 广州市城市管理和综合执法局 2023)', () => {
    const guangzhou =
      '(三)政府信息管理情况。严格规范政府信息工作,加强完善局门户网站常态化监管,严格落实“三审三校”制度,动态调整更新政府信息公开指南及主动公开基本目录。';
    expect(keys(withOverview(guangzhou, 2023))).not.toContain(KEY);
  });

  it('still says 公开 lost elsewhere (real: 方正县大罗密镇 2023)', () => {
    const report = withOverview(
      '我镇高度重视,明确分管领导,确定镇党政办作为政府信息工作主要部门,设专人负责。',
      2023,
    );
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toContain('政府信息公开工作');
  });
});

describe('points 一是/二是 inside an outer 二是 (subheading-number-repeated)', () => {
  it('says two levels numbered alike (real: 甘南州林业和草原局 2020)', () => {
    const gannan = [
      '一是加强组织领导。我局成立了信息公开工作领导小组,明确专人负责。',
      '二是完善制度机制。我局结合实际,完善了信息公开工作保密审查、依申请公开、内部沟通协调机制,进一步推进了信息公开工作。一是我们主要采取逐级审查制度,由信息员专门采集全州上报林业信息,认真甄别信息内容,分管领导审核,最后由主要领导签字公布;二是为保证公开信息实效性,采取第一时间上报制度,在获取信息后,信息员在第一时间立即甄别内容采编,后立即按程序上报公布。',
      '三是拓宽公开渠道。在局公开栏和林草局网站同步发布。',
    ].join('\n');
    expect(keys(withOverview(gannan, 2020))).toContain('subheading-number-repeated:overview');
  });
});

describe('characters lost or wrong in a phrase (phrase-garbled), from the real texts', () => {
  const garbled = (name: string) =>
    issuesOf(importedReport(realText(name)))
      .filter((i) => i.key.startsWith('phrase-garbled'))
      .map((i) => i.message)
      .join('\n');

  it('says 拓大 for 扩大 (real: 嘉峪关市应急管理局 2021)', () => {
    expect(garbled('1188-jiayuguan-yjj-2021.txt')).toContain('扩大');
  });
  it('says 编及 short of 制 (real: 铜仁市教育局 2020)', () => {
    expect(garbled('1182-tongren-jyj-2020.txt')).toContain('编制及');
  });
  it('says 查 short of 阅 (real: 重庆市大渡口区科学技术局 2020)', () => {
    expect(garbled('1178-dadukou-kjj-2020.txt')).toContain('查阅、咨询');
  });
  it('says 直各部门 short of its level (real: 正镶白旗 2021)', () => {
    expect(garbled('1191-zhenglanqi-2021.txt')).toContain('旗直');
  });
  it('says 址 and 话 short of 地 and 电 (real: 化德县林业和草原局 2021)', () => {
    const said = garbled('1190-huade-lcj-2021.txt');
    expect(said).toContain('地址');
    expect(said).toContain('共 2 处');
  });

  it('stays silent on the corpus texts where the words are whole', () => {
    const silent = [
      '为市民提供政府信息查询、咨询等服务,编制区直各部门的年度报告。',
      '要求各乡镇、县直各部门也成立了相应工作机构,开拓大数据应用。',
      '联系地址:高淳区淳溪街道镇兴路228号;联系电话:025-57327812。',
    ].join('\n');
    expect(keys(withOverview(silent, 2021))).not.toContain('phrase-garbled:overview');
  });
});

describe('a preface short of a word (phrase-garbled), from the real texts', () => {
  const garbled = (name: string) =>
    issuesOf(importedReport(realText(name)))
      .filter((i) => i.key.startsWith('phrase-garbled'))
      .map((i) => i.message)
      .join('\n');

  it('says 申请 written 处理 in the third part (real: 天津市财政局 2019)', () => {
    expect(garbled('1184-tianjin-czj-2019.txt')).toContain('处理政府信息公开申请');
  });
  it('says 包括 lost before the parts (real: 岚皋县林业局 2020)', () => {
    expect(garbled('1187-langao-lyj-2020.txt')).toContain('全文内容包括总体情况');
  });
  it('says 联系 lost after whom to ask (real: 九江市柴桑区农业农村局 2021)', () => {
    expect(garbled('1174-chaisang-nyncj-2021.txt')).toContain('联系');
  });
  it('stays silent where 联系 is said', () => {
    const whole = [
      '如对本报告有疑问,请与县政府办公室联系(地址:县政府大楼;电话:0792-6812139)。',
      '如有疑问请与县政府办公室(地址:县政府大楼)联系。',
      '全文内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。',
    ].join('\n');
    expect(keys(withOverview(whole, 2021))).not.toContain('phrase-garbled:overview');
  });
});
