import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { kindCharLost, sameBody } from './agency-names';

/**
 * Fixes of stop 40 after the measure of 1199–1258 (helper f2, scope and agencies), from the real
 * wording, with the corpus's shapes that must stay silent.
 */

const government = (overview: string, name = '乐平市人民政府') =>
  keys(withOverview(overview, 2021, asAgency(clean2021.report, 'government', name)));
const SCOPE = 'government-scope-missing';

describe('sameBody: a place named before the same body (real: 马鹿沟镇 2023)', () => {
  it('reads the county before the same town as the same body', () => {
    expect(sameBody('长白朝鲜族自治县马鹿沟镇', '马鹿沟镇人民政府')).toBe(true);
    expect(sameBody('马鹿沟镇人民政府', '长白朝鲜族自治县马鹿沟镇')).toBe(true);
    expect(sameBody('白山市长白朝鲜族自治县马鹿沟镇', '马鹿沟镇人民政府')).toBe(true);
    expect(sameBody('包头市东河区', '东河区人民政府')).toBe(true);
  });
  it('still tells another body or another place’s from it', () => {
    expect(sameBody('长白朝鲜族自治县十四道沟镇', '马鹿沟镇人民政府')).toBe(false);
    expect(sameBody('长白朝鲜族自治县马鹿沟镇人民政府办公室', '马鹿沟镇人民政府')).toBe(false);
    expect(sameBody('宣城市财政局', '广德市财政局')).toBe(false);
    expect(sameBody('宣城市财政局', '财政局办公室')).toBe(false);
  });
  it('is silent on the real text', () => {
    expect(
      importedWarns(realText('1226-changbai-malugou-2023.txt'), 'signature-agency-mismatch:meta'),
    ).toBe(false);
  });
});

describe('agency-name-word-lost: the title printed again without 局 (real: 宣城市机关事务管理局 2023)', () => {
  it('says the kind character lost', () => {
    expect(kindCharLost('宣城市机关事务管理', '宣城市机关事务管理局')).toBe(true);
    expect(kindCharLost('宣城市机关事务管理局', '宣城市机关事务管理局')).toBe(false);
    expect(kindCharLost('马鹿沟镇', '马鹿沟镇人民政府')).toBe(false);
  });
  it('warns on the real text, as the word lost and not as another body', () => {
    const text = realText('1204-xuancheng-jgswj-2023.txt');
    expect(importedWarns(text, 'agency-name-word-lost:meta')).toBe(true);
    expect(importedWarns(text, 'signature-agency-mismatch:meta')).toBe(false);
  });
});

describe('government-scope-missing: words that say nothing of whose the figures are', () => {
  it('warns on the units whose accounts were scanned (real: 乐平市 2025)', () => {
    expect(
      government(
        '2025年,乐平市人民政府网站累计发布信息10397条。对我市政府网站及各单位政务新媒体进行云检测扫描,累计检测网站栏目1407个。',
      ),
    ).toContain(SCOPE);
  });
  it('warns on the units whose budgets were published (real: 浮梁县 2023)', () => {
    expect(
      government(
        '全年通过县政府门户网站公开各方面信息7965条。按时发布各部门2022年部门预算、2021年部门决算。',
        '浮梁县人民政府',
      ),
    ).toContain(SCOPE);
  });
  it('warns on the government’s and its office’s documents (real: 浮梁县 2023)', () => {
    expect(
      government(
        '全年通过县政府门户网站公开信息7965条,发布县政府和县政府办公室文件98件、解读政策41件。',
        '浮梁县人民政府',
      ),
    ).toContain(SCOPE);
  });
  it('warns on the region’s development served (real: 昭通市 2024)', () => {
    expect(
      government(
        '(一)主动公开方面。围绕全市经济社会高质量发展,通过政府网站、政务新媒体等渠道主动公开信息4万余条。',
        '昭通市人民政府',
      ),
    ).toContain(SCOPE);
    expect(importedWarns(realText('1216-zhaotong-city-2024.txt'), SCOPE)).toBe(true);
  });
  it('is silent where the units’ figures are counted or the whole region gives them', () => {
    expect(
      government('对各单位政务新媒体进行检测,各单位共发布信息3000条。全年主动公开信息10397条。'),
    ).not.toContain(SCOPE);
    expect(
      government('全市经济社会发展信息公开2000条,全年主动公开信息10397条。', '昭通市人民政府'),
    ).not.toContain(SCOPE);
    // Since a fix of stop 42 after the measure of 1334–1348: the government and its office said of
    // the items published; said of the requests only, they say nothing of those (real: 天涯区 2023).
    expect(
      government(
        '县政府及县政府办公室全年主动公开信息7965条。共受理政府信息公开申请14件。',
        '浮梁县人民政府',
      ),
    ).not.toContain(SCOPE);
    expect(
      government(
        '全年主动公开信息7965条。县政府及县政府办公室共受理政府信息公开申请14件。',
        '浮梁县人民政府',
      ),
    ).toContain(SCOPE);
  });
  it('is silent on an office publishing its government’s documents with its own (real: 高平市人民政府办公室 2022)', () => {
    expect(
      keys(
        withOverview(
          '在高平市人民政府门户网站发布政务动态类信息226条,发布市政府及政府办文件及解读信息66条。',
          2022,
          asAgency(clean2021.report, 'government', '高平市人民政府办公室'),
        ),
      ),
    ).not.toContain(SCOPE);
  });
});

