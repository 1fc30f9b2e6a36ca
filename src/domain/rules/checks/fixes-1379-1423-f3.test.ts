import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedReport,
  keys,
  messageOf,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1379–1423 mended after it (stop 44, helper f3), from the real wording:
 * the names of the report and of its agency, their years and citations.
 */

const JINSHI = '湘乡市金石镇';
const JINSHI_PREFACE =
  '根据《中华人民共和国政府信息公开条例》和湘乡市委政府关于新时代政务公开工作要求,现发布《湘乡市金石2024年政府信息公开工作年度报告》。';

describe('a town naming itself in its report’s name with its 镇 lost (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:meta';
  it('flags `现发布《湘乡市金石2024年…年度报告》` (real: 湘乡市金石镇 2024)', () => {
    const report = asAgency(withPreface(JINSHI_PREFACE, 2024), 'township', JINSHI);
    expect(messageOf(report, KEY)).toBe(
      '文中的报告名称把本机关写作“湘乡市金石”，少了“镇”：与机关名称“湘乡市金石镇”不一致，请核对',
    );
    expect(
      keys(asAgency(withPreface(JINSHI_PREFACE, 2024), 'township', '金石镇人民政府')),
    ).toContain(KEY);
  });
  it('is silent on the name whole, the place above it, or a department', () => {
    for (const [preface, agency] of [
      [JINSHI_PREFACE.replace('金石2024', '金石镇2024'), JINSHI],
      ['现发布《湘乡2024年政府信息公开工作年度报告》。', JINSHI],
      ['现发布《湘乡2024年政府信息公开工作年度报告》。', '湘乡市教育局'],
    ] as const)
      expect(keys(asAgency(withPreface(preface, 2024), 'township', agency))).not.toContain(KEY);
  });
  it('reads the title, not a page’s `索引号:… 发布目录:信息公开年度报告` line above it', () => {
    const text = `索引号:4303000006/2025-1353031 发布机构:金石镇 发布目录:信息公开年度报告\n\n湘乡市金石镇2024年政府信息公开工作年度报告\n\n${JINSHI_PREFACE}\n\n一、总体情况\n\n2024年,我镇认真贯彻落实政府信息公开工作要求。`;
    expect(importedReport(text).meta.agencyName).toBe(JINSHI);
  });
});

describe('a 街道办事处 named `<place>办事处` (agency-name-word-lost)', () => {
  it('is silent on an account’s name and a list (real: 沙包堡街道 2022)', () => {
    const overview =
      '2022年度我街道官方微信“都匀市人民政府沙包堡办事处”,截至2022年12月31日共推送1039条信息。公开的政府信息主要包括:四是本年度开展的各项工作、活动的工作动态;五是沙包堡办事处部门预(决)算和“三公”经费支出等。';
    const report = asAgency(withOverview(overview, 2022), 'township', '沙包堡街道办事处');
    expect(keys(report)).not.toContain('agency-name-word-lost:overview');
  });
  it('still flags it as the body to contact (real: 红花街道 2024)', () => {
    const preface = '如对本报告有任何疑问、意见,请与红花办事处办公室联系。';
    const report = asAgency(withPreface(preface, 2024), 'township', '红花街道办事处');
    expect(keys(report)).toContain('agency-name-word-lost:meta');
  });
});

describe('a report printed without its title naming its agency without its place (agency-name-place-missing)', () => {
  const KEY = 'agency-name-place-missing:meta';
  const placeless = (preface: string, year: number) =>
    asAgency(withPreface(preface, year), 'department', '');
  it('flags `2023年度区水利局…年度报告` and `2020年度县统计局…年度报告` (real: 昭化区水利局 2023, 息烽县统计局 2020)', () => {
    expect(
      messageOf(
        placeless('要求,现向社会公布2023年度区水利局政府信息公开工作年度报告。', 2023),
        KEY,
      ),
    ).toBe('序言称本机关为“区水利局”，没有写明是哪个区（缺地名），请写全称（如“某某区水利局”）');
    expect(
      keys(
        placeless(
          '根据《中华人民共和国政府信息公开条例》,特向制定2020年度县统计局信息公开年度报告。',
          2020,
        ),
      ),
    ).toContain(KEY);
  });
  it('is silent on the name with its place, on 我局, or with the agency known from the title', () => {
    expect(
      keys(placeless('现向社会公布2023年度昭化区水利局政府信息公开工作年度报告。', 2023)),
    ).not.toContain(KEY);
    expect(
      keys(placeless('现向社会公布2023年度我局政府信息公开工作年度报告。', 2023)),
    ).not.toContain(KEY);
    const known = asAgency(
      withPreface('现向社会公布2023年度区水利局政府信息公开工作年度报告。', 2023),
      'department',
      '广元市昭化区水利局',
    );
    expect(keys(known)).not.toContain(KEY);
  });
});

