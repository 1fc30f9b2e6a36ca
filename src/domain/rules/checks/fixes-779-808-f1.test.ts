import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 779–808 mended after it (stop 36, helper f1), from the real wording.
 */

/** A report whose six headings were read from its source, its overview and year as given. */
const headed = (overview: string, year = 2021, preface = ''): Report => {
  const report = withOverview(overview, year);
  const headings = Object.fromEntries(
    formatById(report.formatId).sections.map((s) => [s.id, s.heading]),
  );
  return { ...report, source: { headings }, meta: { ...report.meta, preface } };
};

const tongzhou =
  '2023年,南通市通州区审计局严格落实《中华人民共和国政府信息公开条例》、《江苏省2022年政务公开工作要点》等文件有关规定,围绕上级党委政府关于政务公开工作的具体要求,结合我局职能实际情况,编制了2023年1月1日起至2023年12月31日期间的政府信息公开年度报告。\n(一)主动公开情况。认真贯彻落实“五公开”工作要求,积极通过门户网站主动、及时、全面公开审计相关动态。';

describe('the report drawn up for its period, under 一、总体情况 (section-heading-mismatch)', () => {
  const HEADING = 'section-heading-mismatch:overview';
  it('reads `编制了…1月1日起至…12月31日期间的…年度报告` opening the overview (real: 南通市通州区审计局 2023)', () => {
    expect(messageOf(headed(tongzhou, 2023), HEADING)).toBe(
      '「一、总体情况」标题之下先写的是序言（“2023年,南通市通州区审计局严格落实《中华人民共和国政府信息公开条例》、《江苏…”，统计期限）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('is silent on the year’s work told under the regulation (real: 东湖风景区市场监管局 2021)', () => {
    const work =
      '2023年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,全年主动公开政府信息120条。\n(一)主动公开情况。全年主动公开政府信息120条。';
    expect(keys(headed(work, 2023))).not.toContain(HEADING);
  });
  it('is silent on a preface before the heading', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》,编制本报告。本报告所列数据统计期限为2023年1月1日至12月31日。';
    const work =
      '2023年,我局全年主动公开政府信息120条。\n(一)主动公开情况。全年主动公开政府信息120条。';
    expect(keys(headed(work, 2023, preface))).not.toContain(HEADING);
  });
});

