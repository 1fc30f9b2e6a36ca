import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';
import { clean2021 } from '@templates/fixtures/format-2021/clean';

/**
 * Citations, notices, brackets, instruction text and another body's report, mended after the measure
 * of 2396–2440 (stop 59, fixer f78): a false warning silenced (`现将本年度…工作报告如下`, 报告 the
 * verb), a 》 with its 《 lost (after a citing verb, between two titles), two steps of a notice's work
 * joined by 的, a department publishing its region's report by the region's name, the format's note's
 * words written as work done. From the real wording, with the corpus's wording that must stay silent
 * or stay flagged.
 */

const NAME = 'report-name-garbled:meta';
const STRAY = 'text-stray-closer:overview';
const PHRASE = 'phrase-garbled:overview';
const OTHER_AGENCY = 'other-agency-in-text:meta';
const TEMPLATE = 'template-text-left:overview';

const prefaceWarns = (preface: string, key: string, year = 2021): boolean =>
  keys(withPreface(preface, year)).includes(key);
const overviewWarns = (overview: string, key: string): boolean =>
  keys(withOverview(overview)).includes(key);

describe('report-name-garbled: `现将本年度…工作报告如下`, 报告 the verb', () => {
  it('stays silent on the real wording (杭州市统计局 2020)', () => {
    expect(
      prefaceWarns(
        '2020年,市统计局按照《中华人民共和国政府信息公开条例》文件要求,推进政务公开工作更及时、更规范。现将本年度政府信息公开工作报告如下:',
        NAME,
        2020,
      ),
    ).toBe(false);
    expect(importedWarns(realText('2402-hangzhou-tjj-2020.txt'), NAME)).toBe(false);
  });

  it('still flags a year in figures or an agency before the words (五原县复兴镇 2023)', () => {
    expect(
      prefaceWarns(
        '根据《中华人民共和国政府信息公开条例》要求,现将2023年复兴镇政府信息公开工作报告如下:',
        NAME,
        2023,
      ),
    ).toBe(true);
    expect(importedWarns(realText('1157-wuyuan-fuxing-2023.txt'), NAME)).toBe(true);
    expect(prefaceWarns('结合工作实际,编制本年度政府信息公开工作报告。', NAME, 2023)).toBe(true);
  });
});

describe('text-stray-closer: a 》 whose 《 was lost', () => {
  it('flags the regulation’s short name after a citing verb (池州市自然资源和规划局 2022)', () => {
    expect(
      overviewWarns(
        '2022年,我局政务公开工作在省自然资源厅和政务公开办公室精心指导下,严格落实条例》,按照政务公开重点工作有关要求,强化公开组织领导。',
        STRAY,
      ),
    ).toBe(true);
    expect(importedWarns(realText('2408-chizhou-zrzyj-2022.txt'), STRAY)).toBe(true);
  });

  it('flags a title between two titles (安康市文化和旅游广电局 2021)', () => {
    expect(
      overviewWarns(
        '先后制定《关于加强局机关门户网站管理的通知》“文化安康”新媒体平台信息安全管理制度》《网站安全管理制度》加强和规范全系统信息报送工作。',
        STRAY,
      ),
    ).toBe(true);
    expect(importedWarns(realText('2431-ankang-wlj-2021.txt'), STRAY)).toBe(true);
  });

  it('stays silent on titles closed in order and a 实施办法 opened before', () => {
    expect(
      overviewWarns(
        '严格落实《条例》,制定《网站管理办法》《网站安全管理制度》《信息发布审核制度》。',
        STRAY,
      ),
    ).toBe(false);
    expect(
      overviewWarns('修订完善《厅政务信息公开实施办法》,按照条例要求做好公开工作。', STRAY),
    ).toBe(false);
  });
});

describe('phrase-garbled: two steps of a notice’s work joined by 的', () => {
  it('flags the real wording (万源市行政审批局 2022)', () => {
    expect(
      overviewWarns(
        '按照《中华人民共和国政府信息公开条例》和《四川省人民政府办公厅关于切实做好政府信息公开工作年度报告编制的发布工作的通知》的精神要求,全面推进政务公开。',
        PHRASE,
      ),
    ).toBe(true);
    expect(importedWarns(realText('2421-wanyuan-xzspj-2022.txt'), PHRASE)).toBe(true);
  });

  it('stays silent on the notices’ usual names', () => {
    for (const name of ['编制发布工作', '编制和发布工作', '编制公布工作', '编制工作'])
      expect(
        overviewWarns(
          `按照《关于做好政府信息公开工作年度报告${name}的通知》要求,全面推进政务公开。`,
          PHRASE,
        ),
      ).toBe(false);
  });
});

describe('other-agency-in-text: a department publishing its region’s report by the region’s name', () => {
  const committee = (preface: string) =>
    asAgency(
      withPreface(preface, 2023, clean2021.report),
      'department',
      '鄂尔多斯市东胜区发展和改革委员会',
    );

  it('flags the real wording (鄂尔多斯市东胜区发展和改革委员会 2023)', () => {
    expect(
      keys(
        committee(
          '根据《中华人民共和国政府信息公开条例》的有关规定,现编制和发布东胜区2023年政府信息公开工作年度报告。',
        ),
      ),
    ).toContain(OTHER_AGENCY);
    expect(importedWarns(realText('2426-dongsheng-fgw-2023.txt'), OTHER_AGENCY)).toBe(true);
  });

  it('stays silent on the department’s own name, and on a region’s own report', () => {
    expect(
      keys(
        committee(
          '根据《中华人民共和国政府信息公开条例》的有关规定,现编制和发布东胜区发展和改革委员会2023年政府信息公开工作年度报告。',
        ),
      ),
    ).not.toContain(OTHER_AGENCY);
    expect(importedWarns(realText('046-tongzi-2022.txt'), OTHER_AGENCY)).toBe(false);
    expect(importedWarns(realText('2201-guangzhou-hg-2021.txt'), OTHER_AGENCY)).toBe(false);
  });
});

describe('template-text-left: the note’s words written as work done', () => {
  it('flags the real wording (吴堡县文化和旅游文物广电局 2021)', () => {
    expect(
      overviewWarns(
        '(五)监督保障工作情况:领导班子高度重视政务公开工作,精心安排部署,做好工作考核、社会评议和责任追究结果情况等监督保障。',
        TEMPLATE,
      ),
    ).toBe(true);
    expect(importedWarns(realText('2430-wubao-wlj-2021.txt'), TEMPLATE)).toBe(true);
  });

  it('stays silent on the note quoted as what the report covers, and on the work’s own words', () => {
    expect(
      overviewWarns(
        '全文包括主动公开、依申请公开、政府信息管理、平台建设、监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”)等方面。',
        TEMPLATE,
      ),
    ).toBe(false);
    expect(
      overviewWarns('同时加强工作考核、社会评议、责任追究、举报调查处理等制度建设。', TEMPLATE),
    ).toBe(false);
    expect(importedWarns(realText('055-changchun-changtong-2024.txt'), TEMPLATE)).toBe(false);
    expect(importedWarns(realText('1013-ewenke-qi-2019.txt'), TEMPLATE)).toBe(false);
  });
});
