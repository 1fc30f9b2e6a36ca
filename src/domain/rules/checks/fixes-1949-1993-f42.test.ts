import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1949–1993 mended after it (stop 51, helper f42): the
 * preface under the heading, items off their heading, a year told on, a list after a colon, and a
 * period from a body's founding. From the real wording, with the corpus's texts that must stay silent.
 */

const HEADING = 'section-heading-mismatch:overview';
const OFF = 'overview-item-off-topic:overview';
const PERIOD = 'statistics-period-mismatch:meta';
const SUM = 'parts-sum-mismatch:overview';

describe('section-heading-mismatch: the annual report put forward under the heading', () => {
  it('reads `现将…工作年度报告如下` with a preface before the heading (1971, 1978)', () => {
    expect(importedMessage(realText('1971-wangcang-swj-2021.txt'), HEADING)).toContain(
      '现将2021年商务局政府信息公开工作年度报告如下',
    );
    expect(importedWarns(realText('1978-yongchun-shigu-2023.txt'), HEADING)).toBe(true);
  });

  it('stays silent on the year’s work put forward, the corpus’s lead-in (1954, 1904)', () => {
    expect(importedWarns(realText('1954-yanjiao-gxq-2025.txt'), HEADING)).toBe(false);
    expect(importedWarns(realText('1904-yicheng-gxs-2023.txt'), HEADING)).toBe(false);
  });
});

describe('statistics-period-mismatch: a body set up within the year', () => {
  const preface = (founded: string) =>
    `本年度报告根据《中华人民共和国政府信息公开条例》制作。因东河街道办事处于2024年5月28日${founded},故本报告所列数据的统计期限自2024年5月28日起至2024年12月31日止。`;

  it('stays silent on a period from the day the body was founded (1961)', () => {
    expect(keys(withPreface(preface('成立'), 2024))).not.toContain(PERIOD);
    expect(importedWarns(realText('1961-xincheng-donghe-2024.txt'), PERIOD)).toBe(false);
  });

  it('still says a period from another day', () => {
    expect(keys(withPreface(preface('召开会议'), 2024))).toContain(PERIOD);
  });
});

describe('wrong-year-in-text: the next year told on after the year’s work', () => {
  const KEY = 'wrong-year-in-text:overview:2025';

  it('reads `2025年,街道进一步强化…` right after the 2024 work (1961)', () => {
    const overview =
      '(一)主动公开情况\n2024年街道党政办及各部门通过区政府门户网站主动公开信息82条,主要包括街道的部门动态等内容。2025年,街道进一步强化组织领导、明确任务分工,持续拓宽政府信息公开的范围。';
    expect(messageOf(withOverview(overview, 2024), KEY)).toContain('2025年,街道进一步强化');
    expect(importedWarns(realText('1961-xincheng-donghe-2024.txt'), KEY)).toBe(true);
  });

  it('stays silent on a plan', () => {
    const overview =
      '(一)主动公开情况\n2024年街道主动公开信息82条。2025年,街道将进一步强化组织领导,持续拓宽政府信息公开的范围。';
    expect(keys(withOverview(overview, 2024))).not.toContain(KEY);
  });
});

describe('overview-item-off-topic: licences handled under 主动公开', () => {
  it('reads `…许可证共办理466件` beside the information published (1949)', () => {
    expect(importedMessage(realText('1949-wuyuan-lcj-2023.txt'), OFF)).toContain(
      '许可证共办理466件',
    );
  });

  it('stays silent on licences made public', () => {
    const overview =
      '(一)主动公开情况\n全年共发布信息111条,其中公示行政许可信息46条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。';
    expect(keys(withOverview(overview, 2023))).not.toContain(OFF);
  });
});

describe('overview-item-off-topic: a heading line broken inside its first sentence', () => {
  it('reads the requests told on the heading’s line (1984 silent)', () => {
    expect(importedWarns(realText('1984-tongxiang-shimen-2020.txt'), OFF)).toBe(false);
  });

  it('still says a heading over a one-word answer (驻马店市农业农村局 2019)', () => {
    expect(importedWarns(realText('1452-zhumadian-nyncj-2019.txt'), OFF)).toBe(true);
  });
});

describe('parts-sum-mismatch: kinds listed after a colon', () => {
  it('reads `政府信息123条:机构信息1条,…` (1987)', () => {
    expect(importedMessage(realText('1987-pingdu-ybj-2020.txt'), SUM)).toContain('93条');
  });

  it('stays silent when they add up', () => {
    const overview =
      '(一)主动公开情况\n全年主动公开政府信息20条:机构信息1条,公文法规3条,公告公示3条,工作动态13条。';
    expect(keys(withOverview(overview, 2020))).not.toContain(SUM);
  });
});

describe('regulations-below-level: a county office’s own 规章 interpreted', () => {
  const KEY = 'regulations-below-level:overview';

  it('reads `规章、规范性文件和重大政策文件解读率达到100%` (1972)', () => {
    expect(importedMessage(realText('1972-hejiang-zfb-2023.txt'), KEY)).toContain('解读率');
  });

  it('stays silent on 规章制度 and on documents without 规章', () => {
    const county = realText('1972-hejiang-zfb-2023.txt');
    for (const said of [
      '规章制度、规范性文件解读率达到100%',
      '规范性文件和重大政策文件解读率达到100%',
    ])
      expect(
        importedWarns(county.replace('规章、规范性文件和重大政策文件解读率达到100%', said), KEY),
      ).toBe(false);
  });
});
