import { describe, expect, it } from 'vitest';
import { guessAgencyKind } from '@/import/read-meta';
import {
  asAgency,
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1349–1378 mended after it (stop 42, helper f4): a government's figures
 * with 本级 or 全辖区 unsaid (a 乡's nameless text, a county's whose 全县 is only the work's aim and
 * its news's topics, a district's named `高新区(新市区)`), a township claiming the 主管部门's role or
 * compiling its report from 我县's work, and a list of parts read past its `其中总体情况包括…`
 * clause. From the real wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const ABOVE = 'township-scope-above-level';
const PARTS = 'part-count-mismatch:meta';

const county = (overview: string) =>
  asAgency(withOverview(overview, 2025), 'government', '麦盖提县人民政府');
const district = (overview: string) =>
  asAgency(withOverview(overview, 2020), 'government', '高新区(新市区)');
const town = (overview: string) =>
  asAgency(withOverview(overview, 2022), 'township', '临淄区齐都镇人民政府');

describe('government-scope-missing (real: 花园乡 2022, 麦盖提县 2025, 高新区(新市区) 2020)', () => {
  it('warns on the three texts', () => {
    expect(importedWarns(realText('1353-dongzhi-huayuan-2022.txt'), SCOPE)).toBe(true);
    expect(importedMessage(realText('1353-dongzhi-huayuan-2022.txt'), SCOPE)).toContain(
      '乡镇人民政府',
    );
    expect(importedWarns(realText('1371-maigaiti-county-2025.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('1372-urumqi-xinshi-2020.txt'), SCOPE)).toBe(true);
  });
  it('reads 高新区(新市区) as a government, not a zone with a town in brackets', () => {
    expect(importedReport(realText('1372-urumqi-xinshi-2020.txt')).meta.agencyKind).toBe(
      'government',
    );
    expect(guessAgencyKind('高新区(新市区)')).toBe('government');
    expect(guessAgencyKind('老坝港滨海新区(角斜镇)')).toBe('department');
    expect(guessAgencyKind('云南滇中新区临空先进制造业发展局(临空先进制造业区管委会)')).toBe(
      'department',
    );
  });
  it('reads the region’s work as an aim, and its affairs as the news’s topics, as no scope', () => {
    expect(
      keys(
        county(
          '以扎实的工作举措推动全县政务公开不断取得新成效。全年通过县人民政府门户网站主动公开信息总量2869条。',
        ),
      ),
    ).toContain(SCOPE);
    expect(
      keys(
        county(
          '全年通过县人民政府门户网站主动公开信息总量2869条,其中,政务动态板块发布2112条,实时推送全县经济社会发展、民生保障、项目建设等领域的工作动态。',
        ),
      ),
    ).toContain(SCOPE);
  });
  it('keeps the region’s work said advanced, and a count of the region’s, as the scope (stop 34)', () => {
    expect(
      keys(
        county(
          '推动全县政务公开工作再上新台阶。全年通过县人民政府门户网站主动公开信息总量2869条。',
        ),
      ),
    ).not.toContain(SCOPE);
    expect(keys(county('全县共主动公开政府信息2869条。'))).not.toContain(SCOPE);
    expect(keys(county('全年发布全县经济社会发展等领域的工作动态2112条。'))).not.toContain(SCOPE);
  });
  it('reads the work handed down to the units as no scope, their own count as one', () => {
    expect(
      keys(
        district(
          '我区通过政府门户网站主动公开各类工作信息1338条。把政务公开工作分解细化到各部门,落实具体责任人员。',
        ),
      ),
    ).toContain(SCOPE);
    expect(keys(district('我区各部门通过政府门户网站主动公开各类工作信息1338条。'))).not.toContain(
      SCOPE,
    );
  });
});

describe('township-scope-above-level: the 主管部门 role claimed (real: 临淄区齐都镇 2022)', () => {
  it('warns on the real text, saying who the 主管部门 are', () => {
    const text = realText('1349-linzi-qidu-2022.txt');
    expect(importedWarns(text, `${ABOVE}:overview`)).toBe(true);
    expect(importedMessage(text, `${ABOVE}:overview`)).toContain(
      '“积极履行政府信息公开工作主管部门职责”',
    );
  });
  it('warns on a town’s text, not on a government office’s nor a street naming its own office', () => {
    expect(keys(town('积极履行政府信息公开工作主管部门职责,提升政府工作透明度。'))).toContain(
      `${ABOVE}:overview`,
    );
    expect(
      keys(
        asAgency(
          withOverview('积极履行全市政务公开工作主管部门职责,政务公开工作取得显著成效。'),
          'government',
          '广州市人民政府办公厅',
        ),
      ),
    ).not.toContain(`${ABOVE}:overview`);
    expect(
      keys(
        asAgency(
          withOverview('明确街道办公室为主管部门,细化8个业务科室的公开工作分工。'),
          'township',
          '西城区金融街街道办事处',
        ),
      ),
    ).not.toContain(`${ABOVE}:overview`);
  });
});

describe('township-scope-above-level: compiled from 我县’s work (real: 东至县花园乡 2022)', () => {
  it('warns on the 乡’s preface, read as the 乡’s by its contact', () => {
    const text = realText('1353-dongzhi-huayuan-2022.txt');
    expect(importedWarns(text, `${ABOVE}:meta`)).toBe(true);
    expect(importedMessage(text, `${ABOVE}:meta`)).toContain('“我县”');
  });
  it('stays silent on a town compiling from its own work, and on the county’s own preface', () => {
    const preface = (own: string) =>
      `本报告依据《中华人民共和国政府信息公开条例》要求,结合2022年${own}政府信息公开工作编制而成。`;
    expect(
      keys(asAgency(withPreface(preface('我乡'), 2022), 'township', '东至县花园乡人民政府')),
    ).not.toContain(`${ABOVE}:meta`);
    expect(
      keys(asAgency(withPreface(preface('我县'), 2022), 'government', '东至县人民政府办公室')),
    ).not.toContain(`${ABOVE}:meta`);
    expect(
      keys(asAgency(withPreface(preface('我县'), 2022), 'township', '东至县花园乡人民政府')),
    ).toContain(`${ABOVE}:meta`);
  });
});

describe('part-count-mismatch: the overview’s areas in a clause after the list (real: 朔州市统计局 2019)', () => {
  it('stays silent on the real text', () => {
    expect(importedWarns(realText('1358-shuozhou-tjj-2019.txt'), PARTS)).toBe(false);
  });
  it('still warns on the areas listed among the parts', () => {
    expect(
      keys(
        withPreface(
          '主要内容包括政府信息公开工作总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息管理情况、政府信息公开平台建设情况、监督保障情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等。',
        ),
      ),
    ).toContain(PARTS);
    expect(
      keys(
        withPreface(
          '内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等,其中总体情况包括主动公开、依申请公开、政府信息管理、平台建设和监督保障等方面。',
        ),
      ),
    ).not.toContain(PARTS);
  });
});