describe('the report’s name after its period (report-name-garbled)', () => {
  const NAME = 'report-name-garbled:overview';
  it('reads `…12月31日期间的政府信息公开年度报告`, 工作 lost (real: 南通市通州区审计局 2023)', () => {
    expect(messageOf(withOverview(tongzhou, 2023), NAME)).toBe(
      '文中的报告名称“政府信息公开年度报告”缺“工作”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('is silent on the full name after the period', () => {
    const full =
      '结合我局职能实际情况,编制了2023年1月1日起至2023年12月31日期间的政府信息公开工作年度报告。';
    expect(keys(withOverview(full, 2023))).not.toContain(NAME);
  });
  it('is silent on a period then the year’s work (no report named)', () => {
    const period =
      '2023年1月1日至12月31日期间,我局在政府信息公开专栏公开信息120条,并按时发布上年度政府信息公开年度报告的解读。';
    expect(keys(withOverview(period, 2023))).not.toContain(NAME);
  });
});

describe('a list of the parts with its 由 lost (phrase-garbled)', () => {
  const GARBLED = 'phrase-garbled:meta';
  it('reads `本报告总体情况、…等6部分内容组成` (real: 儋州市政府办 2023)', () => {
    const danzhou =
      '现公布儋州市人民政府办公室2023年政府信息公开工作年度报告。本报告总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的问题及改进情况、其他需要报告的事项等6部分内容组成,所列政府信息公开数据统计期限自2023年1月1日至2023年12月31日。';
    expect(messageOf(withPreface(danzhou, 2023), GARBLED)).toBe(
      '文中“本报告总体情况”疑为“本报告由总体情况”（缺字），请核对',
    );
  });
  it('reads `报告全文总体情况主动公开…等六部分组成` (real: 孝昌县 2020)', () => {
    const xiaochang =
      '现予以公告报告全文总体情况主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的问题及改进情况、其他需要报告的事项等六部分组成。';
    expect(keys(withPreface(xiaochang, 2020))).toContain(GARBLED);
  });
  it('is silent on `本报告由…组成` and `本报告包括…` (real: 儋州市 and the corpus)', () => {
    const by =
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等6部分内容组成。';
    expect(keys(withPreface(by, 2023))).not.toContain(GARBLED);
    const includes =
      '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
    expect(keys(withPreface(includes, 2023))).not.toContain(GARBLED);
  });
  it('is silent on the overview presented with no parts said to make it up', () => {
    const presented = '现将本报告总体情况介绍如下。';
    expect(keys(withPreface(presented, 2023))).not.toContain(GARBLED);
  });
});

describe('the fourth part named with its 申请 lost (phrase-garbled)', () => {
  const GARBLED = 'phrase-garbled:meta';
  const hongqiao =
    '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被行政复议和提起行政诉讼情况、政府信息公开工作中存在的主要问题及改进情况、其他需要报告的事项六部分组成。';
  it('reads `因政府信息公开工作被行政复议和提起行政诉讼情况` (real: 红桥区政府办 2022)', () => {
    expect(messageOf(withPreface(hongqiao, 2022), GARBLED)).toBe(
      '文中“工作被行政复议和提起行政诉讼”疑为“工作被申请行政复议和提起行政诉讼”（缺字），请核对',
    );
  });
  it('is silent on the part named right, and on a sentence of the year (real: 本溪 新明街道 2024, 朝外街道 2025)', () => {
    expect(keys(withPreface(hongqiao.replace('被行政复议', '被申请行政复议'), 2022))).not.toContain(
      GARBLED,
    );
    const xinming = '全年未发生因政府信息公开被行政复议、提起行政诉讼情况。';
    expect(keys(withOverview(xinming, 2024))).not.toContain('phrase-garbled:overview');
    const chaowai = '全年未发生因政府信息公开工作被行政复议或行政诉讼的情况。';
    expect(keys(withOverview(chaowai, 2025))).not.toContain('phrase-garbled:overview');
  });
});

describe('the overview’s areas listed after the parts’ number (part-count-mismatch)', () => {
  const PARTS = 'part-count-mismatch:meta';
  it('reads `由六部分组成,分别为总体情况、主动公开、…、监督保障` (real: 宁县新宁镇 2024)', () => {
    const xinning =
      '本报告根据修订后的《中华人民共和国政府信息公开条例》编制形成。报告内容主要由六部分组成,分别为总体情况、主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。年度报告中所列数据的统计期限自2024年1月1日起至12月31日止。';
    expect(messageOf(withPreface(xinning, 2024), PARTS)).toMatch(
      /^列出的报告内容中“政府信息管理”“政府信息公开平台建设”“监督保障”是「一、总体情况」的小项，不是报告的部分/,
    );
  });
  it('is silent on the six parts listed after their number (real: 庆阳市 2021, 霍尔果斯市兴城街道 2023)', () => {
    const qingyang =
      '报告内容主要由六部分组成,分别为总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况和其他需要报告的事项。';
    expect(keys(withPreface(qingyang, 2021))).not.toContain(PARTS);
    const xingcheng =
      '兴城街道2023年政府信息公开工作年度报告分为六部分,分别是:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项,并附统计表。';
    expect(keys(withPreface(xingcheng, 2023))).not.toContain(PARTS);
  });
  it('reads a count other than six stated first', () => {
    const five =
      '报告内容主要由五部分组成,分别为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
    expect(keys(withPreface(five, 2021))).toContain(PARTS);
  });
});

describe('sub-items numbered as the parts (subheading-number-repeated)', () => {
  const REPEATED = 'subheading-number-repeated:overview';
  it('reads `一、强化组织保障` `二、及时主动公开` `三、完善配套设施` under 一、总体情况 (real: 安化县高明乡 2021)', () => {
    const gaoming =
      '2021年高明乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。\n一、强化组织保障。高度重视政府信息公开工作。\n二、及时主动公开。严格贯彻落实上级规章制度、文件精神。\n三、完善配套设施。加强政务公开专区建设,配齐了设备。';
    expect(messageOf(headed(gaoming), REPEATED)).toBe(
      '「一、总体情况」之下的分项编作“一、强化组织保障”“二、及时主动公开”“三、完善配套设施”，与部分标题同用“一、二、…”的序号，层级不分：分项应编作“（一）（二）…”',
    );
  });
  it('reads them under a sub-heading of the overview (real: 利辛县阚疃镇 2024)', () => {
    const kantuan =
      '(一)主动公开情况\n共计580条。\n(三)政府信息管理情况\n一、完善信息管理制度:进一步修订完善了政府信息公开审核制度。\n二、加强信息分类整理:对各类政府信息按照主题、领域分类。';
    expect(keys(headed(kantuan, 2024))).toContain(REPEATED);
  });
  it('is silent on items numbered （一）（二）, on one `一、` alone, and with no heading read', () => {
    const right =
      '2021年高明乡认真贯彻落实《条例》。\n(一)强化组织保障。高度重视。\n(二)及时主动公开。严格贯彻落实。';
    expect(keys(headed(right))).not.toContain(REPEATED);
    const one = '2021年高明乡认真贯彻落实《条例》。\n一、强化组织保障。高度重视。';
    expect(keys(headed(one))).not.toContain(REPEATED);
    const gaoming = '一、强化组织保障。高度重视。\n二、及时主动公开。严格贯彻落实。';
    expect(keys(withOverview(gaoming))).not.toContain(REPEATED);
  });
  it('is silent on the part’s own heading written again (said by section-heading-mismatch)', () => {
    const again =
      '一、概述\n2021年,我镇认真贯彻落实《条例》。\n二、主动公开政府信息情况\n全年公开120条。';
    expect(keys(headed(again))).not.toContain(REPEATED);
  });
});
