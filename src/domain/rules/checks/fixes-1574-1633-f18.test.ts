import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1574–1633 mended after it (stop 46, helper f18): counts and shares in the
 * narrative, 表二's cells, dates, citations, the agency's name in the preface and in the text, and a
 * writing prompt left in the text. From the real wording, with the corpus's texts that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const SHARES = 'shares-rounding-mismatch:overview';
const PRINTED_BLANK = 'table-cells-printed-blank:t2';
const DATE = 'date-characters-missing:overview';
const BROKEN = 'notice-citation-unknown:meta:broken-number';
const REVISION = 'notice-citation-unknown:meta:regulation-revision-year';
const ISSUER = 'notice-citation-unknown:meta:issuer-name';
const PLACE = 'agency-name-place-missing:meta';
const WORD_LOST = 'agency-name-word-lost:overview';
const TEMPLATE = 'template-text-left:overview';

const county = (overview: string, year = 2023) =>
  asAgency(withOverview(overview, year), 'government', '遵义市播州区人民政府');

describe('parts-sum-mismatch: kinds joined by 、 before other work, and 包括 in several units', () => {
  const kinds =
    '公开区政府(政府办)文件共36个,其中府任13个、府发6个、府办函4个、府办发4个、行政规范性文件7个';
  it('flags 34 of 36 though a later clause of other work says 等 (real: 播州区 2023)', () => {
    const report = county(
      `${kinds},发布播州区人民政府公报4期,以文字、图片、视频等形式解读政策文件19次。`,
    );
    expect(messageOf(report, PARTS)).toContain('13 + 6 + 4 + 4 + 7 = 34个');
    expect(importedWarns(realText('1594-bozhou-district-2023.txt'), PARTS)).toBe(true);
  });
  it('is silent when the list itself ends with 等, or the sentence counts more of the whole', () => {
    expect(keys(county(`${kinds}等,发布播州区人民政府公报4期。`))).not.toContain(PARTS);
    expect(
      keys(county(`${kinds},发布播州区人民政府公报4期,公开其他文件2个,以图片等形式解读19次。`)),
    ).not.toContain(PARTS);
    // Kinds in commas before other work may be some of many (real: 鄂州市政府办 2022).
    expect(importedWarns(realText('646-ezhou-szfbgs-2022.txt'), PARTS)).toBe(false);
  });
  it('flags `共530条,包括…137条,…13条,…2条,…330余篇,…80余篇` (real: 白银区四龙镇 2025)', () => {
    const report = county(
      '本年度政府信息公开共530条,包括党政信息类137条,政策文件类13条,人事信息类2条,通过微信平台及其他网络途径全年转发权威新闻报道330余篇,发布工作动态80余篇。',
      2025,
    );
    expect(messageOf(report, PARTS)).toContain('562余，比总数多');
    expect(importedWarns(realText('1627-baiyin-silong-2025.txt'), PARTS)).toBe(true);
  });
});

describe('shares-rounding-mismatch: two shares of one whole cut off below 100%', () => {
  it('flags `378条,涵盖投诉类328条(占比86.7%)与政策咨询类50条(占比13.2%)` (real: 张家川县龙山镇 2024)', () => {
    const report = county(
      '协助处理热线工单378条,涵盖投诉类328条(占比86.7%)与政策咨询类50条(占比13.2%)。',
      2024,
    );
    expect(messageOf(report, SHARES)).toBe(
      '文中“328条(占比86.7%”：328/378 = 86.772%，四舍五入应为 86.8%，这里舍去了尾数；两项合起来是全部 378条，写出的占比却合计 99.9% 而不是 100%：请按 378条 四舍五入重新计算',
    );
    expect(importedWarns(realText('1628-zhangjiachuan-longshan-2024.txt'), SHARES)).toBe(true);
  });
  it('is silent on a pair rounded half up, or a pair that is not all of the whole', () => {
    expect(
      keys(county('协助处理热线工单378条,涵盖投诉类328条(占比86.8%)与政策咨询类50条(占比13.2%)。')),
    ).not.toContain(SHARES);
    expect(
      keys(county('协助处理热线工单400条,涵盖投诉类328条(占比82.0%)与政策咨询类50条(占比12.5%)。')),
    ).not.toContain(SHARES);
  });
});

