import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 809–838 mended after it (stop 36, helper f4), from
 * the real wording.
 */

const PREFACE = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

describe('a fixed phrase cut or miswritten (phrase-garbled)', () => {
  it('reads 编制 cut to 编 ending the sentence (real: 西城区发改委 2021)', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》和《北京市2021年政务公开工作要点》要求,由西城区发展和改革委员会编。';
    expect(messageOf(withPreface(preface), PREFACE)).toBe(
      '文中“由西城区发展和改革委员会编”疑为“由西城区发展和改革委员会编制”（缺字），请核对',
    );
  });
  it('is silent on 编制 whole, and on a body that 汇编 or 主编', () => {
    for (const preface of [
      '本报告由西城区发展和改革委员会编制。',
      '本报告由西城区发展和改革委员会汇编。',
      '该丛书由区档案馆主编。',
    ])
      expect(keys(withPreface(preface))).not.toContain(PREFACE);
  });

  it('reads 门户网站 with 网站 lost before its address (real: 定州经济开发区 2020)', () => {
    const preface =
      '本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日,报告可在定州市人民政府门户(http://www.dzs.gov.cn)下载。';
    expect(messageOf(withPreface(preface, 2020), PREFACE)).toBe(
      '文中“政府门户”疑为“政府门户网站”（缺字），请核对',
    );
  });
  it('is silent on 政府门户 as a short name, or with the site’s brand before the address (real: 泰安市商务局 2020, 开州区 2024)', () => {
    for (const text of [
      '本年度报告的电子版可在市政府门户“中国泰安”(www.taian.gov.cn)下载。',
      '2024年度,通过政府门户主动公开信息213条。',
      '报告可在定州市人民政府门户网站(http://www.dzs.gov.cn)下载。',
    ])
      expect(keys(withPreface(text, 2020))).not.toContain(PREFACE);
  });

  it('reads 我 with the body’s kind lost before the work (real: 木兰县发改局 2022)', () => {
    const text =
      '确定专人负责政务公开的日常工作。把政务公开工作摆上重要议事日程,我政务公开、优化服务环境工作正在有序推进。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“我政务公开”疑为“我局（或我镇等）政务公开”（缺字），请核对',
    );
  });
  it('reads 我 with the body’s kind lost before 在 (real: 民勤县东湖镇 2023)', () => {
    const text = '2023年,我在政务公开工作中,定期开展自查自纠,严格按照政府网站管理要求发布信息。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“我在”疑为“我局（或我镇等）在”（缺字），请核对',
    );
  });
  it('is silent on 我 with its body, a place, a slogan or 自我', () => {
    for (const text of [
      '2023年,我镇在政务公开工作中,定期开展自查自纠。',
      '把政务公开工作摆上重要议事日程,我局政务公开工作正在有序推进。',
      '我新城政务信息公开工作坚持以公开为原则、不公开为例外。',
      '深入开展“我为群众办实事”实践活动。',
      '干部职工不断加强自我学习,认真履职。',
      '通过“我要纠错”栏目收集意见。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });

  it('reads 政务公开 with 公开 lost before its daily work (real: 宜春市工信局 2021)', () => {
    const text =
      '成立了政务公开领导小组,由局主要负责同志担任组长,明确由秘书科具体负责政务工作日常工作的组织、协调、监督、检查落实等。';
    expect(messageOf(withOverview(text), OVERVIEW)).toBe(
      '文中“政务工作日常工作”疑为“政务公开日常工作”（缺字），请核对',
    );
  });
  it('is silent on 政务工作 of its own (real: the corpus) and 电子政务工作', () => {
    for (const text of [
      '全年主动公开信息58条,进一步提高政务工作的透明度。',
      '结合电子政务工作日常工作,成立了领导小组。',
      '明确由秘书科具体负责政务公开日常工作。',
    ])
      expect(keys(withOverview(text))).not.toContain(OVERVIEW);
  });

  it('reads 请与…联系 written 请于 (real: 禄劝县乌东德镇 2022)', () => {
    const preface =
      '如对本报告有任何疑问,请于禄劝彝族苗族自治县乌东德镇人民政府办公室联系(地址:乌东德镇振兴路38号)。';
    expect(messageOf(withPreface(preface, 2022), PREFACE)).toBe(
      '文中“请于禄劝彝族苗族自治县乌东德镇人民政府办公室联系”疑为“请与禄劝彝族苗族自治县乌东德镇人民政府办公室联系”（错字），请核对',
    );
  });
  it('is silent on 请于 before a time, and on 请与 whole', () => {
    for (const preface of [
      '如对本报告有任何疑问,请与乌东德镇人民政府办公室联系。',
      '如需纸质版,请于工作日前往乌东德镇人民政府办公室联系领取。',
      '请于2023年3月1日前与镇政府办公室联系。',
    ])
      expect(keys(withPreface(preface, 2022))).not.toContain(PREFACE);
  });
});

describe('the agency’s place without its level (agency-name-word-lost), narrowed', () => {
  const KEY = 'agency-name-word-lost:overview';
  it('is silent on the place before 政府信息公开平台 (real: 山海关区南关街道 2024)', () => {
    const text =
      '利用网站、新媒体等进行公开,充分利用山海关区政府网站、山海关政府信息公开平台、微信公众号扩大信息公开力度。';
    const report = asAgency(
      withOverview(text, 2024),
      'township',
      '秦皇岛市山海关区人民政府南关街道办事处',
    );
    expect(keys(report)).not.toContain(KEY);
  });
  it('is silent on a headline in quotes (real: 广州市财政局 2020)', () => {
    const text = '在南方日报、信息时报等媒体发布“广州政府带头过紧日子”等专项解读,共获报道22篇。';
    expect(keys(asAgency(withOverview(text, 2020), 'department', '广州市财政局'))).not.toContain(
      KEY,
    );
  });
  it('still reads the place without its level as a body’s name (real: 兰州市 2020)', () => {
    const text = '兰州政府办公室通过兰州市人民政府网站发布政策解读32条。';
    expect(keys(asAgency(withOverview(text, 2020), 'department', '兰州市财政局'))).toContain(KEY);
  });
});