describe('requests carried over to a year not the next (wrong-year-in-text)', () => {
  it('flags `结转到2024年办理0件` in the 2024 report (real: 湘阴县东塘镇 2024)', () => {
    const text =
      '2024年全县共收到依申请公开件0件,上年度结转办理件0件,共办理完成0件,结转到2024年办理0件。';
    expect(messageOf(withOverview(text, 2024), 'wrong-year-in-text:overview:2024')).toBe(
      '2024年度的报告写“结转到2024年办理0件”：本年未办结的申请结转到下一年，应为“结转到2025年”，年份是否照抄了往年的报告？',
    );
  });
  it('is silent on the next year, or a year without 到/至 (the year it came from)', () => {
    for (const [text, year] of [
      ['全年收到申请1416件,在法定期限内答复1336件(结转到2025年80件)。', 2024],
      ['全年收到申请19件,其中18件已在法定期限内予以答复,1件结转至2023年度办理。', 2022],
      ['全年收到依申请公开47条,结转2021年1件,办结46件。', 2022],
    ] as const)
      expect(keys(withOverview(text, year)).filter((k) => k.startsWith('wrong-year'))).toEqual([]);
  });
});

describe('a notice’s name closed by 》 before its broken number, its 《 lost (text-stray-closer)', () => {
  const KEY = 'text-stray-closer:meta';
  it('flags `…关于印发〈…〉的通知》(国办公开办函〔202130号)` (real: 开福区发改局 2023)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》规定和国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔202130号)要求,现公布本报告。';
    expect(keys(withPreface(preface, 2023))).toContain(KEY);
  });
  it('is silent with its 《 written', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔202130号)要求,现公布本报告。';
    expect(keys(withPreface(preface, 2023))).not.toContain(KEY);
  });
});

describe('the report’s year opening a clause without its 年 (date-characters-missing)', () => {
  const KEY = 'date-characters-missing:overview';
  it('flags `,2023收到13项依申请公开申请` (real: 开福区发改局 2023)', () => {
    const text =
      '收件后及时组织工作人员跟进办理依法依规做好政府信息依申请公开工作,2023收到13项依申请公开申请,均已办结。';
    expect(messageOf(withOverview(text, 2023), KEY)).toBe(
      '文中“2023收到13项依申请公开申请”的年份后缺“年”字（应为“2023年收到13项依申请公开申请”），请补上',
    );
  });
  it('is silent on a count after a comma, or the year with its 年', () => {
    for (const text of [
      '全年共发布信息,2023条均已审核。',
      '全年主动公开信息,2000余条,均已审核。',
      '做好政府信息依申请公开工作,2023年收到13项依申请公开申请。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
});

describe('the report presented by `就…报告如下` under a short name (report-name-garbled)', () => {
  const KEY = 'report-name-garbled:overview';
  it('flags `就街道2024年度政府信息公开工作报告如下` (real: 柳北区钢城街道 2024)', () => {
    const text = '结合本街道实际,就街道2024年度政府信息公开工作报告如下:';
    expect(messageOf(withOverview(text, 2024), KEY)).toBe(
      '文中的报告名称“政府信息公开工作报告”缺“年度”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('is silent on the full name, or no name after 就 (real: 东街街道 2023)', () => {
    for (const text of [
      '结合工作实际,就全年信息公开重点工作报告如下:',
      '结合本街道实际,就街道2024年度政府信息公开工作年度报告如下:',
    ])
      expect(keys(withOverview(text, 2024))).not.toContain(KEY);
  });
});

describe('a title’s short name with its year’s 年 lost (report-name-garbled, date-characters-missing)', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》规定,现公布本报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。';
  const titled = (title: string) =>
    importedReport(
      `${title}\n\n${preface}\n\n一、总体情况\n\n2021年,我街道认真贯彻落实政府信息公开工作要求。`,
    );
  it('says both of `巩义市紫荆路街道2021政府信息公开年度报告` (real: 紫荆路街道 2021)', () => {
    const report = titled('巩义市紫荆路街道2021政府信息公开年度报告');
    expect(keys(report)).toEqual(
      expect.arrayContaining(['date-characters-missing:title', 'report-name-garbled:meta']),
    );
    expect(messageOf(report, 'report-name-garbled:meta')).toBe(
      '标题中的报告名称“政府信息公开年度报告”缺“工作”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('says only the lost 年 of a title whose name is whole', () => {
    const report = titled('巩义市紫荆路街道2021政府信息公开工作年度报告');
    expect(keys(report)).toContain('date-characters-missing:title');
    expect(keys(report)).not.toContain('report-name-garbled:meta');
  });
});
