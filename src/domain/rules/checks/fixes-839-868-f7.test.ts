import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 839–868 mended after it (stop 36, helper f7), from the real wording.
 */

const OVERVIEW = 'phrase-garbled:overview';
const TEMPLATE = 'template-text-left:meta';

describe('a fixed phrase with a word put in, lost or miswritten (phrase-garbled)', () => {
  it('reads 共 put inside 政务公开栏 (real: 赤壁市赤马港街道 2020)', () => {
    const text =
      '2020年,我街道通过政府门户网站公开人事信息、政府采购等多项群众关心的信息共25条,党务政务共公开栏更新发布12期,电视台全年播放办事处相关工作100余次。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toBe(
      '文中“政务共公开栏”疑为“政务公开栏”（多字），请核对',
    );
  });
  it('is silent on 政务公开栏, and on 共 counting what was published (real: corpus)', () => {
    for (const text of [
      '各社区党群服务中心政务公开栏等平台渠道及时公开。',
      '辖11个村都设立有政务公开栏,保证常规信息及时公开。',
      '2020年,我街道共公开政府信息25条。',
      '全年政务共公开栏目信息12条。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });

  it('reads 领导小组 with a stray 员 before a stop (real: 得荣县卫生健康局 2019)', () => {
    const text =
      '2019年,我局按照政府信息公开工作要求,及时成立县卫健局信息公开领导小组员,由局长任组长,分管副局长任副组长。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toBe(
      '文中“领导小组员”疑为“领导小组”（多字），请核对',
    );
  });
  it('reads 领导小组员 before other words as 成员 with 成 lost', () => {
    const text = '2019年,我局及时调整了政务公开领导小组员名单,明确了分管领导。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toBe(
      '文中“领导小组员”疑为“领导小组成员”（缺字），请核对',
    );
  });
  it('is silent on 领导小组 and 领导小组成员 (real: 阳高县 2020)', () => {
    for (const text of [
      '制定了《关于调整阳高县政务公开领导小组成员的通知》等文件,规范了文件属性的认定。',
      '及时成立政府信息公开工作领导小组,由局长任组长。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });

  it('reads 沟通和交流 with 和 written 的 (real: 康乐县 2019)', () => {
    const text = '同时,加强政府与社会公众之间的沟通的交流,有效地保障了广大人民群众的知情权。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toBe(
      '文中“沟通的交流”疑为“沟通和交流”（错字），请核对',
    );
  });
  it('is silent on 沟通和交流, and on one word of the pair qualifying a noun (real: 平潭 2019)', () => {
    for (const text of [
      '同时,加强政府与社会公众之间的沟通和交流,有效地保障了广大人民群众的知情权。',
      '建立横向联系、纵向指导的沟通协调机制,加强政府信息公开工作。',
      '搭建沟通的交流平台,畅通群众反映渠道。',
    ])
      expect(keys(withOverview(text, 2019))).not.toContain(OVERVIEW);
  });

  it('reads a rule cited, then the work with its verb lost (real: 康乐县 2019)', () => {
    const text =
      '(二)认真做好政务公开工作。根据《临夏州2019年政务公开工作要点》政府信息公开工作。通过建立管理人员队伍,实施专业化培训,强化督导考核等手段,及时研究解决工作遇到的问题。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toBe(
      '文中“根据《临夏州2019年政务公开工作要点》政府信息公开工作”疑为“根据《临夏州2019年政务公开工作要点》要求，做好政府信息公开工作”（缺字），请核对',
    );
  });
  it('is silent where a verb comes between the rule and the work (real: corpus)', () => {
    for (const text of [
      '严格依据《中华人民共和国政府信息公开条例》做好信息公开工作,持续提升透明度。',
      '严格按照《中华人民共和国政府信息公开条例》开展政府信息公开工作。',
      '根据《临夏州2019年政务公开工作要点》要求,做好政府信息公开工作。',
      '根据《条例》规定,政府信息公开工作由办公室负责。',
    ])
      expect(keys(withOverview(text, 2019))).not.toContain(OVERVIEW);
  });

  it('reads 财政预决算 written 预结算 (real: 霞山区海滨街道 2023)', () => {
    const text =
      '2023年以来我街道在政府网站发布累计街道动态229篇,公开指南1篇,部门文件2篇,财政预结算1篇,回复网上留言3条。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“财政预结算”疑为“财政预决算”（错字），请核对',
    );
  });
  it('is silent on 预决算, and on a builder’s 工程预结算', () => {
    for (const text of [
      '2023年以来我街道公开财政预决算1篇。',
      '2023年以来我街道公开了工程预结算审核结果1篇。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });

  it('reads 政务公开 and 政府信息公开 run together (real: 天山区政务服务管理局 2022)', () => {
    const text =
      '全年工作紧紧围绕政务服务工作,规范完善信息公开流程内容,不断提高信息发布实效,扎实推动政务政府信息公开工作提质增效。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“政务政府信息公开”疑为“政务公开和政府信息公开”（缺字），请核对',
    );
  });
  it('is silent on 政务公开和政府信息公开', () => {
    const text = '扎实推动政务公开和政府信息公开工作提质增效。';
    expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });

  it('reads 标准目录 cut to 标准目 (real: 阳高县 2020)', () => {
    const text =
      '编制了25个试点领域基层政务公开事项标准目,建立了文件属性动态调整机制,修订了政府信息公开指南。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toBe(
      '文中“标准目”疑为“标准目录”（缺字），请核对',
    );
  });
  it('is silent on 标准目录, 标准目标, 公开目的 and 目前 after a standard', () => {
    for (const text of [
      '编制了25个试点领域基层政务公开事项标准目录,建立了文件属性动态调整机制。',
      '对照标准目标,逐项抓好落实。',
      '达到政务公开目的,提升群众满意度。',
      '按照统一标准目前已完成全部事项梳理。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });
});

describe('the template’s placeholder 单位 kept after the agency’s name (template-text-left)', () => {
  it('reads `××单位` filled in with the name and 单位 kept (real: 宣威市落水镇 2024)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)规定,编制落水镇单位2024年政府信息公开工作年度报告。';
    expect(messageOf(withPreface(preface, 2024), TEMPLATE)).toBe(
      '文中留有模板说明或占位符「落水镇单位」，请替换为实际内容',
    );
  });
  it('is silent on 本单位, 我单位 and the name alone (real: 来凤县 2021, 龙游县湖镇镇 2020)', () => {
    for (const preface of [
      '根据《条例》规定,编制我单位2021年政府信息公开工作年度报告。',
      '根据《条例》规定,现编制并公布本单位2020年政府信息公开工作年度报告。',
      '根据《条例》规定,编制落水镇2024年政府信息公开工作年度报告。',
      '及时公布领导信息、单位2020年度决算、2021年度预算。',
    ])
      expect(keys(withPreface(preface, 2024))).not.toContain(TEMPLATE);
  });
});
