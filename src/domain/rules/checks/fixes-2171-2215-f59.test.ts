import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2171–2215 mended after it (stop 54, helper f59): reports that are not the
 * annual report (the year's 政务公开 work reported up, 汇报; the year's work summed up, 进行总结, under
 * `一、总体情况`), a county bureau's text written as its government's or its city's (a report compiled
 * from the county's units; the city's departments publishing), and last year's key points followed
 * (遵循). From the real wording, with the corpus's wording that must stay silent.
 */

const LETTER = 'report-is-cover-letter';
const HEADING = 'section-heading-mismatch:overview';
const SCOPE = 'agency-scope-above-level:meta';
const OTHER = 'other-agency-in-text:overview';
const KEY_POINTS_2022 = 'notice-citation-wrong:overview:key-points-2022';

describe('report-is-cover-letter: the year’s 政务公开 work reported up in the preface', () => {
  it('flags the real wording (崇川区科技局 2019)', () => {
    const report = withPreface(
      '2019年,区科技局认真贯彻落实区政府信息公开工作的总体部署和要求,依法行政水平得到了有效提高。现将我局2019年政务公开工作情况汇报如下:',
      2019,
    );
    expect(keys(report)).toContain(LETTER);
    expect(messageOf(report, LETTER)).toContain('汇报');
    expect(importedMessage(realText('2180-chongchuan-kjj-2019.txt'), LETTER)).toContain(
      '政务公开工作情况汇报如下',
    );
  });

  it('stays silent on the 政府信息公开 work put forward, and on 汇报 told as work', () => {
    for (const preface of [
      '现将鲊埠回族乡2021年政府信息公开工作汇报如下:',
      '现将2022年度政府信息公开工作情况汇报如下:',
      '主要领导共2次听取政务公开工作情况汇报,研究部署全镇政务公开工作。',
      '现将2021年政府信息公开工作年度报告公布如下:',
    ])
      expect(keys(withPreface(preface))).not.toContain(LETTER);
  });
});

describe('section-heading-mismatch: the year’s work summed up by 现对…进行总结 under the heading', () => {
  // The reading needs the headings as printed (an imported text's source): the real text only.
  it('flags the real wording (涵江区文旅局 2023)', () => {
    expect(importedMessage(realText('2185-hanjiang-wlj-2023.txt'), HEADING)).toContain('进行总结');
    expect(importedWarns(realText('2185-hanjiang-wlj-2023.txt'), HEADING)).toBe(true);
  });

  it('stays silent on the year’s work told as summed up, with no 现 (永春县城厢乡 2020, 南安市蓬华镇 2024)', () => {
    for (const file of ['1683-yongchun-chengxiang-2020.txt', '1418-nanan-penghua-2024.txt'])
      expect(importedWarns(realText(file), HEADING)).toBe(false);
  });
});

describe('agency-scope-above-level: a department’s report compiled from its area’s units', () => {
  const bureau = (preface: string) =>
    asAgency(withPreface(preface, 2023), 'department', '清流县文体和旅游局');

  it('flags the real wording (清流县文体和旅游局 2023)', () => {
    const report = bureau(
      '本报告依据《中华人民共和国政府信息公开条例》等相关规定,汇总全县各级各部门的政府信息公开统计数据编制形成本报告。',
    );
    expect(keys(report)).toContain(SCOPE);
    expect(messageOf(report, SCOPE)).toContain('县人民政府');
    expect(importedMessage(realText('2178-qingliu-wtlyj-2023.txt'), SCOPE)).toContain(
      '汇总全县各级各部门',
    );
  });

  it('stays silent on its own units, and on the government compiling its area’s', () => {
    expect(keys(bureau('本报告汇总本局各科室的政府信息公开统计数据编制形成。'))).not.toContain(
      SCOPE,
    );
    const government = asAgency(
      withPreface(
        '本报告综合全县各乡(镇)、各部门(单位)2019年政府信息公开工作情况,编制寻乌县2019政府信息公开年报。',
        2019,
      ),
      'government',
      '寻乌县人民政府',
    );
    expect(keys(government)).not.toContain(SCOPE);
    const office = asAgency(
      withPreface('汇总全县各级各部门的政府信息公开统计数据编制形成本报告。', 2023),
      'department',
      '清流县人民政府办公室',
    );
    expect(keys(office)).not.toContain(SCOPE);
  });
});

describe('notice-citation-wrong: last year’s key points followed by 遵循', () => {
  it('flags the real wording (清流县文体和旅游局 2023)', () => {
    const report = withOverview(
      '2023年,本局严格遵循新修订的《国务院办公厅关于印发2022年政务公开工作要点的通知》(国办发〔2022〕8号)的有关规定和要求,切实加强政府信息公开工作力度。',
      2023,
    );
    expect(keys(report)).toContain(KEY_POINTS_2022);
    expect(importedWarns(realText('2178-qingliu-wtlyj-2023.txt'), KEY_POINTS_2022)).toBe(true);
  });

  it('stays silent on the key points of the year reported on', () => {
    const report = withOverview(
      '2022年,本局严格遵循《国务院办公厅关于印发2022年政务公开工作要点的通知》(国办发〔2022〕8号)的有关要求,切实加强政府信息公开工作。',
      2022,
    );
    expect(keys(report).filter((k) => k.includes('key-points'))).toEqual([]);
  });
});

describe('other-agency-in-text: a county department telling the city’s departments publishing', () => {
  const overview =
    '一是落实法定主动公开要求。利用县部门网站,新建立“法定主动公开”专栏,规范发布主动公开信息,目前,市级相关部门积极利用专栏,不定期发布法定主动公开信息。';

  it('flags the real wording (乐至县林业局 2020)', () => {
    const report = asAgency(withOverview(overview, 2020), 'department', '乐至县林业局');
    expect(keys(report)).toContain(OTHER);
    expect(messageOf(report, OTHER)).toContain('市级相关部门');
    expect(importedWarns(realText('2186-lezhi-lyj-2020.txt'), OTHER)).toBe(true);
  });

  it('stays silent on a city’s department, and on information sent to the city', () => {
    expect(
      keys(asAgency(withOverview(overview, 2020), 'department', '资阳市林业局')),
    ).not.toContain(OTHER);
    const sent = asAgency(
      withOverview('及时报送各个市级部门所需的相关政府信息,确保信息准确。', 2020),
      'department',
      '乐至县林业局',
    );
    expect(keys(sent)).not.toContain(OTHER);
  });
});