describe('agency-scope-above-level: the whole province’s system’s scope (real: 三亚市卫生健康委员会 2020)', () => {
  const ABOVE = 'agency-scope-above-level:overview';
  const text =
    '按照统一部署,我委在委机关门户官网上公布了权力清单。其中全省卫生健康系统信息公开范围主要是:机构职能;政策法规;规划计划。';
  it('warns in a city body’s report', () => {
    expect(
      keys(
        withOverview(text, 2020, asAgency(clean2021.report, 'department', '三亚市卫生健康委员会')),
      ),
    ).toContain(ABOVE);
  });
  it('is silent in the province’s own', () => {
    expect(
      keys(
        withOverview(text, 2020, asAgency(clean2021.report, 'department', '海南省卫生健康委员会')),
      ),
    ).not.toContain(ABOVE);
  });
});

describe('other-agency-in-text: the office’s report compiled, the government’s published (real: 山阳县 2021)', () => {
  const OTHER = 'other-agency-in-text:meta';
  const preface = (p: string, name: string) => keys(asAgency(withPreface(p), 'government', name));
  it('warns on the real preface', () => {
    expect(
      preface(
        '根据新修订的《中华人民共和国政府信息公开条例》要求,编制了山阳县人民政府办公室2021年政府信息公开年度报告。现将山阳县人民政府2021年政府信息公开工作年度报告予以公开发布。',
        '山阳县人民政府',
      ),
    ).toContain(OTHER);
  });
  it('is silent on an office naming its own report alone, or a government its own', () => {
    expect(
      preface(
        '现公开西安市临潼区人民政府办公室2025年政府信息公开工作年度报告。',
        '西安市临潼区人民政府办公室',
      ),
    ).not.toContain(OTHER);
    expect(
      preface(
        '编制了山阳县人民政府2021年政府信息公开工作年度报告。现将山阳县人民政府2021年政府信息公开工作年度报告予以公开发布。',
        '山阳县人民政府',
      ),
    ).not.toContain(OTHER);
  });
});

describe('notice-citation-wrong: 60号 beside 30号 in a 2021+ report (real: 拉萨市财政局 2025)', () => {
  const WRONG = 'notice-citation-wrong:meta:2019-60';
  const BOTH =
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)、《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求,现向社会公布2025年拉萨市财政局政府信息公开工作年度报告。';
  it('warns on the real preface', () => {
    expect(keys(withPreface(BOTH, 2025))).toContain(WRONG);
  });
  it('is silent on 60号 told as repealed', () => {
    expect(
      keys(
        withPreface(
          '根据《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号)要求编制本报告,原《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号)同时废止。',
          2025,
        ),
      ),
    ).not.toContain(WRONG);
  });
});
