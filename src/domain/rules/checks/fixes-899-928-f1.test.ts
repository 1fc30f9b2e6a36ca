import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 899–928 mended after it (stop 37, helper f1), from the real wording.
 */

const OVERVIEW = 'phrase-garbled:overview';
const PREFACE = 'phrase-garbled:meta';

describe('移动客户端 cut to 移动客户 (phrase-garbled)', () => {
  it('reads it in the list of new media (real: 福州市大数据委 2019)', () => {
    const text = '积极运用政府微博、微信、移动客户等新技术和新媒体,及时发布权威信息。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toBe(
      '文中“移动客户”疑为“移动客户端”（缺字），请核对',
    );
  });
  it('is silent on 移动客户端 whole, and on a carrier’s 移动客户服务', () => {
    for (const text of [
      '积极运用政府微博、微信、移动客户端等新技术和新媒体。',
      '通过日历下等线上客户端发布信息。',
      '联合中国移动开展移动客户服务宣传。',
    ])
      expect(keys(withOverview(text, 2019))).not.toContain(OVERVIEW);
  });
});

describe('信息公开 with 政府信 lost after a place (phrase-garbled)', () => {
  it('reads 朝阳镇息公开 (real: 舒兰市朝阳镇 2023)', () => {
    const text =
      '成立了以镇长为组长,分管副镇长为副组长,党政办公室为成员朝阳镇息公开工作领导小组,明确了责任。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“镇息公开”疑为“镇政府信息公开”（缺字），请核对',
    );
  });
  it('is silent on 信息公开 whole, and on a line broken inside 信息 (real: 淮安市 2024)', () => {
    for (const text of [
      '成立朝阳镇政府信息公开工作领导小组。',
      '成立朝阳镇信息公开工作领导小组。',
      '收到政府信\n息公开申请3件。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });
});

describe('the way to the report with its modal verb written twice (phrase-garbled)', () => {
  it('reads 可通过可以通过 (real: 五常市自然资源局 2024)', () => {
    const preface =
      '本年度报告内容可通过可以通过哈尔滨市人民政府门户网站(http://www.harbin.gov.cn)查阅,网址为:http://www.harbin.gov.cn进行查阅。';
    expect(messageOf(withPreface(preface, 2024), PREFACE)).toBe(
      '文中“可通过可以通过”疑为“可通过”（重字），请核对',
    );
  });
  it('reads 可以通过可以通过 (real: 五常市营商环境建设监督局 2022)', () => {
    const preface = '本年度报告内容可以通过可以通过哈尔滨市人民政府门户网站查阅。';
    expect(messageOf(withPreface(preface, 2022), PREFACE)).toBe(
      '文中“可以通过可以通过”疑为“可以通过”（重字），请核对',
    );
  });
  it('is silent on the way written once', () => {
    for (const preface of [
      '本年度报告内容可以通过哈尔滨市人民政府门户网站查阅。',
      '本报告电子版可在五常市人民政府网站下载,也可通过政务公开专区查阅。',
    ])
      expect(keys(withPreface(preface, 2022))).not.toContain(PREFACE);
  });
});

describe('the place the report can be read at, its verb lost (phrase-garbled)', () => {
  it('reads 可在…板块(网址)。 (real: 宿城区中扬镇 2022)', () => {
    const preface =
      '本报告的电子版本可在宿城区人民政府网站中扬镇人民政府板块(http://www.sqsc.gov.cn/scqzyz/xxgk/xxgk.shtml)。如对本报告有任何的疑问,可与宿城区中扬镇人民政府联系。';
    expect(messageOf(withPreface(preface, 2022), PREFACE)).toBe(
      '文中“可在宿城区人民政府网站中扬镇人民政府板块(http://www.sqsc.gov.cn/scqzyz/xxgk/xxgk.shtml)”疑为“可在宿城区人民政府网站中扬镇人民政府板块(http://www.sqsc.gov.cn/scqzyz/xxgk/xxgk.shtml)查阅（或下载）”（缺谓语），请核对',
    );
  });
  it('reads 可在…门户网站信息公开(链接:…)。 (real: 镇宁县 2019)', () => {
    const preface =
      '报告电子版可在镇宁自治县人民政府门户网站信息公开(链接:http://www.gzzn.gov.cn/)。';
    expect(keys(withPreface(preface, 2019))).toContain(PREFACE);
  });
  it('is silent on the sentence with its verb (real: corpus)', () => {
    for (const preface of [
      '本报告电子版可在宿城区人民政府网站(http://www.sqsc.gov.cn)查阅。',
      '本报告可在“福州市商务局”网站(http://swj.fuzhou.gov.cn)“政府信息公开年报”专栏公布。',
      '本年度报告可在宣州区人民政府信息公开网站下载。',
      '本报告电子版可在黎平县人民政府网站政府信息公开专栏下载,网址为http://www.lp.gov.cn。',
    ])
      expect(keys(withPreface(preface, 2022))).not.toContain(PREFACE);
  });
});
