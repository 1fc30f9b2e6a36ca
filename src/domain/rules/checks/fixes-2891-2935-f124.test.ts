import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import {
  asAgency,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2891–2935 mended after it (stop 70, fixer f124): the title naming a region's
 * body by its level alone under the page's banner naming it whole; the agency as a sentence's subject
 * with the end of its name lost; a national body's local bureau with a character of the national body's
 * name lost. From the real wording, with nearby wording of the corpus that must stay silent.
 */

const PLACE = 'agency-name-place-missing:title';
const LOST_OVERVIEW = 'agency-name-word-lost:overview';
const LOST_META = 'agency-name-word-lost:meta';

const titled = (agencyName: string, titleAgencyPlaceless: string): Report => {
  const report = asAgency(
    withOverview('2021年,本局认真落实条例。', 2021),
    'department',
    agencyName,
  );
  return { ...report, source: { ...report.source, titleAgencyPlaceless } };
};

describe('agency-name-place-missing: a region’s body by its level alone in the title (2891–2935)', () => {
  it('reads `自治区林业和草原局` under the banner `新疆维吾尔自治区林业和草原局` (real: 2900)', () => {
    expect(keys(titled('新疆维吾尔自治区林业和草原局', '自治区林业和草原局'))).toContain(PLACE);
    expect(importedWarns(realText('2900-xinjiang-lcj-2021.txt'), PLACE)).toBe(true);
  });

  it('stays silent on a title naming the region, and on a region’s title with no fuller name', () => {
    expect(
      keys(titled('新疆维吾尔自治区林业和草原局', '新疆维吾尔自治区林业和草原局')),
    ).not.toContain(PLACE);
    expect(importedWarns(realText('1982-xinjiang-sthjt-2023.txt'), PLACE)).toBe(false);
    expect(importedWarns(realText('294-guangxi-bbwb-2022.txt'), PLACE)).toBe(false);
  });
});

describe('agency-name-word-lost: the end of the name lost before a verb phrase (2891–2935)', () => {
  const banan = (text: string) =>
    asAgency(withOverview(text, 2024), 'department', '重庆市巴南区招商投资促进局');

  it('reads `巴南区招商投资全面落实` (real: 2914 巴南区招商投资促进局 2024)', () => {
    const said =
      '2024年,巴南区招商投资全面落实国务院、市政府、区政府关于政府信息公开工作的安排部署。';
    expect(keys(banan(said))).toContain(LOST_OVERVIEW);
    expect(importedWarns(realText('2914-banan-zstzj-2024.txt'), LOST_OVERVIEW)).toBe(true);
  });

  it('stays silent on the whole name, the field as the matter, and a field’s first word', () => {
    for (const fine of [
      '2024年,巴南区招商投资促进局全面落实国务院关于政府信息公开工作的安排部署。',
      '2024年,重庆市巴南区招商投资促进局认真落实条例。',
      '全区招商投资工作全面推进,巴南区招商投资环境持续优化。',
    ])
      expect(keys(banan(fine)), fine).not.toContain(LOST_OVERVIEW);
    const farm = asAgency(
      withOverview('2020年,平利县农业全面发展,平利县农业农村局认真落实条例。', 2020),
      'department',
      '平利县农业农村局',
    );
    expect(keys(farm)).not.toContain(LOST_OVERVIEW);
  });
});

describe('agency-name-word-lost: the national body’s name short of a character (2891–2935)', () => {
  const tax = (preface: string) =>
    asAgency(withPreface(preface, 2021), 'department', '国家税务总局广州市白云区税务局');

  it('reads `国家税务局广州市白云区税务局` (real: 2934 白云区税务局 2021)', () => {
    const said =
      '本报告由国家税务总局广州市白云区税务局编制。电子版可从国家税务局广州市白云区税务局网站专栏下载。';
    expect(keys(tax(said))).toContain(LOST_META);
    expect(importedWarns(realText('2934-baiyun-sw-2021.txt'), LOST_META)).toBe(true);
  });

  it('stays silent on the whole name, and on another national body named beside it', () => {
    for (const fine of [
      '本报告由国家税务总局广州市白云区税务局编制。电子版可从国家税务总局广州市白云区税务局网站下载。',
      '本报告由国家税务总局广州市白云区税务局编制,按照国家税务总局广州市税务局的部署开展工作。',
    ])
      expect(keys(tax(fine)), fine).not.toContain(LOST_META);
  });
});
