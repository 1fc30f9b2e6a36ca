import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withPart } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2711–2755 mended after it (stop 66, fixer f108): phrase slips (政府信息
 * 公开申请 swapped closing its clause, 同时 cut to 同, 网民留言 with 民 lost, two clauses run together
 * after a way of working, a sentence that is only its purpose), and one false warning silenced (a city
 * whose name ends in 城市 before its 城市管理局). From the real wording, with nearby wording of the
 * corpus that must stay silent.
 */

const KEY = 'phrase-garbled:overview';
const reportOf = (said: string) => withPart('overview', said, 2022);

describe('phrase-garbled: slips of 2711–2755', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2722-langao-minzhu-2024.txt',
      '24 小时接受群众的政府信息公开申请。本年度未收到政府信息申请公开。',
      '“政府信息申请公开”疑为“政府信息公开申请”',
      '政府信息公开申请 swapped closing its clause',
      [
        '本年度未收到政府信息公开申请。',
        '报告包括主动公开政府信息情况、政府信息申请公开情况、政府信息公开行政复议情况。',
        '严格执行国家和省、市、县信息申请公开有关规定。',
      ],
    ],
    [
      '2742-zhuoni-taoyan-2025.txt',
      '聚焦乡村振兴、涉农补贴等关键领域,同丰富公开内容优化村务公开栏目,细化公开事项清单。',
      '“同丰富”疑为“同时丰富”',
      '同时 cut to 同',
      [
        '聚焦乡村振兴等关键领域,同时丰富公开内容。',
        '将政府信息公开工作纳入政府工作重要议程,同其它工作同部署、同安排。',
        '与上年同比增长10%,同步更新公开内容。',
        '把政务公开工作与业务工作同部署、同落实、同考核。',
        '与中心工作同谋划、同推进、同落实。',
      ],
    ],
    [
      '2745-sunan-county-2023.txt',
      '及时处理答复“网留言”,回复县政府网站“网民留言”14条。',
      '文中“网留言”疑为“网民留言”',
      '网民留言 with 民 lost',
      [
        '2020年共受理人民网留言11条。',
        '通过区政府网站和人民网留言板咨询投诉。',
        '共受理民心网留言34件。',
        '今年以来,答复官网留言、省政府网站留言。',
      ],
    ],
    [
      '2732-hangzhou-cgj-2023.txt',
      '规范依申请公开办理程序,建立统一受理、归口办理、限时回复、挂账销号工作流程强化服务理念坚持柔性答复,加大与申请人沟通力度。',
      '“流程，强化服务”',
      'two clauses run together after a way of working',
      [
        '结合公文办理流程优化信息公开程序。',
        '卫生健康系统信息公开体制机制健全。',
        '建立工作流程,强化服务理念,坚持柔性答复。',
      ],
    ],
    [
      '2754-siming-wlj-2024.txt',
      '2024年度我局为规范政府信息公开内容,提高信息公布主动性、权威性和时效性。及时主动在思明区政府网站公布相关政府信息。',
      '（缺谓语）',
      'a sentence that is only its purpose',
      [
        '2024年度我局为规范政府信息公开内容,提高信息公布主动性,及时在区政府网站公布相关信息。',
        '为进一步提升政务公开质效,我局严格落实公开要求。',
        '为人民群众了解我市自然资源领域相关政策提供了便利条件。',
      ],
    ],
  ];
  for (const [file, said, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(reportOf(said), KEY)).toContain(right);
      for (const fine of silent) expect(keys(reportOf(fine)), fine).not.toContain(KEY);
      expect(importedWarns(realText(file), KEY), file).toBe(true);
    });

  it('reads a city ending in 城市 before its 城市管理局 as no doubled word (2735)', () => {
    const said =
      '同时结合我局实际,及时制定《盐城市城市管理局2023年政务公开工作计划》,明确责任分工。';
    expect(keys(reportOf(said))).not.toContain(KEY);
    expect(importedWarns(realText('2735-yancheng-cgj-2023.txt'), KEY)).toBe(false);
    // Still said where no body's name follows the doubled word.
    expect(messageOf(reportOf('全面推进城市城市管理领域信息公开。'), KEY)).toContain(
      '“城市城市”疑为“城市”',
    );
  });
});
