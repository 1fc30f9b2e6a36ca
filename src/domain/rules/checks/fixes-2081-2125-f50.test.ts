import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2081–2125 mended after it (stop 53, helper f50): names, citations and
 * headings (a body's 局 lost before a `以…为…` phrase, another kind of development zone spoken of as the
 * body's own, the notice's number with a wrong prefix and a wrong year, a text laid out in parts of its
 * own with none of the format's headings). From the real wording, with nearby wording that stays silent.
 */

const WORD_LOST = 'agency-name-word-lost:overview';
const OTHER_AGENCY = 'other-agency-in-text:overview';

describe('agency-name-word-lost: the kind lost before a `以…为…` phrase', () => {
  const bureau = (overview: string) =>
    asAgency(withOverview(overview), 'department', '岱山县海洋与渔业局');

  it('flags `岱山县海洋与渔业以县政府门户网站为第一平台` (real: 岱山县海洋与渔业局 2023)', () => {
    expect(
      keys(bureau('2023年,岱山县海洋与渔业以县政府门户网站为第一平台,积极贯彻落实《条例》。')),
    ).toContain(WORD_LOST);
    expect(importedWarns(realText('2084-daishan-hyyyj-2023.txt'), WORD_LOST)).toBe(true);
    expect(importedMessage(realText('2084-daishan-hyyyj-2023.txt'), WORD_LOST)).toContain('局');
  });

  it('stays silent on the whole name, or the field as a field', () => {
    for (const overview of [
      '2023年,岱山县海洋与渔业局以县政府门户网站为第一平台,积极贯彻落实《条例》。',
      '围绕岱山县海洋与渔业发展大局,做好政务公开。',
      '我局以县政府门户网站为第一平台,持续做好主动公开。',
    ])
      expect(keys(bureau(overview)), overview).not.toContain(WORD_LOST);
  });
});

describe('other-agency-in-text: another kind of development zone as the body’s own', () => {
  const zoneBody = (overview: string, agency = '枣庄高新区消防救援大队') =>
    asAgency(withOverview(overview), 'department', agency);

  it('flags `主动融入经开区发展大局` in a 高新区 body (real: 枣庄高新区消防救援大队 2025)', () => {
    expect(
      keys(zoneBody('2025年,我大队在区党工委、管委会的正确领导下,主动融入经开区发展大局。')),
    ).toContain(OTHER_AGENCY);
    expect(importedWarns(realText('2090-zaozhuang-gxq-xfjydd-2025.txt'), OTHER_AGENCY)).toBe(true);
  });

  it('flags the other way round: 高新区 as an 经开区 body’s own', () => {
    expect(keys(zoneBody('全力服务高新区发展大局。', '某某经济技术开发区管委会'))).toContain(
      OTHER_AGENCY,
    );
  });

  it('stays silent on the own kind, another zone named by its place, or no zone in the name', () => {
    expect(keys(zoneBody('主动融入高新区发展大局。'))).not.toContain(OTHER_AGENCY);
    expect(keys(zoneBody('与枣庄经开区联合开展宣传。'))).not.toContain(OTHER_AGENCY);
    expect(keys(zoneBody('主动融入经开区发展大局。', '枣庄市消防救援支队'))).not.toContain(
      OTHER_AGENCY,
    );
  });
});

describe('notice-citation-unknown: a wrong prefix with a wrong year', () => {
  const notice =
    '《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》';

  it('flags `国办公开办涵〔2022〕30号` after the 2021 notice’s title (real: 陆丰市彩云镇 2022)', () => {
    const report = withPreface(`根据${notice}(国办公开办涵〔2022〕30号)要求,编制本年度报告。`);
    expect(keys(report)).toContain('notice-citation-unknown:meta:2022-30');
    expect(
      importedWarns(
        realText('2101-lufeng-caiyun-2022.txt'),
        'notice-citation-unknown:meta:2022-30',
      ),
    ).toBe(true);
    expect(
      importedMessage(
        realText('2101-lufeng-caiyun-2022.txt'),
        'notice-citation-unknown:meta:2022-30',
      ),
    ).toContain('国办公开办函〔2021〕30号');
  });

  it('keeps the wrong prefix alone as before, and a number without the notice’s title silent', () => {
    const prefixOnly = withPreface(`根据${notice}(国办公开办涵〔2021〕30号)要求,编制本年度报告。`);
    expect(keys(prefixOnly)).toContain('notice-citation-unknown:meta:国办公开办涵-2021-30');
    const bare = withPreface('按照国办秘函〔2022〕30号要求,编制本年度报告。');
    expect(keys(bare).filter((k) => k.startsWith('notice-citation-unknown'))).toEqual([]);
  });
});

describe('section-heading-mismatch: a text laid out in parts of its own, no heading of the format', () => {
  it('flags 2100 (real: 南昌市东湖公安分局 2020, `一、加强组织领导,建立健全工作机制。`)', () => {
    const text = realText('2100-nanchang-donghu-gafj-2020.txt');
    expect(importedWarns(text, 'section-heading-mismatch:overview')).toBe(true);
    expect(importedMessage(text, 'section-heading-mismatch:overview')).toContain('一、总体情况');
  });

  it('stays silent on a report typed in the form (no source)', () => {
    expect(
      keys(withPreface('一、加强组织领导,建立健全工作机制。一是健全组织架构。')),
    ).not.toContain('section-heading-mismatch:overview');
  });
});
