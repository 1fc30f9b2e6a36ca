import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { asAgency, keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 1019–1048 mended after it (stop 38, helper f3), from the real wording. */

describe("the overview's areas listed as the report's contents (part-count-mismatch)", () => {
  const KEY = 'part-count-mismatch:meta';
  it('flags `报告涵盖总体情况、…、监督保障等内容` (real: 弥勒市朋普镇 2024)', () => {
    const preface =
      '本报告依据《中华人民共和国政府信息公开条例》编制,旨在全面呈现弥勒市朋普镇人民政府2024年政府信息公开工作状况。报告涵盖总体情况、主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等内容。本报告中数据统计期限为2024年1月1日至2024年12月31日。';
    expect(messageOf(withPreface(preface, 2024), KEY)).toContain(
      '“政府信息管理”“政府信息公开平台建设”“监督保障”是「一、总体情况」的小项，不是报告的部分',
    );
  });
  it('is silent on a period said covered, or a list of parts in other words (real: corpus)', () => {
    for (const preface of [
      // 1034–1048's and others' prefaces (real).
      '本报告涵盖2021年1月1日至12月31日期间的政府信息公开工作情况,具体内容如下:',
      '报告涵盖总体概述、主动公开政府信息情况、接收并处理的信息公开申请、因信息公开引发的行政复议或诉讼案例分析、存在的主要问题及其改进措施等内容,并提及其他相关事项。',
      '报告内容涵盖总体情况、主动公开信息情况、依申请公开办理情况、行政复议与行政诉讼情况、存在的主要问题及改进措施、其他需说明的事项等六部分。',
    ])
      expect(keys(withPreface(preface, 2024))).not.toContain(KEY);
  });
});

describe('kinds listed without 其中 making nearly all of their whole (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  it('flags 1121 of 1125 (real: 弥勒市小江镇 2024)', () => {
    const text =
      '(一)主动公开情况\n2024年小江镇主动公开信息1125条,更新机构职能与领导信息2次,按要求更新规划计划栏目3条,更新工作动态1116条,公开部门预决算2条,组织1次“政府开放日”活动,推动政务公开向村级延伸。';
    expect(messageOf(withOverview(text, 2024), KEY)).toBe(
      '文中的总数为 1125条，随后列出的 3 项 3 + 1116 + 2 = 1121条（“更新机构职能与领导信息2次”以“次”计，未计入），比总数少 4条：各项已占总数的绝大部分，应是全部分项，请核对总数和各项',
    );
  });
  it('is silent on channels, a smaller share, or parts that add up (real: corpus)', () => {
    for (const text of [
      // 五华科技产业园 2022: channels, 271 of 278.
      '园区微信公众号发布信息278条,政府网站发布信息90条,融媒体中心发布信息78条,微博发布转载信息103条。',
      // 平潭综合实验区行政审批局 2024: 297 of 310, a share of 0.96.
      '主动公开政府信息310条,重大建设项目类信息279条、规范性文件类信息15条、行政许可类信息3条。',
      '2024年小江镇主动公开信息1121条,更新规划计划栏目3条,更新工作动态1116条,公开部门预决算2条。',
    ])
      expect(keys(withOverview(text, 2024))).not.toContain(KEY);
  });
});

describe('an agency named by its short name without its place (agency-name-place-missing)', () => {
  const KEY = 'agency-name-place-missing';
  it('flags `市国资委` (real: 天津市国资委 2025)', () => {
    expect(messageOf(asAgency(clean2021.report, 'department', '市国资委'), KEY)).toBe(
      '机关名称“市国资委”没有写明是哪个市（缺地名），请写全称（如“某某市国资委”）',
    );
  });
  it('is silent on a short name with its place, or a word starting with the level', () => {
    for (const name of ['广州市国资委', '昌吉州发改委', '自治区北部湾办', '市场监管委'])
      expect(keys(asAgency(clean2021.report, 'department', name))).not.toContain(KEY);
  });
});

describe('a municipality written without 市 before 人民政府 (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:meta';
  it('flags `《天津人民政府办公厅关于印发…的通知》` (real: 天津市国资委 2025)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》《天津人民政府办公厅关于印发天津市政府信息公开工作年度报告编制办法的通知》编制。';
    expect(messageOf(withPreface(preface, 2025), KEY)).toBe(
      '文中把“天津市人民政府”写作“天津人民政府”，地名“天津市”少了“市”：请核对',
    );
  });
  it('is silent on the whole name, or a site named 上海政府… (real: 闵行区马桥镇 2024)', () => {
    for (const preface of [
      '本年度报告根据《天津市人民政府办公厅关于印发天津市政府信息公开工作年度报告编制办法的通知》编制。',
      '在上海政府采购网上公开政府集中采购项目信息。',
    ])
      expect(keys(withPreface(preface, 2025))).not.toContain(KEY);
  });
});
