import { describe, expect, it } from 'vitest';
import { contactSlips } from './contact-numbers';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * False warnings and misses of the measure of 2216–2260 mended after it (stop 55, helper f61): a
 * number joined to the next paragraph's year, the reports' work named in a letter's title, a verb of
 * telling before 对, a run-on sub-heading among headings of no one form; then counts, units, shares.
 * From the real wording, with the corpus's texts that must stay silent or stay flagged.
 */

const PHRASE = 'phrase-garbled:overview';

describe('contact-number-malformed: a number joined to the next paragraph’s year (2247)', () => {
  it('reads `0310-8133001` then `2020,` as the number and a year', () => {
    expect(contactSlips('联系电话:0310-81330012020,邯郸市气象局全面贯彻落实')).toEqual([]);
    expect(
      importedWarns(realText('2247-handan-qxj-2020.txt'), 'contact-number-malformed:overview'),
    ).toBe(false);
  });
  it('still reads a local number of a wrong length (安溪县魁斗镇 2020)', () => {
    expect(contactSlips('电话:0595-23377088,传真:0595-223377087').map((s) => s.digits)).toEqual([
      '223377087',
    ]);
    // Too long by a year, but wrong without it too: a slip.
    expect(contactSlips('电话:0595-2337702020,').length).toBe(1);
  });
});

describe('report-name-garbled: the reports’ work named, 年度报告 whole (2253)', () => {
  const NAME = 'report-name-garbled:overview';
  it('stays silent on 政府信息公开年度报告工作', () => {
    for (const fine of [
      '认真贯彻落实《关于做好2019年全省政府信息公开年度报告工作的函》的规定和精神。',
      '为切实做好政府信息公开年度报告工作,更好发挥年报作用。',
    ])
      expect(keys(withOverview(fine, 2019))).not.toContain(NAME);
    expect(importedWarns(realText('2253-siping-qxj-2019.txt'), NAME)).toBe(false);
  });
  it('still reads the name with 报告 broken (昌图县七家子镇 2023)', () => {
    expect(
      messageOf(withOverview('现将本镇2023年政府信息公开工作告年度报如下。', 2023), NAME),
    ).toContain('字序错乱');
  });
});

describe('phrase-garbled: a verb of telling before 对…的…情况 (2258)', () => {
  it('stays silent where 公开, 公布 or 通报 takes 对…情况 as its object', () => {
    for (const fine of [
      '公开对省委省政府和中国气象局系列政策措施、重大工作部署的执行和落实情况。',
      '及时公布对群众来信来访的办理情况。',
      '定期通报对各科室的考核情况。',
    ])
      expect(keys(withOverview(fine, 2019))).not.toContain(PHRASE);
    expect(importedWarns(realText('2258-anhui-qxj-2019.txt'), PHRASE)).toBe(false);
  });
  it('still reads 对…的…情况 with no verb (仓门街街道 2021)', () => {
    expect(
      messageOf(withOverview('由纪工委每月组织力量对各科室、各社区的政务公开情况。'), PHRASE),
    ).toContain('进行检查');
  });
});

describe('overview-subheading-garbled: a run-on two-phrase sub-heading (2250)', () => {
  const HEADING = 'overview-subheading-garbled:overview';
  const runOn = '(三)加强平台建设,做好政府信息管理按照上级的统一部署,发挥网站作为主要平台的作用。';
  it('stays silent where another numbered sub-heading is not two phrases', () => {
    const overview = [
      '(一)加强组织领导,健全组织机构。把政府信息公开工作纳入重要议事日程。',
      '(二)制定工作要点,做好统筹规划。结合工作实际制定了工作要点。',
      runOn,
      '(四)规范依申请公开工作。全年未收到申请。',
    ].join('\n');
    expect(keys(withOverview(overview, 2022))).not.toContain(HEADING);
    expect(importedWarns(realText('2250-jilin-qxj-2022.txt'), HEADING)).toBe(false);
  });
  it('still reads it where every other sub-heading is two phrases closed by 。 (兴海县中铁乡 2021)', () => {
    const overview = [
      '(一)提高政治站位,推进全面公开。坚持以公开为常态。',
      '(二)加强组织领导,完善制度建设。明确专人负责。',
      runOn,
    ].join('\n');
    expect(messageOf(withOverview(overview, 2021), HEADING)).toContain('与正文连成一句');
    expect(importedWarns(realText('1370-xinghai-zhongtie-2021.txt'), HEADING)).toBe(true);
  });
});

