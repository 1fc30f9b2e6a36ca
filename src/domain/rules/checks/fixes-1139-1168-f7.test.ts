import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1139–1168 mended after it (stop 39, helper f7): parts
 * listed on after a semicolon or a reading count, a nested list opened by 包含, a table printed with
 * its rows and no number, a list of the report's core matters, and a first point opened by 其中.
 * From the real wording, with the corpus's texts that must stay silent.
 */

const warned = importedWarns;
const message = importedMessage;

const SUM = 'parts-sum-mismatch:overview';
const PARTS = 'part-count-mismatch:overview';
const FIRST = 'subheading-first-missing:overview';

describe('parts-sum-mismatch: a list of kinds going on after a semicolon to the rest', () => {
  const meixian = realText('1147-meixian-district-2024.txt');
  it('says 9287 of 9289 (real: 梅县区 2024)', () => {
    expect(warned(meixian, SUM)).toBe(true);
    expect(message(meixian, SUM)).toContain('6 + 8 + 2128 + 1156 + 5989 = 9287条');
  });
  it('says it of the sentence alone', () => {
    const overview =
      '2024年,门户网站共发布信息9289条,其中区政府及其部门规范性文件6条、其他文件8条;政务动态类信息2128条、各类规划和重点领域信息1156条、其他信息5989条。';
    expect(keys(withOverview(overview))).toContain(SUM);
  });
  it('is silent when the list adds up', () => {
    const overview =
      '2024年,门户网站共发布信息9287条,其中区政府及其部门规范性文件6条、其他文件8条;政务动态类信息2128条、各类规划和重点领域信息1156条、其他信息5989条。';
    expect(keys(withOverview(overview))).not.toContain(SUM);
  });
  it('is silent on a channel after the semicolon, another statement (real: 清水县教育局 2023)', () => {
    const overview =
      '通过县政府网站子站向社会公布各类政府信息115条,其中包括:政策文件20条、工作动态85条、监管信息5条;通过甘肃政务服务网公布办事指南25条。';
    expect(keys(withOverview(overview))).not.toContain(SUM);
  });
  it('is silent when the kinds after the semicolon end with no rest', () => {
    const overview =
      '全年共发布信息300条,其中规范性文件6条、其他文件8条;政务动态类信息21条、规划信息11条。';
    expect(keys(withOverview(overview))).not.toContain(SUM);
  });
});

describe('parts-sum-mismatch: a reading count between channels', () => {
  const nanlong = realText('1152-linxia-nanlong-2023.txt');
  it('says 3344 of 2918 (real: 临夏市南龙镇 2023)', () => {
    expect(warned(nanlong, SUM)).toBe(true);
    expect(message(nanlong, SUM)).toContain('2464 + 270 + 480 + 130 = 3344条');
  });
  it('is silent on a visit count before a semicolon (real: 高淳区 2022)', () => {
    expect(warned(realText('031-gaochun-2022.txt'), SUM)).toBe(false);
  });
  it('is silent on a visit count ending the sentence (real: 宣州区黄渡乡 2024)', () => {
    expect(warned(realText('347-xuanzhou-huangdu-2024.txt'), SUM)).toBe(false);
  });
});

describe('parts-sum-mismatch: 包含 opens one part’s own parts', () => {
  it('is silent on 23558 and its kinds under 100899 (real: 邵阳市 2020)', () => {
    expect(warned(realText('1142-shaoyang-city-2020.txt'), SUM)).toBe(false);
  });
  it('still says a list of parts adding to more than the whole before 包含', () => {
    const overview =
      '全年共发布政府信息1000条。其中在门户网站发布信息800条,在微信公众号发布信息300条,包含政务动态信息200条。';
    expect(keys(withOverview(overview))).toContain(SUM);
  });
});

describe('table-printed-empty: every row printed, no number, the next part after it', () => {
  it('says 表二 of 平利县兴隆镇 2019 (`规章`…`政府集中采购`, then `三、`)', () => {
    const xinglong = realText('1149-pingli-xinglong-2019.txt');
    expect(warned(xinglong, 'table-printed-empty:t2')).toBe(true);
    expect(message(xinglong, 'table-printed-empty:t2')).toContain('整张表一个数都没有');
  });
  it('says 表三 of 雄县 a township 2019, then `四、`', () => {
    expect(warned(realText('019-xiongxian-township-2019.txt'), 'table-printed-empty:t3')).toBe(
      true,
    );
  });
  it('is silent on a table a copy cut (real: 长春新区市场监管分局 2020, the text ends in 表三)', () => {
    const cut = keys(importedReport(realText('723-changchun-xinqu-scjg-2020.txt')));
    expect(cut.filter((k) => k.startsWith('table-printed-empty'))).toEqual([]);
  });
  it('is silent on 表二 with a value (real: 张家湾镇 2021)', () => {
    const tongzhou = realText('1161-tongzhou-zhangjiawan-2021.txt');
    expect(warned(tongzhou, 'table-printed-empty:t2')).toBe(false);
  });
});

describe('part-count-mismatch: the overview’s areas said to be the report’s core matters', () => {
  it('is silent on `报告涵盖…监督保障等核心内容` (real: 雁塔区小寨路街道 2025)', () => {
    expect(warned(realText('1151-yanta-xiaozhailu-2025.txt'), PARTS)).toBe(false);
  });
  it('still says the areas listed as the whole’s content (real: 鄂州市政府办 2022)', () => {
    expect(warned(realText('646-ezhou-szfbgs-2022.txt'), 'part-count-mismatch:meta')).toBe(true);
  });
  it('still says `报告涵盖主动公开、…、监督保障等方面`', () => {
    const preface =
      '现将本镇2025年政府信息公开工作年度报告予以公开。报告涵盖主动公开、依申请公开、信息管理、平台建设、监督保障等方面。';
    expect(keys(withPreface(preface))).toContain('part-count-mismatch:meta');
  });
});

describe('subheading-first-missing: a first point opened by 其中', () => {
  it('is silent on `其中:通过…。二是通过…` (real: 临夏市南龙镇 2023)', () => {
    expect(warned(realText('1152-linxia-nanlong-2023.txt'), FIRST)).toBe(false);
  });
  it('is silent on `一方面…;二是…`', () => {
    const overview =
      '(一)主动公开\n一方面,通过政府网站公开政策文件12条;二是通过微信公众号发布工作动态30条。';
    expect(keys(withOverview(overview))).not.toContain(FIRST);
  });
  it('still says a 二是 with nothing opening the list (real: 荣昌区招商投资促进局 2021)', () => {
    const overview =
      '(三)政府信息管理\n为切实推行政府信息公开工作,确保做到分工有人管、落实有人干。二是各科室协同配合,及时报送信息。';
    expect(keys(withOverview(overview))).toContain(FIRST);
  });
});
