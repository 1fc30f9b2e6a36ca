import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2396–2440 mended after it (stop 59, helper f79): the agency's own place
 * written twice in a row, and a compiler named by a bare 自治州 and its department. From the real
 * wording, with the corpus's texts that must stay silent.
 */

const DOUBLED = 'agency-name-word-doubled:meta';
const PLACELESS = 'agency-name-place-missing:meta';

describe('agency-name-word-doubled: the agency’s own place twice in a row', () => {
  const bureau = (preface: string) =>
    withPreface(preface, 2023, asAgency(clean2021.report, 'department', '南漳县科经局'));

  it('is read in the contact’s sentence (real: 南漳县科经局 2023)', () => {
    expect(importedWarns(realText('2413-nanzhang-kjj-2023.txt'), DOUBLED)).toBe(true);
    expect(importedMessage(realText('2413-nanzhang-kjj-2023.txt'), DOUBLED)).toContain(
      '南漳县南漳县',
    );
    expect(
      keys(bureau('对本年报有疑问,请与南漳县南漳县科学技术和经济信息化局办公室联系。')),
    ).toContain(DOUBLED);
  });

  it('is not the place once, nor a page’s path and title on two lines', () => {
    expect(
      keys(bureau('对本年报有疑问,请与南漳县科学技术和经济信息化局办公室联系。')),
    ).not.toContain(DOUBLED);
    expect(
      keys(bureau('首页>部门>南漳县\n南漳县科经局2023年政府信息公开工作年度报告')),
    ).not.toContain(DOUBLED);
    // real: 南漳县武安镇 2020, its page's path above its title.
    expect(importedWarns(realText('272-nanzhang-wuan-2020.txt'), DOUBLED)).toBe(false);
  });
});

describe('agency-name-place-missing: a compiler named by a bare 自治州', () => {
  const unnamed = (preface: string) =>
    withPreface(preface, 2024, asAgency(clean2021.report, 'department', ''));

  it('is read with no agency known (real: 博尔塔拉蒙古自治州科学技术局 2024)', () => {
    expect(importedWarns(realText('2427-boertala-kjj-2024.txt'), PLACELESS)).toBe(true);
    expect(importedMessage(realText('2427-boertala-kjj-2024.txt'), PLACELESS)).toContain(
      '没有写明是哪个自治州',
    );
    expect(
      keys(unnamed('本年度报告是根据《中华人民共和国政府信息公开条例》要求,由自治县林业局编制。')),
    ).toContain(PLACELESS);
  });

  it('is not an autonomous place named whole, nor the region’s body the text works under', () => {
    expect(
      keys(unnamed('本年度报告是根据《条例》要求,由三都水族自治县林业局编制。')),
    ).not.toContain(PLACELESS);
    expect(keys(unnamed('在自治区气象局的指导下,本报告由本局编制。'))).not.toContain(PLACELESS);
  });
});