describe('count-unit-missing: counts of 2216–2260 without their units', () => {
  const UNIT = 'count-unit-missing:overview';
  it('reads a listed count before a kind named with Latin letters (2253)', () => {
    const overview =
      '媒体发稿517篇,其中省局外网70篇、四平局内网268、中国气象报CMA7篇、四平日报12篇。';
    expect(messageOf(withOverview(overview, 2019), UNIT)).toContain('内网268、');
    expect(importedWarns(realText('2253-siping-qxj-2019.txt'), UNIT)).toBe(true);
    for (const fine of [
      '媒体发稿517篇,其中省局外网70篇、四平局内网268篇、中国气象报CMA7篇。',
      '开通APP2、微信公众号3个。',
    ])
      expect(keys(withOverview(fine, 2019))).not.toContain(UNIT);
  });
  it('reads a decimal count of followers, its 万 lost (2260)', () => {
    const overview = '通过官方微博公开政府信息,并与滁州气象官方微博26.4粉丝开展互动。';
    expect(messageOf(withOverview(overview, 2023), UNIT)).toContain('26.4粉丝');
    expect(importedWarns(realText('2260-chuzhou-qxj-2023.txt'), UNIT)).toBe(true);
    for (const fine of [
      '并与官方微博26.4万粉丝开展互动。',
      '日均受理7.5件,平均约3.56个工作日答复。',
      '1.2粉丝互动情况。',
    ])
      expect(keys(withOverview(fine, 2023))).not.toContain(UNIT);
  });
});

describe('shares-rounding-mismatch: a share cut to make 100% where another was pushed up (2240)', () => {
  const SHARES = 'shares-rounding-mismatch:overview';
  it('reads 35.8% for 33/92 while 3/92 is printed 3.3%', () => {
    const overview =
      '2020年我局主动公开政府信息92条。其中:概况信息3条,占3.3%;文件信息7条,占7.6%;动态信息40条,占43.5%;财政信息7条,占7.6%;人事信息2条,占2.2%;其他信息33条,占35.8%。';
    expect(messageOf(withOverview(overview, 2020), SHARES)).toContain('35.8');
    expect(importedWarns(realText('2240-tongjiang-jtj-2020.txt'), SHARES)).toBe(true);
  });
  it('stays silent on the largest remainder’s way (大足区外事办 2022)', () => {
    const overview =
      '共主动公开信息12条,其中:动态信息1条,占8%;文件信息5条,占41%;公告信息2条,占17%;人事信息2条,占17%;财政信息2条,占17%。';
    expect(keys(withOverview(overview, 2022))).not.toContain(SHARES);
  });
});

describe('phrase-garbled: a count of one digit with 余 (2244)', () => {
  it('reads 8余条 and 6余件', () => {
    expect(
      messageOf(
        withOverview('新冠肺炎疫情防控信息32条、创新创业信息8余条、科技动态信息192条。', 2020),
        PHRASE,
      ),
    ).toContain('“8余条”疑为“8条”');
    expect(importedWarns(realText('2244-yaan-kjj-2020.txt'), PHRASE)).toBe(true);
    expect(importedWarns(realText('154-xinghai-2021.txt'), PHRASE)).toBe(true);
  });
  it('stays silent on 余 after a count of two digits or more, and on 第', () => {
    for (const fine of [
      '共发布各类信息10余条。',
      '公开政府信息68余条。',
      '全年发布信息200余条。',
      '第1余条。',
    ])
      expect(keys(withOverview(fine, 2020))).not.toContain(PHRASE);
  });
});

describe('region-figures-in-unit-report: the city’s requests counted before them (2246)', () => {
  const REGION = 'region-figures-in-unit-report:overview';
  it('reads 全市共收到7起依申请公开案件 in a bureau’s report', () => {
    expect(importedWarns(realText('2246-beijing-qxj-2021.txt'), REGION)).toBe(true);
    expect(importedMessage(realText('2246-beijing-qxj-2021.txt'), REGION)).toContain(
      '全市共收到7起依申请',
    );
  });
});