describe('table-cells-printed-blank: a row a cell a line, short of a value, the next caption after it', () => {
  it('flags 行政事业性收费 with one `0` of two cells (real: 济宁高新区洸河街道 2020, 西平县焦庄乡 2019)', () => {
    const text = realText('1611-jining-guanghe-2020.txt');
    expect(importedReport(text).source?.printedBlank).toEqual(['t2.fees.change']);
    expect(importedWarns(text, PRINTED_BLANK)).toBe(true);
    expect(importedWarns(realText('932-xiping-jiaozhuang-2019.txt'), PRINTED_BLANK)).toBe(true);
  });
  it('is silent on rows printed whole', () => {
    expect(importedReport(realText('1624-yanta-wjj-2020.txt')).source?.printedBlank).toBe(
      undefined,
    );
  });
});

describe('date-characters-missing: a year and month run together after 截至', () => {
  it('flags `截至202012我局主动公开…` (real: 开远市林草局 2020)', () => {
    const report = withOverview('截至202012我局主动公开政府信息数量共103余条。', 2020);
    expect(messageOf(report, DATE)).toBe(
      '文中“截至202012”的年份和月份连在一起，缺“年”“月”二字（应为“截至2020年12月”），请补上',
    );
    expect(importedWarns(realText('1599-kaiyuan-lcj-2020.txt'), DATE)).toBe(true);
  });
  it('is silent on a whole date, another year, or a count', () => {
    for (const overview of [
      '截至2020年12月我局主动公开政府信息数量共103条。',
      '截至201512我局累计公开信息103条。',
      '截至202012条信息已全部公开。',
    ])
      expect(keys(withOverview(overview, 2020))).not.toContain(DATE);
  });
});

describe('notice-citation-unknown: numbers, the regulation’s revision and the office’s name', () => {
  it('flags `(国办公开办函202130)` (real: 银川经济技术开发区 2021)', () => {
    const report = withPreface(
      '根据《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函202130)要求,编制本报告。',
    );
    expect(messageOf(report, BROKEN)).toContain('应是“国办公开办函〔2021〕30号”');
    expect(importedWarns(realText('1630-yinchuan-jkq-2021.txt'), BROKEN)).toBe(true);
  });
  it('is silent on a bracket holding a phone number or a whole number', () => {
    for (const preface of [
      '如有疑问请与办公室联系(电话20211234)。',
      '根据《…通知》(国办公开办函〔2021〕30号)要求,编制本报告。',
    ])
      expect(keys(withPreface(preface))).not.toContain(BROKEN);
  });
  it('flags `(国务院令第711号2修订)` (real: 铜鼓县 2021)', () => {
    const report = withPreface(
      '根据《中华人民共和国政府信息公开条例》(国务院令第711号2修订)第五十条规定,编制本报告。',
    );
    expect(messageOf(report, REVISION)).toBe(
      '引用条例时写“国务院令第711号2修订”：修订年份缺字（现行条例为国务院令第711号，2019年修订），请补全年份',
    );
    expect(importedWarns(realText('1583-tonggu-county-2021.txt'), REVISION)).toBe(true);
  });
  it('is silent on the revision’s whole year', () => {
    expect(
      keys(
        withPreface(
          '根据《中华人民共和国政府信息公开条例》(国务院令第711号,2019年修订)第五十条规定,编制本报告。',
        ),
      ),
    ).not.toContain(REVISION);
  });
  it('flags `国务院办公厅政府信息与政府信息公开办公室` (real: 霍邱县众兴集镇 2022)', () => {
    const report = withPreface(
      '根据《国务院办公厅政府信息与政府信息公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号),编制本报告。',
      2022,
    );
    expect(messageOf(report, ISSUER)).toBe(
      '发文机关名称「国务院办公厅政府信息与政府信息公开办公室」有错字：应为“国务院办公厅政府信息与政务公开办公室”',
    );
    expect(importedWarns(realText('1584-huoqiu-zhongxingji-2022.txt'), ISSUER)).toBe(true);
  });
  it('is silent on the office’s right name', () => {
    expect(
      keys(
        withPreface(
          '根据《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函〔2021〕30号),编制本报告。',
          2022,
        ),
      ),
    ).not.toContain(ISSUER);
  });
});

