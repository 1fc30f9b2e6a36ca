import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '@/domain/report/types';
import {
  asAgency,
  issuesOf,
  keys,
  messageOf,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/** Misses of the measure of 1109–1138 mended after it (stop 39, helper f2), from the real wording. */

const LOST_META = 'agency-name-word-lost:meta';
const LOST_OVERVIEW = 'agency-name-word-lost:overview';
const OTHER_META = 'other-agency-in-text:meta';
const OTHER_OVERVIEW = 'other-agency-in-text:overview';
const LINE = 'other-line-of-work:overview';
const REGULATIONS = 'regulations-below-level:overview';

/** Every message of a key (the clean report's other texts speak as a 局: a township's report says so too). */
const messagesOf = (report: Report, key: string): string[] =>
  issuesOf(report)
    .filter((i) => i.key === key)
    .map((i) => i.message);

const street = asAgency(clean2021.report, 'township', '秦淮区人民政府红花街道办事处');
// A township's report: its overview speaks as the town (the clean report's is a 局's).
const town = withOverview(
  '2025年,我镇认真贯彻落实《条例》。',
  2025,
  asAgency(clean2021.report, 'township', '上海市宝山区大场镇人民政府'),
);
const unnamed = asAgency(clean2021.report, 'department', '');

describe('a 街道 office named without 街道 (agency-name-word-lost)', () => {
  it('flags `请与红花办事处办公室联系` (real: 红花街道 2024)', () => {
    const preface =
      '本年度报告是由秦淮区人民政府红花街道办事处办公室编制而成。如对本报告有任何疑问、意见,请与红花办事处办公室联系。';
    expect(messageOf(withPreface(preface, 2024, street), LOST_META)).toContain(
      '“红花办事处”，少了“街道”',
    );
  });
  it('flags it with no agency known, the text naming the 街道 whole (real: 红花街道 2024)', () => {
    const preface =
      '本年度报告是由秦淮区人民政府红花街道办事处办公室编制而成。如对本报告有任何疑问、意见,请与红花办事处办公室联系。';
    expect(messageOf(withPreface(preface, 2024, unnamed), LOST_META)).toContain(
      '“红花办事处”，少了“街道”',
    );
  });
  it('is silent on the name whole (real: corpus)', () => {
    const preface = '本年度报告是由秦淮区人民政府红花街道办事处办公室编制而成。';
    expect(keys(withPreface(preface, 2024, street))).not.toContain(LOST_META);
  });
});

describe('a province named with a character lost (agency-name-word-lost)', () => {
  it('flags `《辽省人民政府办公厅关于…的通知》` (real: 大东区前进街道 2020)', () => {
    const text =
      '根据《辽省人民政府办公厅关于做好2020年度政府信息公开工作报告编制发布等工作的通知》要求,编制本报告。';
    expect(messageOf(withOverview(text, 2020), LOST_OVERVIEW)).toContain('“辽宁”');
  });
  it('is silent on a province whole, or the bare 省政府 (real: corpus)', () => {
    for (const text of [
      '根据《辽宁省人民政府办公厅关于做好2020年度政府信息公开工作的通知》要求。',
      '认真落实省委、省政府的部署,按照省政府要求,推动全省政府信息公开。',
      '落实《黑龙江省人民政府办公厅关于…的通知》和浙江省政府的要求。',
      '根据省人民政府的要求,对照国、省政府的部署。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(LOST_OVERVIEW);
  });
});

describe("a township's contact at its district's office (other-agency-in-text)", () => {
  it('flags `请与宝山区人民政府办公室政务公开科联系` (real: 大场镇 2025)', () => {
    const preface =
      '本年度报告电子版可在“上海宝山”门户网站下载。如对本报告有疑问,请与宝山区人民政府办公室政务公开科联系(地址:上海市宝山区密山路5号)。';
    expect(messagesOf(withPreface(preface, 2025, town), OTHER_META).join('\n')).toContain(
      '“宝山区人民政府办公室政务公开科”',
    );
  });
  it("is silent on the township's own office, or a government's report (real: corpus)", () => {
    const own = withPreface('如对本报告有疑问,请与大场镇人民政府办公室联系。', 2025, town);
    expect(messagesOf(own, OTHER_META).join('\n')).not.toContain('联系');
    const district = asAgency(clean2021.report, 'government', '上海市宝山区人民政府');
    expect(
      keys(withPreface('如对本报告有疑问,请与宝山区人民政府办公室联系。', 2025, district)),
    ).not.toContain(OTHER_META);
  });
});

describe('a department calling itself 本政府 (other-agency-in-text)', () => {
  it("flags `主动公开本政府产生的政务信息` in a 局's text (real: 西平县 2021)", () => {
    const text =
      '以公开为原则,不公开为例外,主动公开本政府产生的政务信息。督促局属各单位做好政务公开工作。';
    expect(messageOf(withOverview(text, 2021, unnamed), OTHER_OVERVIEW)).toContain('“本政府”');
    const bureau = asAgency(clean2021.report, 'department', '西平县农业农村局');
    expect(keys(withOverview('主动公开本政府产生的政务信息。', 2021, bureau))).toContain(
      OTHER_OVERVIEW,
    );
  });
  it("is silent on a township's 本政府, or 本政府信息公开工作 (real: 芦庙乡 2021, 潞王坟乡 2021)", () => {
    const township = asAgency(clean2021.report, 'township', '西平县芦庙乡人民政府');
    expect(keys(withOverview('主动公开本政府产生的政务信息。', 2021, township))).not.toContain(
      OTHER_OVERVIEW,
    );
    expect(
      keys(withOverview('及时调整本政府信息公开工作的组织领导。督促局属各单位。', 2021, unnamed)),
    ).not.toContain(OTHER_OVERVIEW);
  });
});

describe("a township led by a line's superior organs (other-line-of-work)", () => {
  it('flags `在县委、县政府和上级公安机关的正确领导下` (real: 横道河子镇 2022)', () => {
    const township = asAgency(clean2021.report, 'township', '横道河子镇');
    const text = '2022年,在县委、县政府和上级公安机关的正确领导下,我镇认真贯彻落实《条例》。';
    expect(messageOf(withOverview(text, 2022, township), LINE)).toContain('上级公安机关');
  });
  it('is silent on the superior government leading it (real: corpus)', () => {
    const township = asAgency(clean2021.report, 'township', '横道河子镇');
    const text = '2022年,在县委、县政府和上级部门的正确领导下,我镇认真贯彻落实《条例》。';
    expect(keys(withOverview(text, 2022, township))).not.toContain(LINE);
  });
});

describe("a district's own 规章 store (regulations-below-level)", () => {
  const district = asAgency(clean2021.report, 'government', '南昌市青山湖区人民政府');
  it('flags `完善区级行政规章库建设` (real: 青山湖区 2022)', () => {
    const text = '深化行政规章、规范性文件集中公开,完善区级行政规章库建设。';
    expect(messageOf(withOverview(text, 2022, district), REGULATIONS)).toContain('区级行政规章');
  });
  it('is silent on the 规章 of the city or 规章制度 (real: corpus)', () => {
    for (const text of [
      '深化行政规章、规范性文件集中公开,完善区级行政规范性文件库建设。',
      '完善区级规章制度建设。',
      '转载市政府规章10件。',
    ])
      expect(keys(withOverview(text, 2022, district))).not.toContain(REGULATIONS);
  });
});
