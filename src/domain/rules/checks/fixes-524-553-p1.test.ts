import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { AgencyKind, Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses and a false warning of the measure of 524–553, mended after it (stop 32). */

const as = (report: Report, agencyName: string, agencyKind: AgencyKind = 'government'): Report => ({
  ...report,
  meta: { ...report.meta, agencyName, agencyKind },
});
const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('the own place written without its level before 人民政府', () => {
  it('is warned (real: 上饶市信州区 2019, 兰州市 2020)', () => {
    const preface =
      '如对本报告有任何疑问,请与信州人民政府政务公开办公室联系(地址:上饶市三江大道185号)。';
    expect(
      messageOf(as(withPreface(preface), '上饶市信州区人民政府'), 'agency-name-word-lost:meta'),
    ).toContain('信州区');
    const overview =
      '(二)全面解读政策文件。2020年,兰州政府办公室通过兰州市人民政府网站发布政策解读47篇。';
    expect(keys(as(withOverview(overview), '兰州市'))).toContain('agency-name-word-lost:overview');
  });
  it('is silent on the level kept, its usual short form and a website’s name (real: 温州市人社局 2022, 江永县 2023)', () => {
    const kept = '请与信州区人民政府办公室联系;信州区政府门户网站公开信息120条。';
    expect(keys(as(withPreface(kept), '上饶市信州区人民政府'))).not.toContain(
      'agency-name-word-lost:meta',
    );
    const site =
      '充分利用浙江政务服务网、中国温州政府网、温州发布等平台。江永政府门户网新开设栏目。';
    expect(keys(as(withOverview(site), '温州市江永县人民政府'))).not.toContain(
      'agency-name-word-lost:overview',
    );
  });
});

describe('the title printed again with its year’s 年 lost', () => {
  const page = (again: string) =>
    [
      '弋阳县2021年政府信息公开年度报告',
      '【字体:',
      '',
      again,
      '',
      '2021年,弋阳县人民政府办公室认真执行《中华人民共和国政府信息公开条例》,编制本报告。',
      '',
      '一、总体情况',
      '2021年,我县主动公开政府信息1200条。',
    ].join('\n');
  it('is warned (real: 弋阳县 2021)', () => {
    const report = imported(page('弋阳县2021政府信息公开年度报告'));
    expect(report.source?.titleYear).toBe('2021');
    expect(keys(report)).toContain('date-characters-missing:title');
  });
  it('is silent when printed again whole', () => {
    const report = imported(page('弋阳县2021年政府信息公开年度报告'));
    expect(report.source?.titleYear).toBeUndefined();
    expect(keys(report)).not.toContain('date-characters-missing:title');
  });
});

describe('a sub-heading line after a lone closer', () => {
  it('is warned when it names an area (real: 弋阳县 2021, `)积极做好主动公开`)', () => {
    const overview =
      '2021年,我县严格落实要求。\n)积极做好主动公开\n一是强化决策公开。我县公开决策草案12件。';
    expect(messageOf(withOverview(overview), 'overview-subheading-garbled:overview')).toContain(
      '（一）积极做好主动公开',
    );
  });
  it('is silent on a closer ending a bracket opened on the line before, or a sentence', () => {
    const overview =
      '2021年,我县严格落实要求(详见附件\n)。主动公开信息1200条,涉及主动公开的各类文件。';
    expect(keys(withOverview(overview))).not.toContain('overview-subheading-garbled:overview');
  });
});

describe('工作 cut to 工 before a stop', () => {
  it('is warned (real: 银川镇 2022, `各项工。`)', () => {
    const overview = '(二)依申请公开。注意加强与申请人的沟通,积极做好信息公开的各项工。';
    expect(messageOf(withOverview(overview), 'phrase-garbled:overview')).toContain('各项工作');
  });
  it('is silent on 各项工作 and on 工 as a word of its own', () => {
    const overview = '(二)依申请公开。积极做好信息公开的各项工作。组织农民工,开展培训。';
    expect(keys(withOverview(overview))).not.toContain('phrase-garbled:overview');
  });
});

describe('公共事业单位 is a correct term', () => {
  it('is not read as 公共企事业单位 with 企 lost (real: 信州区 2019)', () => {
    const preface =
      '本报告综合全区各镇(街道)、区政府各部门、各公共事业单位政府信息公开工作基础上编制形成。';
    expect(keys(withPreface(preface))).not.toContain('phrase-garbled:meta');
  });
});

describe('a “ left open in its sentence', () => {
  it('is warned (real: 七户乡 2020)', () => {
    const preface =
      '本报告的电子版可以在“中国新疆奇台县政府网(www.xjqt.gov.cn)上下载。如对本报告有任何疑问,请与本单位联系。';
    expect(messageOf(withPreface(preface), 'text-bracket-unclosed:meta')).toContain('后引号');
  });
  it('is silent on a quotation of sentences closed on a later line, a look-alike closer, or a straight quote before it (real: 新街口街道 2021, 西乌旗自然资源局 2020)', () => {
    const spanned = '他说:“要做好公开。要做好解读。\n要做好回应。”我们照办。';
    expect(keys(withPreface(spanned))).not.toContain('text-bracket-unclosed:meta');
    const lookAlike = '坚持“谁主管、谁负责〞原则,严格履行保密审查程序。完成审查120件。';
    expect(keys(withPreface(lookAlike))).not.toContain('text-bracket-unclosed:meta');
    const straight = '开设"土地管理“栏目,作为对外开展工作的窗口。发布信息20条。';
    expect(keys(withPreface(straight))).not.toContain('text-bracket-unclosed:meta');
  });
});

describe('another township kind’s word for the whole area', () => {
  const overview = '新《条例》颁布后,两家子满族乡迅速组织全街开展新《条例》学习。';
  it('is warned in a 乡’s report (real: 两家子满族乡 2020)', () => {
    expect(keys(as(withOverview(overview), '两家子满族乡', 'township'))).toContain(
      'township-scope-above-level:overview',
    );
  });
  it('is silent in a 街道’s report, and on 安全 before 街', () => {
    expect(keys(as(withOverview(overview), '文庙街道', 'township'))).not.toContain(
      'township-scope-above-level:overview',
    );
    const safe = '开展安全街区创建,全乡主动公开信息120条。';
    expect(keys(as(withOverview(safe), '两家子满族乡', 'township'))).not.toContain(
      'township-scope-above-level:overview',
    );
  });
  it('is warned for 全镇 in a 街道’s report', () => {
    const street = '街道迅速组织全镇开展新《条例》学习。';
    expect(keys(as(withOverview(street), '文庙街道', 'township'))).toContain(
      'township-scope-above-level:overview',
    );
  });
});
