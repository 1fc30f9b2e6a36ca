import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 1079–1108 mended after it (stop 38, helper f11), from the real wording. */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

const unnamed = (report: Report): Report => ({
  ...report,
  meta: { ...report.meta, agencyName: '' },
});

describe('none received counted as 0 (phrase-garbled)', () => {
  it('flags `未收到政府信息公开申请0件` (real: 锡山区东北塘街道 2019)', () => {
    const text = '依法做好依申请公开。2019年,街道本级未收到政府信息公开申请0件。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toContain(
      '“未收到政府信息公开申请0件”疑为“收到政府信息公开申请0件”（多字）',
    );
  });
  it('is silent on none received, or on a count of 0 received (real: corpus)', () => {
    for (const text of [
      '2019年,街道本级未收到政府信息公开申请。',
      '2019年,共收到政府信息公开申请0件。',
      '本年度未收到政府信息公开申请,行政复议0件,行政诉讼0件。',
      '未发生因政府信息公开引起的行政复议、行政诉讼,收费0元。',
    ])
      expect(keys(withOverview(text, 2019))).not.toContain(OVERVIEW);
  });
});

describe('依申请公开 written 依法申请公开 (phrase-garbled)', () => {
  it('flags the heading `2.依法申请公开政府信息情况` (real: 平利县农业农村局 2020)', () => {
    const text = '2.依法申请公开政府信息情况。全年未收到依法申请公开事项。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toContain(
      '“依法申请公开”疑为“依申请公开”（多字）',
    );
  });
  it('flags it beside 主动公开 (real: 罗平县钟山乡 2024, 榕江县 2022)', () => {
    for (const text of [
      '建立健全主动公开和依法申请公开制度和信息主动公开等制度。',
      '主要梳理了主动公开、依法申请公开、政府信息管理、政府信息公开平台建设等方面。',
    ])
      expect(keys(withOverview(text, 2022))).toContain(OVERVIEW);
  });
  it('is silent on a party applying under the law (real: corpus)', () => {
    for (const text of [
      '保障公民、法人和其他组织依法申请政府信息的权利。',
      '公民、法人或者其他组织依法申请公开政府信息的,我局均按时答复。',
      '研究、集中会商等方式,做好依法申请公开登记、审核、办理。',
      '全年未收到依法申请公开事项。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });
});

describe('a preposition right before 以及 (phrase-garbled)', () => {
  it('flags `并对以及` (real: 青龙县财政局 2022)', () => {
    const text =
      '县本级预算按要求公开了政府预算报告和预算草案,并对以及本级政府财政转移支付安排情况、举借债务情况进行了说明。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toContain(
      '“对以及”疑为“对…以及”（缺字）',
    );
  });
  it('is silent on a noun ending in 向 or 对 before 以及 (real: corpus)', () => {
    for (const text of [
      '公开了工作人员职责、人员去向以及镇内基本情况。',
      '并对转移支付安排情况以及举借债务情况进行了说明。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });
});

describe('the annual report notice with 年度报告有关 lost (phrase-garbled)', () => {
  it('flags `《关于做好政府信息公开工作事项的通知》` (real: 锡山区东北塘街道 2019)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》的规定和《关于做好政府信息公开工作事项的通知》的要求,现公开锡山区东北塘街道2019年度政府信息公开工作报告。';
    expect(messageOf(withPreface(preface, 2019), META)).toContain(
      '疑为“政府信息公开工作年度报告有关事项的通知”（缺字）',
    );
  });
  it('is silent on the notices as named (real: corpus)', () => {
    for (const preface of [
      '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求编制本报告。',
      '根据《关于做好2021年政府信息公开工作年度报告编制发布有关事项的通知》要求编制本报告。',
    ])
      expect(keys(withPreface(preface, 2021))).not.toContain(META);
  });
});

describe('a cited name whose 《 was lost after its verb (text-stray-closer)', () => {
  const KEY = 'text-stray-closer:overview';
  it('flags `贯彻实施中华人民共和国政府信息公开条例》` (real: 望城区黄金园街道 2020)', () => {
    const text =
      '贯彻实施中华人民共和国政府信息公开条例》(下称《条例》)是黄金园街道建设服务政府、责任政府、法治政府的一项重要工作。';
    expect(keys(withOverview(text, 2020))).toContain(KEY);
  });
  it('is silent on names opened, and on a title continued from the line before (real: corpus)', () => {
    for (const text of [
      '贯彻实施《中华人民共和国政府信息公开条例》(下称《条例》)是一项重要工作。',
      '信息公开条例》(国务院令第711号)的要求,编制本报告。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(KEY);
  });
});

describe('an e-mail address with its domain lost (contact-email-at-missing)', () => {
  const KEY = 'contact-email-at-missing:meta';
  it('flags `249817392@.com` (real: 望城区黄金园街道 2020)', () => {
    const preface =
      '如对本年报有任何疑问,请与黄金园街道政务中心联系(地址:湖南省望城区黄金园街道办事处,邮编:410217,电话:88163877,电子邮箱;249817392@.com)。';
    expect(messageOf(withPreface(preface, 2020), KEY)).toBe(
      '联系邮箱写作“249817392@.com”：“@”后缺少域名，地址无法使用，请补全（如“用户名@qq.com”）',
    );
  });
  it('is silent on whole addresses (real: corpus)', () => {
    const preface = '如有疑问,请联系(电子邮箱:mqxysqgk@163.com,电话:0591-1234567)。';
    expect(keys(withPreface(preface, 2020))).not.toContain(KEY);
  });
});

describe('a body with its kind lost, no agency known (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:overview';
  it('flags `平利县农业农村认真贯彻落实` where the text has `县农业农村局` (real: 平利县农业农村局 2020)', () => {
    const text =
      '2020年,平利县农业农村认真贯彻落实《中华人民共和国政府信息公开条例》。1.主动公开政府信息情况。2020年,县农业农村局主动公开政府集中采购信息20条。';
    expect(messageOf(unnamed(withOverview(text, 2020)), KEY)).toBe(
      '文中把机关写作“平利县农业农村”，少了“局”（文中别处作“平利县农业农村局”）：请核对机关名称',
    );
  });
  it('is silent on a field after a preposition, and on a field the text never names as a body (real: corpus)', () => {
    for (const text of [
      '云南省民政厅召开例行新闻发布会4次,就云南省民政聚焦脱贫攻坚等工作进行发布。省民政厅网站发布信息。',
      '2020年,平利县农业农村工作认真贯彻落实《条例》。县农业农村局主动公开信息20条。',
      '2020年,平利县认真贯彻落实《条例》。县农业农村局主动公开信息20条。',
    ])
      expect(keys(unnamed(withOverview(text, 2020)))).not.toContain(KEY);
  });
});
