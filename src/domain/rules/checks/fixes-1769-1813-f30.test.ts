import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1769–1813 mended after it (stop 49, helper f30): phrase slips, a bracket's
 * parts against its count, a count of kinds, a town's scope, a department telling its region's
 * supervision, and one false warning silenced (a town's own documents issued). From the real
 * wording, with the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PARTS = 'parts-sum-mismatch:overview';
const LIST = 'list-count-mismatch:overview';
const SCOPE = 'government-scope-missing';
const REGION = 'region-figures-in-unit-report:overview';

describe('phrase-garbled: one word slipped', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      '积极稳妥推进依申请公开了各股室办公职能和办事流程。',
      '“推进依申请公开了”疑为“推进依申请公开，公开了”',
      '1770-jieyang-rongcheng-nyncj-2022.txt',
    ],
    [
      '通过微信公众号发布政策解读、消费提示、监管态等信息178条。',
      '“监管态”疑为“监管动态”',
      '1775-qinzhou-scjgj-2025.txt',
    ],
    [
      '如:机关职能、机构设置、办公地址、办公室间、联系方式及负责人姓名。',
      '“、办公室间”疑为“、办公时间”',
      '1796-xicheng-baizhifang-2019.txt',
    ],
    [
      '进一步推进林决策、执行、管理、服务和结果公开。',
      '“推进林决策、执行”疑为“推进决策、执行”',
      '1806-keyouzhongqi-lcj-2020.txt',
    ],
    [
      '明确了分管理领导及工作人员具体负责政府信息公开工作。',
      '“分管理领导”疑为“分管领导”',
      '1807-aershan-lcj-2021.txt',
    ],
    [
      '深入实施乡村战略,围绕群众关注关切的问题。',
      '“乡村战略”疑为“乡村振兴战略”',
      '1811-suibin-liansheng-2024.txt',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('is silent on the same words used right (the corpus’s own)', () => {
    for (const overview of [
      '网站主动公开了各类信息20条,及时主动公开了机构职能。',
      '全面推进决策、执行、管理、服务、结果公开,推进了决策、执行公开,推进行政决策、执行公开。',
      '落实行政决策、执行、管理、服务、结果公开。',
      '明确部分管理领导的职责,深入实施乡村振兴战略。',
      '发布工作动态、监管动态等信息,端正工作态度,把握政务态势。',
      '加强各办公室间的协调,公开办公地址、办公时间、联系方式。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('parts-sum-mismatch: a bracket of kinds after a count', () => {
  it('flags four kinds or more, closed, adding up to less than the count (real: 平凉市退役军人事务局 2023)', () => {
    const overview =
      '公布公开信息41条(通知公告15条,政策解读17条,党建工作2条,建议提案1条,预算决算及“三公”经费4条,政府公开年报1条)。';
    expect(messageOf(withOverview(overview), PARTS)).toContain('比 41条 少 1条');
    expect(importedWarns(realText('1808-pingliang-tyjrswj-2023.txt'), PARTS)).toBe(true);
  });
  it('flags a bracket the text is cut inside, its parts already more than the count', () => {
    const overview =
      '公布服务信息26条(权益维护8条,退役安置3条,就业创业8条,教育培训3条,军休服务5条,拥军优抚2条,英烈褒扬5条';
    expect(messageOf(withOverview(overview), PARTS)).toContain('比 26条 多 8条');
  });
  it('is silent on a bracket that adds up, names some only, or leaves most uncounted', () => {
    for (const overview of [
      '公布动态信息419条(时政要闻194条,工作动态81条,县区信息144条)。',
      '公布公开信息41条(通知公告15条,政策解读17条,党建工作2条,建议提案1条等)。',
      '公开信息100条(通知公告15条,政策解读17条,党建工作2条,建议提案1条)。',
      '公开信息41条(通知公告15条,政策解读17条,党建工作8条)。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PARTS);
  });
});

describe('list-count-mismatch: kinds said after a total, listed after a colon', () => {
  it('flags seven kinds said, six listed adding up to the total (real: 鲤城区农业农村和水利局 2022)', () => {
    const overview =
      '2022年,本部门主动公开政府信息10条,类别有七类:机构职能类信息1条,政策、规范性文件类信息2条,规划计划类信息3条,科教文体卫生类信息1条,安全生产、应急管理类信息2条,其他信息类1条,行政许可20件,行政事业性收费27.948692万元。';
    expect(messageOf(withOverview(overview), LIST)).toContain('（7 类）');
    expect(importedWarns(realText('1774-licheng-nyslj-2022.txt'), LIST)).toBe(true);
  });
  it('is silent where the kinds match, or do not add up to the total (some named only)', () => {
    for (const overview of [
      '主动公开政府信息10条,类别有六类:机构职能类信息1条,政策类信息2条,规划计划类信息3条,科教类信息1条,安全生产类信息2条,其他信息类1条。',
      '主动公开政府信息30条,类别有七类:机构职能类信息1条,政策类信息2条,规划计划类信息3条。',
    ])
      expect(keys(withOverview(overview))).not.toContain(LIST);
  });
});

describe('government-scope-missing: a town’s figures', () => {
  const town = (overview: string) =>
    asAgency(withOverview(overview, 2023), 'township', '寿县安丰塘镇人民政府');
  it('flags a count beside 本级政策文件, a kind of document (real: 寿县安丰塘镇 2023)', () => {
    expect(
      keys(town('2023年主动公开信息1047条,不断加强公开本级政策文件和政策解读工作。')),
    ).toContain(SCOPE);
    expect(importedWarns(realText('1777-shouxian-anfengtang-2023.txt'), SCOPE)).toBe(true);
  });
  it('is silent on the town’s own documents issued and published (real: 上海市松江区小昆山镇 2025)', () => {
    expect(
      keys(town('全年制发政府文件103件,其中非过程性公文类政府信息32条,均实现主动公开。')),
    ).not.toContain(SCOPE);
    expect(importedWarns(realText('1801-songjiang-xiaokunshan-2025.txt'), SCOPE)).toBe(false);
  });
  it('still reads 本级 of the figures themselves as the scope said', () => {
    expect(keys(town('2023年镇本级主动公开信息1047条。'))).not.toContain(SCOPE);
  });
});

describe('region-figures-in-unit-report: a department telling its region’s supervision', () => {
  const bureau = (overview: string) =>
    asAgency(withOverview(overview, 2020), 'department', '科右中旗林业和草原局');
  it('flags the 旗’s social review and accountability (real: 科右中旗林业和草原局 2020)', () => {
    expect(
      messageOf(
        bureau('社会评议情况。2020年,科右中旗政府信息公开社会评议工作坚持进一步增强监督。'),
        REGION,
      ),
    ).toContain('科右中旗全地区的社会评议、责任追究情况');
    expect(
      keys(bureau('责任追究情况。2020年科右中旗未发生因信息公开工作开展不当被责任追究现象。')),
    ).toContain(REGION);
    expect(importedWarns(realText('1806-keyouzhongqi-lcj-2020.txt'), REGION)).toBe(true);
  });
  it('is silent on the bureau’s own, or another region’s', () => {
    for (const overview of [
      '责任追究情况。2020年我局未发生因信息公开工作开展不当被责任追究现象。',
      '2020年,科右中旗林业和草原局未发生责任追究情况。',
      '2020年,兴安盟政府信息公开社会评议工作开展良好。',
    ])
      expect(keys(bureau(overview))).not.toContain(REGION);
  });
});
