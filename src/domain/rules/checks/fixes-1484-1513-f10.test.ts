import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1484–1513 mended after it (stop 44, helper f10): word slips of the
 * reports' phrases and an agency's short name, from the real wording, with the corpus's texts that
 * must stay silent.
 */

const OVERVIEW = 'phrase-garbled:overview';
const META = 'phrase-garbled:meta';
const DOUBLED = 'agency-name-word-doubled:overview';

describe('phrase-garbled: 着力 with 力 lost (real: 东方市 2022)', () => {
  it('flags a clause opened by a bare 着 before its verb', () => {
    const report = withOverview(
      '2022年,我市进一步扩大公开范围,着提升政府信息公开质量,全面推进政务公开工作。',
    );
    expect(messageOf(report, OVERVIEW)).toBe('文中“着提升”疑为“着力提升”（缺字），请核对');
  });
  it('is silent on 着力, 着重, 着眼 and a 着 inside a word', () => {
    for (const silent of [
      '扩大公开范围,着力提升政府信息公开质量。',
      '着重加强政策解读,着眼提升群众满意度。',
      '围绕群众关注的热点,沿着提升服务水平的方向推进。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 提供 written 提高 before an assurance (real: 崖州区教育局 2020)', () => {
  it('flags 提高了…保障', () => {
    const report = withOverview(
      '成立了以局长为组长的政府信息公开工作领导小组,为政府信息公开提高了强有力的组织保障。',
    );
    expect(keys(report)).toContain(OVERVIEW);
  });
  it('is silent on an assurance provided, or a level raised', () => {
    for (const silent of [
      '为政府信息公开提供了强有力的组织保障。',
      '对拟公开信息进行三级审查,提升信息安全保障水平。',
      '提高了政府信息公开质量,保障了群众的知情权。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: the site’s 专栏 written 专项 (real: 磐石市吉昌镇 2023)', () => {
  it('flags the column where the report is put up', () => {
    const report = withPreface(
      '本年报通过磐石市人民政府网站--政府信息公开专项向社会公开(网址:http://www.panshi.gov.cn)。',
    );
    expect(keys(report)).toContain(META);
  });
  it('is silent on a special task or group', () => {
    for (const silent of [
      '成立了政务公开专项小组,负责政务公开工作。',
      '开展政府信息公开专项检查,整改问题3个。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: list items run together, 报告 left in, 救济 written 经济', () => {
  it('flags 职能办办事 (real: 涵江区秋芦镇 2024)', () => {
    const report = withOverview('本级政府领导机构设置主要职能办办事程序办事指南1条。');
    expect(keys(report)).toContain(OVERVIEW);
    expect(
      keys(withOverview('在政务服务平台设置跨省通办、一件事一次办办事指南入口链接。')),
    ).not.toContain(OVERVIEW);
  });
  it('flags 根据报告《条例》 (real: 榆树市环城乡 2023)', () => {
    const report = withOverview('根据报告《条例》第二十条规定的法定公开内容,及时公开政府信息。');
    expect(keys(report)).toContain(OVERVIEW);
    expect(keys(withOverview('根据《条例》第二十条规定的法定公开内容,及时公开。'))).not.toContain(
      OVERVIEW,
    );
  });
  it('flags 优抚、经济 in the old regulation’s list (real: 闽侯县白沙镇 2024)', () => {
    const report = withOverview(
      '主动公开扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况;抢险救灾、优抚、经济、社会捐助等款物的发放情况。',
    );
    expect(keys(report)).toContain(OVERVIEW);
    expect(
      keys(withOverview('公开优抚、救济、社会捐助情况;聚焦优抚、经济发展等重点领域。')),
    ).not.toContain(OVERVIEW);
  });
});

describe('agency-name-word-doubled: a commission’s short name with 委 doubled (real: 两江新区商务委 2025)', () => {
  it('flags 区商务委委', () => {
    const report = withOverview('当年,区商务委委主动发布各类工作信息140条。');
    expect(messageOf(report, DOUBLED)).toBe(
      '文中的机关名称“…区商务委委”里“委”重复了一次，请删去多余的“委”',
    );
  });
  it('is silent on a party committee’s member and a bureau’s head', () => {
    for (const silent of [
      '明确一名镇党委委员分管政务公开工作。',
      '成立以县局局长为组长的领导小组。',
    ])
      expect(keys(withOverview(silent))).not.toContain(DOUBLED);
  });
});
