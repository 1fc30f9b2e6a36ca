import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1289–1318 mended after it (stop 41, helper f6): a city 局 calling itself
 * `我厅` and naming a province's guide, phrases with a word lost or doubled (`多面`, `公开政府公开信息`,
 * `组建局…局`), the preface printed again under `一、总体情况`, sub-headings with and without `、`,
 * and an overview whose headed items leave out the platform; and one false warning silenced
 * (`开创政府信息工作新局面`). From the real wording, with the corpus's texts that must stay silent.
 */

const GARBLED = 'phrase-garbled:overview';
const OTHER = 'other-agency-in-text:overview';
const HEADING = 'section-heading-mismatch:overview';
const MIXED = 'subheading-number-style-mixed:overview';
const AREAS = 'overview-areas-missing';

const garbled = (text: string): boolean => keys(withOverview(text)).includes(GARBLED);
const garbledMessage = (text: string): string => messageOf(withOverview(text), GARBLED) ?? '';

describe('phrase-garbled: the real slips of 1289–1318', () => {
  it('says 多面 for 多方面 (real: 信丰县卫生健康委员会 2023)', () => {
    const text =
      '全年主动公开政府信息数465条,内容涉及年度财政预决算、机构职能、政策文件、规划计划、工作动态、年度工作报告、医疗卫生等多面内容。';
    expect(garbledMessage(text)).toContain('等多方面');
    expect(garbled('内容涉及医疗卫生等多方面内容。')).toBe(false);
    expect(garbled('培养一批多面手,全面提升业务能力。')).toBe(false);
  });
  it('says 公开政府公开信息 (real: 乌恰县 2025)', () => {
    const text =
      '2025年,通过政府网站、微信等多种渠道,主动公开政府公开信息、政府文件、便民政策等共计15条。';
    expect(garbledMessage(text)).toContain('公开政府信息');
    expect(garbled('在门户网站上公布政府公开信息,方便群众查阅。')).toBe(false);
    expect(garbled('主动公开政府信息、政府文件共计15条。')).toBe(false);
  });
  it('says 局 before a name ending in 局 (real: 台州市农业农村局 2019)', () => {
    const text = '机构改革后,重新组建局农业农村局政务公开领导小组,由局主要负责人任组长。';
    expect(garbledMessage(text)).toContain('组建局农业农村局');
    expect(garbled('机构改革后,重新组建局政务公开领导小组,由局主要负责人任组长。')).toBe(false);
    expect(garbled('及时调整市农业农村局政务公开领导小组。')).toBe(false);
  });
  it('is silent on 开创政府信息工作新局面 (real: 福州市市场监督管理局 2019)', () => {
    expect(
      garbled(
        '不断增强信息公开工作的主动性和前瞻性,开创政府信息工作新局面。通过市政府门户网发布。',
      ),
    ).toBe(false);
    // The corpus's decided slips stay said.
    expect(garbled('建立健全机制,扎实开展政府信息工作。具体情况如下:')).toBe(true);
    expect(garbled('不断提升政府信息工作质量和实效。')).toBe(true);
  });
});

describe('other-agency-in-text: a city 局 writing as a province 厅 (real: 台州市农业农村局 2019)', () => {
  const bureau = (text: string) =>
    asAgency(withOverview(text, 2019), 'department', '台州市农业农村局');
  it('says 我厅 and the province’s guide, in one finding', () => {
    const report = bureau(
      '2019年,我厅认真贯彻落实党中央和国务院关于全面推进政务公开工作的决策部署。组织对《浙江省农业农村厅政府信息公开指南》进行了修改完善,确保符合规定要求。',
    );
    expect(keys(report).filter((k) => k === OTHER)).toHaveLength(1);
    const message = messageOf(report, OTHER) ?? '';
    expect(message).toContain('“我厅”');
    expect(message).toContain('《浙江省农业农村厅政府信息公开指南》');
    expect(importedWarns(realText('1289-taizhou-nyncj-2019.txt'), OTHER)).toBe(true);
  });
  it('is silent on a bureau’s own guide and on a province 厅', () => {
    expect(
      keys(bureau('组织对《台州市农业农村局政府信息公开指南》进行了修改完善。')),
    ).not.toContain(OTHER);
    expect(
      keys(
        asAgency(
          withOverview('组织对《州乡村振兴局政府信息公开指南》进行了修改。', 2023),
          'department',
          '临夏州乡村振兴局',
        ),
      ),
    ).not.toContain(OTHER);
    expect(
      keys(
        asAgency(
          withOverview('2019年,我厅认真贯彻落实《条例》。', 2019),
          'department',
          '吉林省农业农村厅',
        ),
      ),
    ).not.toContain(OTHER);
  });
});

describe('section-heading-mismatch: the preface printed again under the heading', () => {
  it('says it (real: 清水县白驼镇 2025; 连云区教育局 2025)', () => {
    expect(importedMessage(realText('1308-qingshui-baituo-2025.txt'), HEADING)).toContain('序言');
    expect(importedWarns(realText('1303-lianyun-jyj-2025.txt'), HEADING)).toBe(true);
  });
});

describe('subheading-number-style-mixed: 、 after some sub-headings (real: 昌吉市市场监督管理局 2020)', () => {
  it('says it', () => {
    const text =
      '(一)、主动公开情况\n主动公开政府信息67条。\n(二)、依申请公开办理情况\n无。\n(三)、政府信息公开平台建设情况\n门户网站。\n(四)政府信息管理情况\n规范。\n(五)政府信息公开监督保障情况\n考核。';
    expect(messageOf(withOverview(text, 2020), MIXED)).toContain('(一)、主动公开情况');
  });
  it('is silent on one style throughout', () => {
    const text = '(一)、主动公开情况\n主动公开政府信息67条。\n(二)、依申请公开办理情况\n无。';
    expect(keys(withOverview(text, 2020))).not.toContain(MIXED);
    expect(
      keys(withOverview('(一)主动公开情况\n公开。\n(二)依申请公开\n无。', 2020)),
    ).not.toContain(MIXED);
  });
});

describe('overview-areas-missing: headed items without the platform (real: 东乡县人社局 2021)', () => {
  const items = (fourth: string) =>
    `2021年,县人力社保局主要通过县政府门户网站开展信息公开工作。\n(一)主动公开情况。我局通过政府门户网站信息公开平台主动公开各类文件通知。\n(二)依申请公开情况。共收到政府信息公开申请0件。\n(三)政府信息管理情况。规范政府信息发布和管理。\n${fourth}`;
  it('says the platform is missing', () => {
    const message =
      messageOf(withOverview(items('(四)监督保障情况。按照要求进行保密审查。')), AREAS) ?? '';
    expect(message).toContain('政府信息公开平台建设');
    expect(importedWarns(realText('1316-dongxiang-rsj-2021.txt'), AREAS)).toBe(true);
  });
  it('is silent when the platform has its item, or the items are not the areas one by one', () => {
    expect(
      keys(
        withOverview(
          items(
            '(四)政府信息公开平台建设情况。维护网站。\n(五)监督保障情况。按照要求进行保密审查。',
          ),
        ),
      ),
    ).not.toContain(AREAS);
    expect(
      keys(
        withOverview(items('(四)强化组织领导。在网站平台开设专栏。\n(五)监督保障情况。开展培训。')),
      ),
    ).not.toContain(AREAS);
  });
});
