import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';
import { agencyInPreface } from './read-meta';

/** The three agencies the import misread at the measure of 2396–2440, mended after it (stop 59, f79). */

const agencyOf = (text: string): string => {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report.meta.agencyName;
};

describe('a preface opening with the report’s name, a comma before its rules', () => {
  it('names the body of a text with no title (real: 广元市体育局 2024)', () => {
    expect(agencyOf(realText('2419-guangyuan-tyj-2024.txt'))).toBe('广元市体育局');
    expect(
      agencyInPreface(
        '广元市体育局2024年政府信息公开工作年度报告,根据《中华人民共和国政府信息公开条例》编制。',
      ),
    ).toBe('广元市体育局');
  });

  it('names the town’s government over a title printing the county’s town only (real: 洪川镇 2024)', () => {
    expect(agencyOf(realText('2412-hongya-hongchuan-2024.txt'))).toBe('洪川镇人民政府');
  });

  it('leaves the title’s town where a sentence publishes the report (real: 安溪县福田乡 2020, 天长市永丰镇 2021)', () => {
    expect(agencyOf(realText('166-anxi-futian-2020.txt'))).toBe('安溪县福田乡');
    expect(agencyOf(realText('871-tianchang-yongfeng-2021.txt'))).toBe('天长市永丰镇');
  });

  it('still takes no placeless name so opened', () => {
    expect(agencyInPreface('区体育局2024年政府信息公开工作年度报告,根据《条例》编制。')).toBeNull();
  });
});

describe('a compiler opening 自治州 (自治县, 自治旗)', () => {
  it('is no agency: the prefecture’s name is lost (real: 博尔塔拉蒙古自治州科学技术局 2024)', () => {
    expect(agencyOf(realText('2427-boertala-kjj-2024.txt'))).toBe('');
    expect(agencyInPreface('本报告由自治县卫生健康局编制。')).toBeNull();
  });

  it('keeps an autonomous place’s named body', () => {
    expect(agencyInPreface('本报告由三都水族自治县林业局编制。')).toBe('三都水族自治县林业局');
  });
});
