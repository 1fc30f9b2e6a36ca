import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** A count of 0 the same statement goes on to contradict (texts 464–493, mended after their measure). */

describe('requests received 0, yet answered', () => {
  const said = (overview: string) =>
    messageOf(withOverview(overview), 'zero-requests-answered:overview');

  it('is said when the sentence goes on to an outcome done (real: 湟源县政府办公室 2021)', () => {
    expect(said('2.依申请公开政府信息情况。2021年我收到政府信息公开申请0次,按照程序已公开。')).toBe(
      '文中“收到政府信息公开申请0次,按照程序已公开”：收到的申请是0件，却又说已公开或已答复，前后矛盾：请核对收到的申请数，或删去处理结果',
    );
    expect(said('本年度共受理政府信息公开申请0件,均已按时答复。')).toBeDefined();
  });

  it('is not said of outcomes counted, of other requests, or of a 0 alone (real: 黎平县 2024, 桃江县 2022)', () => {
    for (const text of [
      '收到申请数0件,办结0件。',
      '收到依申请公开0件,公开0件,不予公开0件,因政府信息依申请公开引起行政复议0件,行政诉讼0件。',
      '本年度收到政府信息公开申请0件,上年结转2件,均已答复。',
      '收到政府信息公开申请0件。已公开的信息均在网站发布。',
      '收到政府信息公开申请0件,与去年相比减少4件。',
      '2.依申请公开政府信息情况。2021年收到政府信息公开申请3次,按照程序已公开。',
      // Since a fix of stop 44 after the measure of 1484–1513 (real: 崖州区教育局 2020): the outcome
      // counted none.
      '截止2020年12月31日,共收到依申请公开0件,予以公开0件。',
    ])
      expect(keys(withOverview(text))).not.toContain('zero-requests-answered:overview');
  });
});

describe('information made public 0, yet some published', () => {
  const said = (overview: string) =>
    messageOf(withOverview(overview), 'zero-proactive-published:overview');
  const jialian =
    '2024年街道共制作政府信息30条,其中主动公开信息0条,依申请公开信息22条,不予公开信息8条。此外,街道还公布了机构设置类信息1条、财政决预算及“三公”经费类信息5条、经济发展类信息1条。';

  it('is said when the same paragraph says what was published (real: 思明区嘉莲街道 2024)', () => {
    expect(said(jialian)).toBe(
      '文中说“主动公开信息0条”，同一段又说“公布了机构设置类信息1条”等：主动公开0条与所列公布的信息相矛盾，请核对主动公开的数量',
    );
  });

  it('is not said of a 0 alone, of one kind at 0, of requests, or across paragraphs (real: 弥渡县安乐乡 2019)', () => {
    for (const text of [
      '2019年度我乡主动公开政府信息0条。',
      jialian.replace('此外,街道还公布了', '此外,街道还公布\n'),
      jialian.replace('此外,', '\n此外,'),
      '主动公开规范性文件0件,发布了工作动态15条。',
      jialian.replace('主动公开信息0条', '主动公开信息19条'),
      '主动公开政府信息0条,公开了依申请公开信息2条。',
    ])
      expect(keys(withOverview(text))).not.toContain('zero-proactive-published:overview');
  });
});
