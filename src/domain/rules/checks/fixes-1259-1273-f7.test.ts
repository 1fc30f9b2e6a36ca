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
import { partsExceedingWhole } from './parts-sum';

/**
 * Misses of the measure of 1259–1273 mended after it (stop 40, helper f7): counts of a list whose
 * part is broken down after `包含` and whose parts go on after semicolons, and other bodies' lines
 * of work in a report. From the real wording, with the corpus's texts that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const OTHER_AGENCY = 'other-agency-in-text:overview';
const OTHER_LINE = 'other-line-of-work:overview';

describe('parts-sum-mismatch: a part broken down after 包含, parts after semicolons', () => {
  const GUANGHAN =
    '(一)主动公开情况:2021年1月1日至2021年12月31日,广汉市应急管理局总共公开政府信息352条,其中:政策文件类公开207条,包含事故调查类11条,安全生产类95条,森林防灭火23条,疫情防控类4条,其他类文件97条;工作动态公开145条;2020年政府信息工作报告1条。';
  it('reads both lists of the real sentence (real: 广汉市应急管理局 2021)', () => {
    const found = partsExceedingWhole(GUANGHAN);
    expect(found.map((f) => [f.whole, f.parts])).toEqual([
      [352, [207, 145, 1]],
      [207, [11, 95, 23, 4, 97]],
    ]);
  });
  it('warns on the real text', () => {
    const text = realText('1260-guanghan-yjj-2021.txt');
    expect(importedWarns(text, PARTS)).toBe(true);
    expect(importedMessage(text, PARTS)).toContain('352');
  });
  it('is silent when both lists add up', () => {
    const fixed = GUANGHAN.replace('其他类文件97条', '其他类文件74条').replace('352条', '353条');
    expect(partsExceedingWhole(fixed)).toEqual([]);
  });
  it('is silent on a 包含 list naming a few of the part’s kinds (real: 邵阳市 2020)', () => {
    const shaoyang =
      '其中在市本级政府门户网站各个栏目共发布信息23558条,包含概况类信息418条,政务动态信息15272条,信息公开目录信息1792条。';
    expect(partsExceedingWhole(`共发布政府信息100899条。${shaoyang}`)).toEqual([]);
    expect(importedWarns(realText('1142-shaoyang-city-2020.txt'), PARTS)).toBe(false);
  });
  it('is silent on a 包含 list that adds up (real: 高椅乡 2025)', () => {
    expect(importedWarns(realText('935-huitong-gaoyi-2025.txt'), PARTS)).toBe(false);
  });
});

describe('other-agency-in-text: a department’s report naming another line’s work', () => {
  const WUHUA =
    '2020年,我局结合自然资源工作实际,积极推进政务公开工作,增强了自然资源各项工作的透明度和公开度,不断提高群众对人社工作的满意度。';
  it('warns on the real text (real: 五华县自然资源局 2020)', () => {
    const text = realText('1264-wuhua-zrzyj-2020.txt');
    expect(importedWarns(text, OTHER_AGENCY)).toBe(true);
    expect(importedMessage(text, OTHER_AGENCY)).toContain('人社工作的满意度');
  });
  it('warns on the sentence in a 自然资源局’s report', () => {
    const report = asAgency(withOverview(WUHUA, 2020), 'department', '五华县自然资源局');
    expect(messageOf(report, OTHER_AGENCY)).toContain('人社工作');
  });
  it('is silent in a 人力资源和社会保障局’s report', () => {
    const report = asAgency(withOverview(WUHUA, 2020), 'department', '五华县人力资源和社会保障局');
    expect(keys(report)).not.toContain(OTHER_AGENCY);
  });
  it('is silent on the government’s work (real: 徐泾镇 2024, `对政府工作的知晓度`)', () => {
    const text = '不断提高群众对政府工作的知晓度和满意度。';
    const report = asAgency(withOverview(text, 2020), 'department', '五华县自然资源局');
    expect(keys(report)).not.toContain(OTHER_AGENCY);
  });
});

describe('other-line-of-work: a township bringing one department’s functions to bear', () => {
  const FENGSHAN =
    '2024年,凤庆县凤山镇认真贯彻落实《中华人民共和国政府信息公开条例》,强化对政府信息公开工作的组织领导,发挥财政职能职责,压实责任,完善政府信息公开各项制度。';
  it('warns on the real text (real: 凤庆县凤山镇 2024)', () => {
    const text = realText('1271-fengqing-fengshan-2024.txt');
    expect(importedWarns(text, OTHER_LINE)).toBe(true);
    expect(importedMessage(text, OTHER_LINE)).toContain('发挥财政职能');
  });
  it('warns on the sentence in a town’s report', () => {
    const report = asAgency(withOverview(FENGSHAN, 2024), 'township', '凤庆县凤山镇人民政府');
    expect(keys(report)).toContain(OTHER_LINE);
  });
  it('is silent in a 财政局’s report', () => {
    const report = asAgency(withOverview(FENGSHAN, 2024), 'department', '凤庆县财政局');
    expect(keys(report)).not.toContain(OTHER_LINE);
  });
  it('is silent on a government’s own functions (real: 辽阳市 2023, `发挥政务公开职能`)', () => {
    expect(importedWarns(realText('1129-liaoyang-2023.txt'), OTHER_LINE)).toBe(false);
    const own = '充分发挥政务公开职能作用,发挥为民服务职能职责。';
    const report = asAgency(withOverview(own, 2024), 'township', '凤庆县凤山镇人民政府');
    expect(keys(report)).not.toContain(OTHER_LINE);
  });
});
