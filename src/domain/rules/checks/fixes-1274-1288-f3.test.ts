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
import { shortReportNames } from '@/domain/format/report-name';

/**
 * Misses of the measure of 1274–1288 mended after it (stop 41, helper f3): a notice's number with
 * its year in curly braces, the report named after the work 政府信息与政务公开, the short name in
 * book-title marks after 现发布, and a sentence naming both a 区's and a 县's leaders. From the real
 * wording, with wording that must stay silent.
 */

const BROKEN = 'notice-citation-unknown:meta:broken-number';
const NAME = 'report-name-garbled:meta';
const OTHER_AGENCY = 'other-agency-in-text:overview';

const SHUGUANG = realText('1286-linhe-shuguang-2022.txt');
const GUOYANG = realText('1288-guoyang-slj-2025.txt');

describe('notice-citation-unknown: a number with its year in curly braces', () => {
  const CITED =
    '按照《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》(国办公开办函{2021}30号)的要求,编制本报告。';
  it('warns on the real preface (real: 曙光乡 2022)', () => {
    const report = withPreface(CITED, 2022);
    expect(keys(report)).toContain(BROKEN);
    expect(messageOf(report, BROKEN)).toContain('国办公开办函〔2021〕30号');
    expect(messageOf(report, BROKEN)).toContain('花括号');
  });
  it('warns on the real text', () => {
    expect(importedWarns(SHUGUANG, BROKEN)).toBe(true);
  });
  it('is silent on the number in 〔〕', () => {
    expect(keys(withPreface(CITED.replace('{2021}', '〔2021〕'), 2022))).not.toContain(BROKEN);
  });
  it('warns on full-width braces too', () => {
    expect(keys(withPreface(CITED.replace('{2021}', '｛2021｝'), 2022))).toContain(BROKEN);
  });
});

describe('report-name-garbled: the report named after the work 政府信息与政务公开', () => {
  const PRESENTED = '现将我2022年度政府信息与政务公开工作报告如下:';
  it('warns on the real sentence (real: 曙光乡 2022)', () => {
    const report = withPreface(PRESENTED, 2022);
    expect(keys(report)).toContain(NAME);
    expect(messageOf(report, NAME)).toContain('政府信息与政务公开工作报告');
  });
  it('warns on the real text', () => {
    expect(importedWarns(SHUGUANG, NAME)).toBe(true);
    expect(importedMessage(SHUGUANG, NAME)).toContain('政府信息与政务公开工作报告');
  });
  it('is silent on the work and on the name joined to the whole one', () => {
    expect(keys(withPreface('2022年度政府信息与政务公开工作取得明显成效。', 2022))).not.toContain(
      NAME,
    );
    expect(
      keys(withPreface('现将我乡2022年政府信息公开和政务公开工作年度报告公布如下:', 2022)),
    ).not.toContain(NAME);
  });
  it('is silent on a notice title it cites', () => {
    expect(
      keys(
        withPreface(
          '根据《关于做好2022年度政府信息与政务公开工作报告编制工作的通知》要求,现将我乡2022年政府信息公开工作年度报告公布如下。',
          2022,
        ),
      ),
    ).not.toContain(NAME);
  });
});

describe('report-name-garbled: a short name in book-title marks, presented', () => {
  const PUBLISHED = '现发布《涡阳县水利局2025年政府信息公开年度报告》。';
  it('warns on the real sentence (real: 涡阳县水利局 2025)', () => {
    const report = withPreface(PUBLISHED, 2025);
    expect(keys(report)).toContain(NAME);
    expect(messageOf(report, NAME)).toContain('“工作”');
  });
  it('warns on the real text', () => {
    expect(importedWarns(GUOYANG, NAME)).toBe(true);
  });
  it('reads the report itself in book-title marks (real: 大营镇 2023)', () => {
    expect(shortReportNames('大营镇党政办公室编制了《2023年度政府信息公开工作报告》')).toEqual([
      { name: '政府信息公开工作报告', year: 2023 },
    ]);
  });
  it('is silent on the whole name in book-title marks', () => {
    expect(
      keys(withPreface('现发布《涡阳县水利局2025年政府信息公开工作年度报告》。', 2025)),
    ).not.toContain(NAME);
  });
  it('is silent on a notice title holding the short name', () => {
    expect(
      keys(
        withPreface(
          '按照《关于做好2025年政府信息公开年度报告》的要求,现发布本机关2025年政府信息公开工作年度报告。',
          2025,
        ),
      ),
    ).not.toContain(NAME);
  });
});

describe('other-agency-in-text: a 区 and a 县 as leaders in one sentence', () => {
  const LED =
    '在区委、区政府的正确领导及县政府信息公开领导小组的指导下,曙光乡人民政府坚持以党的十九大精神为指导,认真贯彻落实信息公开工作部署。';
  const town = (text: string) => asAgency(withOverview(text, 2022), 'township', '曙光乡人民政府');
  it('warns on the real sentence (real: 临河区曙光乡 2022)', () => {
    const report = town(LED);
    expect(keys(report)).toContain(OTHER_AGENCY);
    expect(messageOf(report, OTHER_AGENCY)).toContain('县政府信息公开领导小组');
  });
  it('warns on the real text', () => {
    expect(importedWarns(SHUGUANG, OTHER_AGENCY)).toBe(true);
  });
  it('is silent on a 区 alone, or a named 县 in another sentence', () => {
    expect(keys(town(LED.replace('县政府', '区政府')))).not.toContain(OTHER_AGENCY);
    expect(
      keys(
        town(
          '在区委、区政府的正确领导下,我乡认真开展工作。我乡积极学习邻近的开阳县政府的经验,在其指导下完善制度。',
        ),
      ),
    ).not.toContain(OTHER_AGENCY);
  });
});
