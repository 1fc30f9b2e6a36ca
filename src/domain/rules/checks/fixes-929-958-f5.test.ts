import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';
import { clean2021 } from '@templates/fixtures/format-2021/clean';

/**
 * Misses of the measure of 929–958 mended after it (stop 37, helper f5), from the real wording.
 */

const SUBHEADING = 'overview-subheading-garbled:overview';

describe('an area’s words in a sub-heading with a two-character word lost (overview-subheading-garbled)', () => {
  it('reads 政府信息平台建设, 公开 lost (real: 海城市西四镇 2025, decided at stop 37)', () => {
    const text =
      '(三)政府信息管理。规范发布流程。\n    (四)政府信息平台建设。2025年,我镇充分利用政府网站。';
    expect(messageOf(withOverview(text, 2025), SUBHEADING)).toBe(
      '总体情况的小标题“(四)政府信息平台建设”缺“公开”二字，应为“（四）政府信息公开平台建设”，请核对（复制时丢了字符）',
    );
  });
  it('reads it with 情况 after it (real: 合作市 2023)', () => {
    const text = '(四)政府信息平台建设情况。一是认真领会并落实。\n(五)监督保障情况。';
    expect(messageOf(withOverview(text, 2023), SUBHEADING)).toBe(
      '总体情况的小标题“(四)政府信息平台建设情况”缺“公开”二字，应为“（四）政府信息公开平台建设情况”，请核对（复制时丢了字符）',
    );
  });
  it('reads it in a text joined on one line, after a stop (real: 宣州区黄渡乡 2024)', () => {
    const text =
      '确保信息更新及时有效。 (四)政府信息平台建设 2024年我乡对政府信息公开专栏进行了维护。 (五)监督保障 加强考核。';
    expect(keys(withOverview(text, 2024))).toContain(SUBHEADING);
  });
  it('reads 依申请信息, 公开 lost (real: 扶风县 2022)', () => {
    const text =
      '(二)规范依申请信息工作流程。我县收到依申请公开21件,均按期予以答复。\n(三)政府信息管理。';
    expect(messageOf(withOverview(text, 2022), SUBHEADING)).toBe(
      '总体情况的小标题“(二)规范依申请信息工作流程”缺“公开”二字，应为“（二）规范依申请公开信息工作流程”，请核对（复制时丢了字符）',
    );
  });
  it('reads 主动公开政府的情况, 信息 lost (real: 西平县焦庄乡 2019)', () => {
    const text =
      '(一)主动公开政府的情况\n2019年,我乡共发布动态信息23条。\n(二)依申请公开政府信息办理情况';
    expect(messageOf(withOverview(text, 2019), SUBHEADING)).toBe(
      '总体情况的小标题“(一)主动公开政府的情况”缺“信息”二字，应为“（一）主动公开政府信息情况”，请核对（复制时丢了字符）',
    );
  });
  it('is silent on the areas whole, in other words, or the words in another order (corpus)', () => {
    for (const text of [
      '(四)政府信息公开平台建设情况。持续优化门户网站。',
      // 政务 for 政府 (real: 五常市自然资源局 2024, 162): wording, not a character lost.
      '(四)政务信息公开平台建设情况。持续优化门户网站。',
      '(二)依申请公开政府信息办理情况。全年未收到申请。',
      // `依申请信息公开` (real: 390 `完善依申请信息公开流程`): the words in another order.
      '(二)规范依申请信息公开流程。全年收到申请3件。',
      '(一)主动公开政府信息情况。全年主动公开信息58条。',
      '(一)主动公开政府文件情况。全年主动公开文件5件。',
      // Not a sub-heading: a preface listing the areas (real: 鄂州市人民政府办公室 2022), a sentence.
      '全文包括主动公开、依申请公开、政府信息管理、政府信息平台建设、监督保障等方面。',
      '规范政府信息平台建设。本年度累计主动公开政府信息130条。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(SUBHEADING);
  });
});

describe('a township doing the county’s work, 了 after the verb (township-scope-above-level)', () => {
  const TOWNSHIP = 'township-scope-above-level:overview';
  const town = (text: string) =>
    asAgency(withOverview(text, 2020), 'township', '嘉鱼县潘家湾镇人民政府');
  it('reads 切实推进了全县政府信息公开工作 (real: 嘉鱼县潘家湾镇 2020)', () => {
    const text =
      '我镇认真贯彻落实《中华人民共和国政府信息公开条例》,并把政府信息公开工作作为建设服务政府、透明政府、阳光政府的重要举措,切实推进了全县政府信息公开工作。';
    expect(messageOf(town(text), TOWNSHIP)).toBe(
      '乡镇（街道）的年度报告写“推进了全县政府信息公开工作”：乡镇（街道）不负责全县的工作，是否照抄了上级的报告？请改为本乡镇（街道）的工作',
    );
  });
  it('is silent on helping with the county’s work, and on the town’s own', () => {
    for (const text of [
      '我镇积极配合推进全县政府信息公开工作。',
      '我镇协助做好全县政府信息公开工作。',
      '切实推进了全镇政府信息公开工作。',
      '按照全县统一部署,推进了政府信息公开工作。',
    ])
      expect(keys(town(text))).not.toContain(TOWNSHIP);
  });
});

describe('an unnamed report that speaks as a town, its preface as a 局 (other-agency-in-text)', () => {
  const OTHER = 'other-agency-in-text:meta';
  // Only the overview (an excerpt: the clean report's other texts speak as its 局).
  const unnamed = (overview: string) => {
    const report = asAgency(withOverview(overview, 2023), 'department', '');
    return { ...report, narrative: { overview } };
  };
  const body =
    '\n(一)主动公开情况\n我镇信息公开的方式有政府门户网站公开、微信公众号公开。2023年度我镇通过三务公开平台公布信息共2135条。我镇现有一个公众号。\n(二)依申请公开情况\n2023年度我镇无申请公开政务信息情况。';
  it('reads 我局 in the preface of a text saying 我镇 (real: 吐列毛杜镇 2023)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》要求制作。报告内容包括2023年我局政府信息公开总体情况。如对本年度报告有疑问,请与科右中旗政务服务局办公室联系。';
    expect(messageOf(unnamed(preface + body), OTHER)).toBe(
      '正文多以“我镇”自称（乡镇（街道）），正文却以“我局”自称（部门，与“我镇”并用）：是否照抄了其他单位的报告，或编制机关写错？请核对本报告是哪个单位的',
    );
  });
  it('is silent on a town’s text alone, and on a 局 naming a town it works with', () => {
    expect(keys(unnamed(`报告内容包括2023年我镇政府信息公开总体情况。${body}`))).not.toContain(
      OTHER,
    );
    // A 局's own text, `我镇` too few to tell a town's.
    expect(
      keys(unnamed('我局高度重视政务公开工作。我局指导我镇统计站做好公开。我局全年公开信息30条。')),
    ).not.toContain(OTHER);
    // Named: the text is read against the name (a clean report's own agency).
    expect(keys({ ...clean2021.report })).not.toContain(OTHER);
  });
});

describe('the year’s work done under an earlier year’s tasks of 政务公开 (notice-citation-wrong)', () => {
  const text =
    '2023年,阿城区河东街道办事处全面贯彻落实《条例》和国家、省、市、区工作部署,按照《哈尔滨市人民政府办公厅关于印发哈尔滨市2020年政务公开重点工作任务责任分解表的通知》(哈政办发〔2020〕28号),圆满完成2023年度政务公开工作。';
  it('reads the tasks of 2020 in a 2023 report (real: 阿城区河东街道 2023)', () => {
    expect(
      messageOf(withOverview(text, 2023), 'notice-citation-wrong:overview:key-points-2020'),
    ).toBe(
      '文中说2023年的工作依据2020年政务公开重点工作任务责任分解表开展：那是3年前的任务，2023年度应依据当年的政务公开工作要点（是否照抄了往年的报告？）',
    );
  });
  it('is silent on the year’s own tasks (corpus: 凉山州审计局 2023, 昌图县 2022)', () => {
    for (const [said, year] of [
      [text, 2020],
      ['落实《凉山州人民政府办公室关于印发凉山州2023年政务公开重点工作安排的通知》要求。', 2023],
      ['按照市、县2022年政务公开重点任务分工开展工作。', 2022],
      // The year after the one reported on (the next year's tasks, published early).
      ['按照《2024年政务公开重点工作任务分工》做好准备。', 2023],
    ] as const)
      expect(keys(withOverview(said, year)).filter((k) => k.includes('key-points'))).toEqual([]);
  });
});
