import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2126–2170 mended after it (stop 53, helper f53): the scope of a government
 * office's and a town's figures (an office saying only its requests are its own, 本级文件 as a part
 * listed, a name the work went out in, a zone's committee's office running the government portal),
 * another line's bureau guiding a department, a committee calling itself 我局, and a paragraph on
 * the sending up of 政务信息. From the real wording, with the corpus's texts that must stay silent.
 */

const SCOPE = 'government-scope-missing';

describe('government-scope-missing: figures of 2126–2170 said of no level', () => {
  it.each([
    ['2140-junan-shilianzi-2021.txt', '乡镇人民政府'],
    ['2142-liangjiang-bgs-2024.txt', '管委会办公室'],
    ['2154-liangjiang-bgs-2023.txt', '管委会办公室'],
    ['2143-liangping-zfb-2024.txt', '人民政府办公室'],
    ['2144-tongliang-zfb-2025.txt', '人民政府办公室'],
    // With them: an office calling itself 我办 only in its count of requests.
    ['478-haitang-zfb-2023.txt', '人民政府办公室'],
    // Decided real before, kept: the government's and the office's documents joined by a 顿号.
    ['1195-shuozhou-zfb-2023.txt', '人民政府办公室'],
  ])('warns on %s', (file, who) => {
    expect(importedMessage(realText(file), SCOPE)).toContain(who);
  });

  it.each([
    // The office naming itself the subject of its count of requests (stop 34's reading, kept).
    '302-shuozhou-zfb-2021.txt',
    '952-shuozhou-szfbgs-2024.txt',
    '518-yuzhong-zfb-2025.txt',
    // A committee's office counting in its own 专栏 or as the subject: a department's figures.
    '1407-changbaishan-bgs-2023.txt',
    '2078-wuhan-donghu-bgs-2024.txt',
    // A government's 本级文件 (`区政府本级文件344件`) is not a part listed.
    '616-dongcheng-district-2023.txt',
  ])('stays silent on %s', (file) => {
    expect(importedWarns(realText(file), SCOPE)).toBe(false);
  });
});

describe('other-line-of-work: another line’s bureau above guiding a department', () => {
  const KEY = 'other-line-of-work:overview';
  it('reads 市审计局的有力指导 in a 工信局’s report (2147)', () => {
    expect(importedMessage(realText('2147-changjiang-gxj-2023.txt'), KEY)).toContain(
      '市审计局的有力指导',
    );
  });
  it('stays silent on a department guided by its own line’s bureau', () => {
    for (const [name, overview] of [
      [
        '巨鹿县教育局',
        '2024年,教育局在县委、县政府的正确领导和市教育局指导下,扎实推进政务公开工作。',
      ],
      [
        '福州市自然资源和规划局',
        '我局信息公开工作在市委、市政府和省自然资源厅的正确领导下,认真贯彻落实《条例》。',
      ],
      ['营山县司法局', '在市司法局的精心指导下,我局不断完善政府信息公开制度。'],
    ] as const)
      expect(keys(asAgency(withOverview(overview, 2023), 'department', name))).not.toContain(KEY);
  });
  it('warns on the same wording in another department’s report', () => {
    expect(
      keys(
        asAgency(
          withOverview(
            '在区委、区政府的正确领导和市审计局的有力指导下,我局扎实推进政务公开。',
            2023,
          ),
          'department',
          '某区商务局',
        ),
      ),
    ).toContain(KEY);
  });
});

describe('other-agency-in-text: a committee calling itself 我局', () => {
  const KEY = 'other-agency-in-text:overview';
  it('reads 我局 in a 卫生健康委员会’s report (2161)', () => {
    expect(importedMessage(realText('2161-zhenglanqi-wjw-2022.txt'), KEY)).toContain('我局');
  });
  it('stays silent on a committee’s 我委, and on a zone’s committee’s 我局', () => {
    const overview = '2023年,我委认真贯彻落实《条例》,获取我委相关政府信息的渠道更加畅通。';
    expect(
      keys(asAgency(withOverview(overview, 2023), 'department', '某县卫生健康委员会')),
    ).not.toContain(KEY);
    const zone = '2023年,我局认真贯彻落实《条例》,扎实推进政务公开。';
    expect(
      keys(asAgency(withOverview(zone, 2023), 'department', '某经济开发区管理委员会')),
    ).not.toContain(KEY);
  });
});

describe('overview-item-off-topic: a paragraph on the sending up of 政务信息', () => {
  const KEY = 'overview-item-off-topic:overview';
  it('reads 信息报送情况…简报采用情况 (2159)', () => {
    expect(importedMessage(realText('2159-xisaishan-kxj-2020.txt'), KEY)).toContain('采用情况');
  });
  it.each([
    '1366-yanan-swj-2021.txt',
    '1907-xianning-nyncj-2024.txt',
    '880-weiyang-daminggong-2020.txt',
  ])('stays silent on the units’ sending up checked alone (%s)', (file) => {
    expect(importedWarns(realText(file), KEY)).toBe(false);
  });
});
