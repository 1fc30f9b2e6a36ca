import { describe, expect, it } from 'vitest';
import { asAgency, importedReport, keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measures of 1424–1483 mended after them (stop 44, helper f9): counts, sums, units
 * and scope, from the real wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';

describe('government-scope-missing (real: 黄平县 2023, 沭阳县 2021, 永靖县市场监管局 2023)', () => {
  const joint = (overview: string) =>
    asAgency(withOverview(overview, 2023), 'department', '黄平县人民政府(政府办公室)');
  const county = (overview: string) =>
    asAgency(withOverview(overview, 2021), 'government', '沭阳县人民政府');
  it('reads a government with its office in brackets as the government (real: 黄平县 2023)', () => {
    const text =
      '(一)主动公开。通过县政府门户网站发布信息3043余条,回应公众关注的热点或重大舆情15次。\n(二)依申请公开。2023年,受理群众向县人民政府和县政府办公室提交的信息公开申请3件,办结3件。\n(三)政府信息管理。进一步强化制度建设,督促各乡镇、部门严格按照相关制度审核发布信息;进一步完善政策解读工作机制。';
    expect(messageOf(joint(text), SCOPE)).toBe(
      '人民政府的年度报告应说明所列数据是本级政府的，还是全辖区（含所属部门、下级政府）汇总的',
    );
  });
  it('is silent when the joint report says its information is the organ’s own (real: 六盘水市 2023)', () => {
    const text =
      '(一)主动公开。2023年六盘水市人民政府办公室严格按照《条例》等相关要求,积极主动公开本行政机关的政府信息。主动公开市级文件67份;公开会议、领导活动等信息262条。';
    expect(
      keys(asAgency(withOverview(text, 2023), 'department', '六盘水市人民政府(市人民政府办公室)')),
    ).not.toContain(SCOPE);
  });
  it('is silent on units urged to publish on the columns, or told the region’s whole count', () => {
    for (const silent of [
      '通过县政府门户网站发布信息3043余条。督促各部门在专栏上公开要点信息。',
      '全县各部门和乡镇共主动公开政府信息3043条。',
    ])
      expect(keys(joint(silent))).not.toContain(SCOPE);
  });
  it('reads the units’ directories drawn up as no scope (real: 沭阳县 2021)', () => {
    const text =
      '(一)聚焦重点,拓深主动公开力度。2021年,我县对于食品药品、医疗保障等重点领域信息集中公开432条,在沭阳县人民政府网站发布政府文件27件,政策解读9件。2021年,我县深入推进基层政务公开标准化规范化建设,全县各部门和乡镇(街道)完成了政府信息主动公开标准目录、基层政务公开标准目录。';
    expect(keys(county(text))).toContain(SCOPE);
    expect(
      keys(county('全县22个乡镇及23个政府组成部门均已完成主动公开事项目录编制,共公开信息432条。')),
    ).not.toContain(SCOPE);
  });
  it('does not read a department following the government’s plans as a government (real: 永靖县市场监管局 2023)', () => {
    const text = [
      '一、总体情况',
      '2023年,永靖县市场监管局按照国家和省州县政务公开工作的总体要求,根据县政府全面加强政务公开工作的安排部署,深入贯彻落实《永靖县人民政府信息公开指南》,扎实推进政务信息公开工作。',
      '(一)主动公开情况',
      '2023年,我局主动公开政务信息461条(微信公众号公布457条,政府网站公布4条)。',
      '(二)依申请公开情况',
      '2023年,我局未收到依申请公开政府信息。',
    ].join('\n');
    expect(keys(importedReport(text))).not.toContain(SCOPE);
    const government = text
      .replace('根据县政府全面加强', '永靖县政府全面加强')
      .replace(/我局/g, '我县');
    expect(keys(importedReport(government))).toContain(SCOPE);
  });
});

describe('a count run into the next words, its unit lost (count-unit-missing)', () => {
  const KEY = 'count-unit-missing:overview';
  it('flags `申请87分别为…无法提供27不予处理` (real: 咸宁市自然资源和规划局 2024)', () => {
    const text =
      '2024年我局收到政府信息公开申请87分别为予以公开45件;不予公开12件;无法提供27不予处理3。';
    expect(messageOf(withOverview(text, 2024), KEY)).toBe(
      '文中“政府信息公开申请87分”：数字后缺少单位（条、件等）（同一部分共 2 处），请补上单位和标点',
    );
  });
  it('flags `发送信息200余有利…` (real: 东宁市文体广电和旅游局 2021) and `其他类170包括…` (real: 安州区人社局 2023)', () => {
    for (const text of [
      '通过广播电视、数字文化平台等载体发送信息200余有利提升了我局依法行政工作透明度。',
      '财政类信息11条,其他类170包括社会保障类127条,就业创业类43条。',
    ])
      expect(keys(withOverview(text, 2023))).toContain(KEY);
  });
  it('is silent on counts with their units, 余 before a unit, or a row’s bracket', () => {
    for (const silent of [
      '2024年我局收到政府信息公开申请87件,分别为予以公开45件;无法提供27件。',
      '通过门户网站发布信息200余条,微信公众号推送信息30多篇。',
      '其他类170条,包括社会保障类127条。',
      '政府信息公开行政复议1(结果维持1)。',
      '全年受理申请12宗,其中第一类3项。',
    ])
      expect(keys(withOverview(silent, 2023))).not.toContain(KEY);
  });
});

describe('an overview printed whole that counts nothing published (proactive-count-missing)', () => {
  const KEY = 'proactive-count-missing:overview';
  const report = (overview: string, proactive = '') =>
    importedReport(
      [
        '根据《中华人民共和国政府信息公开条例》规定,现公布汕头市医疗保障局2020年政府信息公开工作年度报告。',
        '一、总体情况',
        overview,
        '二、主动公开政府信息情况',
        proactive,
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
        '无。',
      ].join('\n'),
    );
  const words =
    '2020年,在市委市政府的正确领导下,全面执行《中华人民共和国政府信息公开条例》,持续将政务信息公开工作向深度、广度推进,2020年度全局政务信息公开工作平稳、有序。\n2020年没有收到政府信息公开申请,没有发生因政府信息公开工作被申请行政复议、提起行政诉讼。';
  it('flags an overview of the year’s words only (real: 汕头市医疗保障局 2020)', () => {
    expect(messageOf(report(words), KEY)).toBe(
      '总体情况只写了工作的做法，没有写本年主动公开了多少条政府信息，请补充',
    );
  });
  it('is silent when the overview or another part counts it, or gives other figures', () => {
    for (const silent of [
      report(`${words}\n全年主动公开政府信息56条。`),
      report(words, '2020年,我局通过门户网站主动公开政府信息56条。'),
      report(`${words}\n全年办理网民留言12件。`),
      report(words, '2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):0'),
    ])
      expect(keys(silent)).not.toContain(KEY);
  });
  it('is silent on an overview the excerpt cut (no later heading read)', () => {
    const cut = importedReport(`一、总体情况\n${words}`);
    expect(keys(cut)).not.toContain(KEY);
  });
});
