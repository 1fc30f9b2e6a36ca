import { describe, expect, it } from 'vitest';
import {
  importedReport,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/** False warnings of the measure of 1319–1333 silenced after it (stop 41, helper f7), from the real wording. */

describe('a `其中` list in a bracket right after its whole (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  it('is silent on the kinds after the bracket (real: 中和镇 2025)', () => {
    const text =
      '2025年,中和镇通过政府门户主动公开动态信息161条(其中链接114条、文字信息47条),领导信息13条,重大民生信息16条。';
    expect(keys(withOverview(text, 2025))).not.toContain(KEY);
    expect(keys(importedReport(realText('1323-kaizhou-zhonghe-2025.txt')))).not.toContain(KEY);
  });
  it('still flags the bracket’s own parts adding to more than the whole', () => {
    const text =
      '2025年,中和镇通过政府门户主动公开动态信息161条(其中链接124条、文字信息47条),领导信息13条,重大民生信息16条。';
    expect(messageOf(withOverview(text, 2025), KEY)).toBe(
      '文中“主动公开动态信息161条”后的括号里列出的各项 124 + 47 = 171条，比 161条 多 10条：括号里应是这161条的分项，请核对各项和总数',
    );
  });
});

describe('the office’s answer on filling in the tables cited beside 30号 (notice-citation-unknown)', () => {
  const KEY = 'notice-citation-unknown:meta:2016-201';
  const preface =
    '本报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)、《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉 的通知》(国办公开办函〔2021〕30号)、《国务院办公厅政府信息与政务公开办公室关于政府信息公开年度报告有关项目填报问题的解释》(国办公开办函〔2016〕201号)、《四川省人民政府办公厅关于政府信息公开工作年度报告有关要求的通知》(川办便函〔2021〕306号)规定进行编制。';
  it('is silent on `国办公开办函〔2016〕201号` cited by its own title (real: 眉山市人社局 2022)', () => {
    expect(keys(withPreface(preface, 2022))).not.toContain(KEY);
    expect(keys(importedReport(realText('1333-meishan-rsj-2022.txt')))).not.toContain(KEY);
  });
  it('still flags 201号 cited with an annual-report notice’s title', () => {
    const wrong =
      '本报告根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2016〕201号)编制。';
    expect(keys(withPreface(wrong, 2022))).toContain(KEY);
  });
});

describe('a sub-heading with a space inside its bracket (subheading-number-skipped)', () => {
  const KEY = 'subheading-number-skipped:overview';
  it('reads `( 二)` as (二) (real: 眉山市人社局 2022)', () => {
    const text =
      '(一)主动公开情况\n2022年,我局主动公开政府信息120条。\n( 二)依申请公开情况。2022年,我局收到政府信息公开申请5件。\n(三)政府信息管理\n我局加强政府信息管理。';
    expect(keys(withOverview(text, 2022))).not.toContain(KEY);
    expect(keys(importedReport(realText('1333-meishan-rsj-2022.txt')))).not.toContain(KEY);
  });
  it('still flags (二) left out', () => {
    const text =
      '(一)主动公开情况\n2022年,我局主动公开政府信息120条。\n(三)政府信息管理\n我局加强政府信息管理。';
    expect(keys(withOverview(text, 2022))).toContain(KEY);
  });
});
