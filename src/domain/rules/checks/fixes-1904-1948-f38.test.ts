import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1904–1948 mended after it (stop 51, helper f38): a
 * whole split in two kinds one short, the scope of a county's and a 乡's figures, a township's
 * and a city department's words copied from another level, the own place cut, a bare department's
 * name in the preface, a report of the main work; and two false warnings silenced (`本政府部门`, a
 * concluded count with what it holds). From the real wording, with the corpus's texts that must stay
 * silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const SCOPE = 'government-scope-missing';
const TOWNSHIP = 'township-scope-above-level:overview';
const OTHER = 'other-agency-in-text:overview';
const WORD_LOST = 'agency-name-word-lost:meta';
const PLACE = 'agency-name-place-missing:meta';
const NAME = 'report-name-garbled:meta';

describe('parts-sum-mismatch: two kinds all but one of the whole (1907)', () => {
  it('reads two kinds joined by 、 to the sentence’s end', () => {
    const overview =
      '局门户网站全年发布信息575条,其中政务动态信息384条、信息公开目录信息190条。局微信公众号全年发布信息71条。';
    expect(messageOf(withOverview(overview, 2024), PARTS)).toContain('384 + 190');
    expect(importedWarns(realText('1907-xianning-nyncj-2024.txt'), PARTS)).toBe(true);
  });

  it('stays silent for two figures among others, channels, or a small share', () => {
    for (const overview of [
      '累计主动公开政府信息10220条,其中政务动态信息更新量为4792条,信息公开目录信息更新量为5403条,新开设专栏6个。',
      '主动公开信息数为286条,其中通过网站公开160条,公告栏公开120条。',
      '全年发布信息575条,其中政务动态信息84条、信息公开目录信息190条。',
    ])
      expect(keys(withOverview(overview, 2024))).not.toContain(PARTS);
    expect(importedWarns(realText('082-suining-2019.txt'), PARTS)).toBe(false);
    expect(importedWarns(realText('408-xixiu-dongjie-jd-2021.txt'), PARTS)).toBe(false);
  });
});

describe('parts-sum-mismatch: the concluded count said with what it holds (1936)', () => {
  const received = '收到依申请公开件176件,其中,当面申请的72件。';
  it('reads the outcomes against `办结…177件(含…结转的3件)`', () => {
    const overview = `${received}办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理29件。`;
    expect(keys(withOverview(overview, 2023))).not.toContain(PARTS);
    expect(importedWarns(realText('1936-dongyang-zrzyghj-2023.txt'), PARTS)).toBe(false);
  });

  it('still tells outcomes that fit no count', () => {
    const overview = `${received}办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,部分公开51件,不予公开4件,信息无法提供30件、不予处理3件,其他处理20件。`;
    expect(keys(withOverview(overview, 2023))).toContain(PARTS);
  });
});

describe('government-scope-missing: who runs the work is no scope (1945), a 乡’s text (1931)', () => {
  const county = (overview: string) =>
    asAgency(withOverview(overview, 2019), 'government', '铁岭县人民政府');

  it('reads the leading group, persons in charge and people at an event as no scope', () => {
    const overview =
      '年初,调整全县政务公开领导小组,明确了各部门政务公开的具体责任人和信息员。全年主动公开政府信息2130余条。全县共组织人员300余人参加活动。';
    expect(keys(county(overview))).toContain(SCOPE);
    expect(importedWarns(realText('1945-tieling-county-2019.txt'), SCOPE)).toBe(true);
  });

  it('still reads a scope said of the figures', () => {
    expect(keys(county('全县共主动公开政府信息2130余条。'))).not.toContain(SCOPE);
    expect(
      keys(county('全县政务公开领导小组共印发文件12件。全年主动公开政府信息2130余条。')),
    ).not.toContain(SCOPE);
  });

  it('reads a nameless text compiled from a 乡’s year of work as the 乡’s', () => {
    expect(importedWarns(realText('1931-cangyuan-nuoliang-2022.txt'), SCOPE)).toBe(true);
  });
});

