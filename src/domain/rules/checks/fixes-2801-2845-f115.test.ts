import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import {
  asAgency,
  importedMessage,
  importedWarns,
  issuesOf,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2801–2845 mended after it (stop 68, fixer f115): a district run into
 * 市场监管局 without its 区 (read as a city), a city's government website named without its 市, 信息公开
 * 中心 with its 开 lost; and a false warning silenced: a district whose own name begins with 市
 * (市北区). From the real wording, with nearby wording of the corpus that must stay silent.
 */

const WORD_LOST_META = 'agency-name-word-lost:meta';
const WORD_LOST = 'agency-name-word-lost:overview';
const PLACE_MISSING = 'agency-name-place-missing';

describe('agency-name-word-lost: a district read as a city before 市场监管局 (2801–2845)', () => {
  it('reads 盐都市场监管局 where the text names 盐都区 (real: 盐城市盐都区市场监督管理局 2024)', () => {
    const said =
      '本报告的电子版可在盐城市盐都区政府网站政府信息公开专栏下载。如对本报告有任何疑问,请与盐都市场监管局办公室联系。';
    expect(messageOf(withPreface(said), WORD_LOST_META)).toContain('盐都区市场监管局');
    expect(importedMessage(realText('2803-yandu-scjgj-2024.txt'), WORD_LOST_META)).toContain(
      '读作“盐都市”',
    );
    expect(importedWarns(realText('2803-yandu-scjgj-2024.txt'), WORD_LOST)).toBe(true);
  });

  it('stays silent on the district kept, a city named so, or a county’s 全县', () => {
    for (const fine of [
      '请与盐城市盐都区市场监督管理局办公室联系。',
      '本报告可在昆山市人民政府网站下载。如有疑问,请与昆山市场监管局联系。',
      '全县市场监管系统认真贯彻条例。',
      '本报告可在盐都区政府网站下载。全区市场监管局系统认真贯彻条例。',
    ])
      expect(keys(withPreface(fine)), fine).not.toContain(WORD_LOST_META);
  });
});

describe('agency-name-word-lost: a city’s government website without its 市 (2801–2845)', () => {
  it('reads 嘉峪关人民政府网站 where the text names 嘉峪关市 (real: 雄关街道 2024)', () => {
    const said =
      '(一)主动公开情况。通过嘉峪关人民政府网站公开信息5条,通过“嘉峪关市雄关街道”微信公众号发布信息731条。';
    expect(messageOf(withOverview(said), WORD_LOST)).toContain('嘉峪关市人民政府');
    expect(importedWarns(realText('2825-jiayuguan-xiongguan-2024.txt'), WORD_LOST)).toBe(true);
  });

  it('stays silent on the body so named in a contact or as a subject (passed by 262’s and 194’s gatherers)', () => {
    for (const fine of [
      '现公布句容市2022年政府信息公开工作年度报告。如有疑问,请与句容人民政府办公室联系。',
      '2020年,涡阳县人民政府办公室认真贯彻条例。涡阳人民政府办公室信息公开16526条。',
      '通过嘉峪关市人民政府网站公开信息5条。',
      '依照县级人民政府网站的要求,本县级市的网站整合完成。',
      '当地市民可登录当地人民政府网站查询。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(WORD_LOST);
  });
});

describe('agency-name-word-lost: 信息公开中心 with its 开 lost (2801–2845)', () => {
  it('reads 信息公中心 (real: 渠县行政审批局 2019)', () => {
    const said = '在县信息公中心大力支持和悉心指导下,我局认真贯彻条例。';
    expect(messageOf(withOverview(said), WORD_LOST)).toContain('信息公开中心');
    expect(importedMessage(realText('2842-quxian-xzspj-2019.txt'), WORD_LOST)).toContain(
      '信息公中心',
    );
  });

  it('stays silent on 信息公示, 信息公共查阅, or a page’s title cut after 信息公', () => {
    for (const fine of [
      '在县信息公开中心大力支持下,我局认真贯彻条例。',
      '通过企业信息公示系统公示信息12条。',
      '设立政府信息公共查阅点1个。',
      '政府信息公根据《中华人民共和国政府信息公开条例》规定编制本报告。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(WORD_LOST);
  });
});

describe('agency-name-place-missing: a district named 市北区, 市南区, 市中区 (2801–2845)', () => {
  it('stays silent on 市北区审计局 (real: 青岛市市北区审计局 2022) and its kin', () => {
    for (const name of ['市北区审计局', '市南区民政局', '市中区农业农村局'])
      expect(keys(asAgency(clean2021.report, 'department', name)), name).not.toContain(
        PLACE_MISSING,
      );
    expect(importedWarns(realText('2813-shibei-sjj-2022.txt'), PLACE_MISSING)).toBe(false);
  });

  it('still reads a bare level before a department (real: 崇川区数据局 2025, `区数据局`)', () => {
    for (const name of ['区数据局', '市统计局', '市北部新区管委会办公室'])
      expect(keys(asAgency(clean2021.report, 'department', name)), name).toContain(PLACE_MISSING);
  });
});

const OTHER_META = 'other-agency-in-text:meta';
const OTHER = 'other-agency-in-text:overview';

describe('other-agency-in-text: a street office’s contact the district’s 政务公开办公室 (2801–2845)', () => {
  // The clean report speaks as 我局 (a department's), read under the same key: only the contact's finding.
  const contactSaid = (preface: string, kind: 'township' | 'government', name: string) =>
    issuesOf(asAgency(withPreface(preface), kind, name)).find(
      (i) => i.key === OTHER_META && i.message.startsWith('序言请读者与'),
    )?.message;

  it('reads the district government’s 政务公开办公室 as the contact (real: 八里堡街道 2023)', () => {
    const said = '如对本报告有疑问,请与长春市二道区政府政务公开办公室联系,电话:0431-89177997。';
    expect(contactSaid(said, 'township', '二道区八里堡街道办事处')).toContain(
      '长春市二道区政府政务公开办公室',
    );
    expect(importedWarns(realText('2830-erdao-balipu-2023.txt'), OTHER_META)).toBe(true);
  });

  it('stays silent on the street office’s own office, or the district’s own report', () => {
    expect(
      contactSaid(
        '如对本报告有疑问,请与八里堡街道党政办公室联系。',
        'township',
        '二道区八里堡街道办事处',
      ),
    ).toBeUndefined();
    expect(
      contactSaid(
        '如对本报告有疑问,请与长春市二道区政府政务公开办公室联系。',
        'government',
        '长春市二道区人民政府',
      ),
    ).toBeUndefined();
  });
});

describe('other-agency-in-text: a bureau’s overview presenting 我县’s report (2801–2845)', () => {
  const opening =
    '今年以来,在县委、县政府的正确领导下,渠县行政审批局政务公开工作紧紧围绕全面推进政务公开工作的决策部署。2019年,我局主动公开政府信息30条。';
  const untitled = (overview: string) =>
    asAgency(withOverview(overview, 2021, withPreface('')), 'department', '');

  it('reads 现将…我县政府信息公开工作情况报告如下 under 一、总体情况 (real: 渠县行政审批局 2019)', () => {
    const said = `${opening}现将2019年我县政府信息公开工作情况报告如下:`;
    expect(messageOf(untitled(said), OTHER)).toContain('“我县”');
    expect(importedWarns(realText('2842-quxian-xzspj-2019.txt'), OTHER)).toBe(true);
  });

  it('stays silent on the bureau’s own work, or a county’s own report (real: 平舆县 2021)', () => {
    expect(keys(untitled(`${opening}现将2019年我局政府信息公开工作情况报告如下:`))).not.toContain(
      OTHER,
    );
    const county = asAgency(
      withOverview('现将我县2021年政务公开工作落实情况报告如下:', 2021, withPreface('')),
      'government',
      '平舆县人民政府',
    );
    expect(keys(county)).not.toContain(OTHER);
  });
});
