import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1544–1573 mended after it (stop 45, helper f14): word slips of the
 * overview, report names and a count's lost number; with the corpus's texts that must stay silent.
 */

const OVERVIEW = 'phrase-garbled:overview';

describe('phrase-garbled: 财政预决算 written 财政预算结算 (real: 大竹县东柳乡 2025)', () => {
  it('flags the real report', () => {
    expect(importedMessage(realText('1557-dazhu-dongliu-2025.txt'), OVERVIEW)).toBe(
      '文中“财政预算结算”疑为“财政预决算”（错字），请核对',
    );
  });
  it('is silent on 预决算 and on a builder’s 预算结算', () => {
    for (const silent of ['机关简介1条,财政预决算信息2条。', '规范工程项目预算结算审核。'])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 办事机构 and 推送 miswritten (real: 沐川县杨村乡 2022)', () => {
  it('flags 办事结构', () => {
    const report = withOverview('全面梳理政务服务事项、办事指南、办事流程、办事结构等信息。');
    expect(messageOf(report, OVERVIEW)).toBe('文中“办事结构”疑为“办事机构”（错字），请核对');
  });
  it('flags 推动 taking information as its object', () => {
    const report = withOverview(
      '运用政务新媒体、短信、电子邮件、纸质材料等方式,定向精准推动各项惠企利民政策信息。',
    );
    expect(keys(report)).toContain(OVERVIEW);
  });
  it('is silent on 推动 taking work, or the publishing of information', () => {
    for (const silent of [
      // Real: 江津区慈云镇 2024 (the first); 775's 精准推送 (the last).
      '有序推动各项信息公开工作落实,为慈云镇经济社会发展营造良好环境。',
      '推动政府信息公开,推动各项工作取得新成效。',
      '通过精准推送平台实时推送政策信息。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 与…密切相关 written 与…密切关注 (real: 即墨区潮海街道 2021)', () => {
  it('flags the real sentence', () => {
    const report = withOverview(
      '发布工作动态、通知公告、政策文件、规划计划等与群众密切关注信息。',
      2021,
    );
    expect(messageOf(report, OVERVIEW)).toBe(
      '文中“与群众密切关注”疑为“与群众密切相关”（用词不当），请核对',
    );
  });
  it('is silent on the public closely watching, and on 密切相关', () => {
    for (const silent of [
      // Real: 江宁区 2022, 海珠区江南中街道 2020.
      '进一步突出社会公众密切关注的各类政策性信息公开与解读。',
      '重点突出人民群众密切关注的政府预决算、行政决策信息。',
      '主动公开与群众切身利益密切相关的信息。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 真实公正 and 拉近 miswritten (real: 和田县乌宗肖乡 2023)', () => {
  it('flags the principle’s 真正公正', () => {
    const report = withOverview(
      '坚持“依法公开、真正公正、注重实效、有利监督”的原则,推进政务公开。',
      2023,
    );
    expect(messageOf(report, OVERVIEW)).toBe('文中“真正公正”疑为“真实公正”（错字），请核对');
  });
  it('flags 拉进 before the distance', () => {
    const report = withOverview('在群众中引起热烈反响,拉进了政府与群众之间的距离。', 2023);
    expect(messageOf(report, OVERVIEW)).toBe(
      '文中“拉进了政府与群众之间的距离”疑为“拉近了政府与群众之间的距离”（错字），请核对',
    );
  });
  it('is silent on the right words and on 真正 and 拉进 elsewhere', () => {
    for (const silent of [
      '坚持“依法公开、真实公正、注重实效、有利监督”的原则。',
      '拉近了政府与群众之间的距离,做到真正公正。',
      '把企业负责人拉进工作群,及时推送政策。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 在 lost after 可以 before the site (real: 西宁市城中区 2020)', () => {
  it('flags the real preface', () => {
    expect(
      importedMessage(realText('1572-xining-chengzhong-2020.txt'), 'phrase-garbled:meta'),
    ).toBe(
      '文中“可以西宁市城中区人民政府网站:www.xncz.gov.cn查阅”疑为“可以在西宁市城中区人民政府网站:www.xncz.gov.cn查阅”（缺字），请核对',
    );
  });
  it('is silent on 可以在, 可以登录, 可以通过', () => {
    for (const silent of [
      '本报告电子版可以在西宁市城中区人民政府网站查阅并下载。',
      '如需了解更多政府信息,可以登录城中区人民政府网站查阅。',
      '公众可以通过区人民政府门户网站查阅。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: the site lost after the government as a channel (real: 路桥区新桥镇 2021)', () => {
  it('flags 通过…人民政府共发布', () => {
    const report = withOverview(
      '2021年,我镇通过新桥镇人民政府共发布公开信息66条,通过微信公众号发布信息527条。',
      2021,
    );
    expect(messageOf(report, OVERVIEW)).toBe(
      '文中“通过新桥镇人民政府”疑为“通过新桥镇人民政府网站（或门户网站）”（缺字），请核对',
    );
  });
  it('is silent on the site named, and on a government not a channel', () => {
    for (const silent of [
      '我镇通过新桥镇人民政府网站共发布公开信息66条。',
      '通过区人民政府门户网站公开信息120条。',
      '经区人民政府同意,发布公告3条。',
    ])
      expect(keys(withOverview(silent))).not.toContain(OVERVIEW);
  });
});

describe('count-number-missing: the number lost between 数量 and its unit (real: 阿拉善右旗阿拉腾敖包镇 2021)', () => {
  it('flags 的数量条', () => {
    const report = withOverview('1、2021年度主动公开政府信息的数量条,累计237条。', 2021);
    expect(messageOf(report, 'count-number-missing:overview')).toBe(
      '文中“年度主动公开政府信息的数量条”：“数量”与“条”之间缺少数字，请补上数量',
    );
  });
  it('is silent on a number given', () => {
    for (const silent of [
      '2021年度主动公开政府信息的数量为237条。',
      '主动公开政府信息数量237条。',
      '本年新收政府信息公开申请数量3件。',
    ])
      expect(keys(withOverview(silent))).not.toContain('count-number-missing:overview');
  });
});

describe('agency-name-word-doubled: the own level written twice as the subject (real: 晋宁区二街镇 2023)', () => {
  it('flags the real report', () => {
    expect(
      importedMessage(realText('1559-jinning-erjie-2023.txt'), 'agency-name-word-doubled:overview'),
    ).toBe('文中的机关名称“…二街镇镇”里“镇”重复了一次，请删去多余的“镇”');
  });
  it('is silent on a town whose name ends in its level, and on words the level starts', () => {
    const town = (overview: string, name: string) =>
      asAgency(withOverview(overview, 2023), 'township', name);
    // Real: 龙游县湖镇镇 2020 (湖镇 the place); addresses of the corpus (`蓬华镇镇府路1号`).
    expect(keys(town('湖镇镇严格按照条例要求公开信息。', '龙游县湖镇镇人民政府'))).not.toContain(
      'agency-name-word-doubled:overview',
    );
    expect(
      keys(
        town('地址:二街镇镇府路1号,二街镇镇区道路改造信息及时公开。', '昆明市晋宁区二街镇人民政府'),
      ),
    ).not.toContain('agency-name-word-doubled:overview');
  });
});