describe('township-scope-above-level: a township speaking as another level (1908, 1942)', () => {
  const town = (overview: string, name = '万载县交湖乡人民政府') =>
    asAgency(withOverview(overview, 2021), 'township', name);

  it('reads the province’s centre as the township’s', () => {
    expect(keys(town('紧紧围绕省委、省政府中心工作及社会群众关注关切,细化工作任务。'))).toContain(
      TOWNSHIP,
    );
    expect(keys(town('紧紧围绕县委、县政府中心工作,细化工作任务。'))).not.toContain(TOWNSHIP);
    expect(importedWarns(realText('1908-wanzai-jiaohu-2021.txt'), TOWNSHIP)).toBe(true);
  });

  it('reads the county’s disclosure work pushed by the township', () => {
    const name = '五原县和胜乡人民政府';
    expect(keys(town('全力推动五原县政府信息公开工作高质量发展。', name))).toContain(TOWNSHIP);
    expect(keys(town('按照五原县政府信息公开工作要求,做好本乡工作。', name))).not.toContain(
      TOWNSHIP,
    );
    expect(importedWarns(realText('1942-wuyuan-hesheng-2023.txt'), TOWNSHIP)).toBe(true);
  });
});

describe('other-agency-in-text: another level’s government, and `本政府部门` (1943, 1926)', () => {
  const department = (overview: string, name: string) =>
    asAgency(withOverview(overview, 2022), 'department', name);

  it('reads a city department following a bare district’s government', () => {
    const overview = '按照区政府统一部署,结合我局实际情况,不断推进政务公开工作。';
    expect(keys(department(overview, '武威市住房和城乡建设局'))).toContain(OTHER);
    expect(keys(department(overview, '武威市凉州区住房和城乡建设局'))).not.toContain(OTHER);
    expect(
      keys(department('按照市政府统一部署,推进工作。', '武威市住房和城乡建设局')),
    ).not.toContain(OTHER);
    expect(importedWarns(realText('1943-wuwei-zjj-2022.txt'), OTHER)).toBe(true);
  });

  it('reads `本政府部门` as a department’s own words, `本政府` still not', () => {
    const name = '紫金县自然资源局';
    expect(keys(department('本年度,本政府部门秉持公开透明原则。', name))).not.toContain(OTHER);
    expect(keys(department('主动公开本政府产生的政务信息。', name))).toContain(OTHER);
    expect(importedWarns(realText('1926-zijin-zrzyj-2024.txt'), OTHER)).toBe(false);
  });
});

describe('agency names: the place cut, a bare department, the main work’s report (1910, 1914, 1930)', () => {
  it('reads the own place cut to its first character after its city (1910)', () => {
    const street = (preface: string) =>
      asAgency(withPreface(preface, 2020), 'township', '田家庵区公园街道');
    expect(keys(street('地址:淮南市田区学院北路及第城5号楼301。'))).toContain(WORD_LOST);
    expect(keys(street('地址:淮南市田家庵区学院北路及第城5号楼301。'))).not.toContain(WORD_LOST);
    expect(importedWarns(realText('1910-tianjiaan-gongyuan-2020.txt'), WORD_LOST)).toBe(true);
  });

  it('reads the bare department whose work the report is compiled from (1914)', () => {
    expect(importedWarns(realText('1914-danjiangkou-scjgj-2020.txt'), PLACE)).toBe(true);
    // The bare name heading the report's name after 现公布 is passed (004, 729, and 1930 left).
    expect(importedWarns(realText('004-yangling-tjj-2023.txt'), PLACE)).toBe(false);
    expect(importedWarns(realText('729-heilongjiang-scjg-2023.txt'), PLACE)).toBe(false);
  });

  it('reads a report of the year’s main work as no report’s name (1930)', () => {
    expect(importedWarns(realText('1930-anshun-zjj-2024.txt'), NAME)).toBe(true);
    expect(
      keys(withPreface('现将本局2024年政府信息公开工作年度报告公布如下。', 2024)),
    ).not.toContain(NAME);
  });
});