describe('agency-name-place-missing: the preface naming a department by its kind alone', () => {
  const unnamed = (preface: string) => asAgency(withPreface(preface), 'department', '');
  it('flags `总结2021年医疗保障局政府信息公开工作` with no agency known (real: 尚志市医疗保障局 2021)', () => {
    const report = unnamed(
      '在认真总结2021年医疗保障局政府信息公开工作的基础上,编制了此报告。如对本报告有疑问,请联系医疗保障局。',
    );
    expect(messageOf(report, PLACE)).toBe(
      '序言称本机关为“医疗保障局”，没有写明是哪里的局（缺地名），请写全称（如“某某县医疗保障局”）',
    );
    expect(importedWarns(realText('1616-shangzhi-ybj-2021.txt'), PLACE)).toBe(true);
  });
  it('is silent on the name with its place, or 本局', () => {
    for (const preface of [
      '在认真总结2021年尚志市医疗保障局政府信息公开工作的基础上,编制了此报告。',
      '在认真总结2021年本局政府信息公开工作的基础上,编制了此报告。',
    ])
      expect(keys(unnamed(preface))).not.toContain(PLACE);
  });
});

describe('agency-name-word-lost: a 街道’s place short of a character', () => {
  const street = (overview: string) =>
    asAgency(withOverview(overview), 'township', '上海市普陀区石泉路街道');
  it('flags `在石泉街道网站上` for 石泉路街道 (real: 普陀区石泉路街道 2021)', () => {
    expect(messageOf(street('在石泉街道网站上及时进行宣传报道。'), WORD_LOST)).toBe(
      '文中把本机关写作“石泉街道”，地名缺字（应为“石泉路街道”）：与机关名称“上海市普陀区石泉路街道”不一致，请核对',
    );
    expect(importedWarns(realText('1620-putuo-shiquanlu-2021.txt'), WORD_LOST)).toBe(true);
  });
  it('is silent on the whole name', () => {
    expect(keys(street('在石泉路街道网站上及时进行宣传报道。'))).not.toContain(WORD_LOST);
  });
});

describe('template-text-left: a writing prompt on a line of its own', () => {
  it('flags the real text (real: 信州区朝阳镇 2021)', () => {
    expect(importedWarns(realText('1582-xinzhou-chaoyang-2021.txt'), TEMPLATE)).toBe(true);
  });
  it('flags `重视依申请公开工作(依申请指南、渠道、制度规范)` on a line of its own', () => {
    const report = withOverview(
      '重视依申请公开工作(依申请指南、渠道、制度规范)\n2021年度我镇收到申请0件。',
    );
    expect(messageOf(report, TEMPLATE)).toBe(
      '文中单独一行“重视依申请公开工作(依申请指南、渠道、制度规范)”是提纲式的写作提示（括号里列着要写的内容），不是正文：请写明相应的工作情况，或删去',
    );
  });
  it('is silent on a numbered heading, or a sentence going on after the bracket', () => {
    for (const overview of [
      '(二)依申请公开(指南、渠道、制度)\n2021年度我镇收到申请0件。',
      '重视依申请公开工作(指南、渠道、制度规范),全年收到申请0件。',
    ])
      expect(keys(withOverview(overview))).not.toContain(TEMPLATE);
  });
});
