import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2081–2125 mended after it (stop 53, helper f47): phrase slips (中国 lost
 * or replaced in the set formula of the thought, 全年 twice in a clause, 工作要点 without 要,
 * 信息公开 for 主动公开 before a count, 的 between 贯彻落实 and its regulation, 由 lost between the
 * report and its parts). From the real wording, with nearby wording that must stay silent.
 */

const OVERVIEW = 'phrase-garbled:overview';
const PREFACE = 'phrase-garbled:meta';

describe('phrase-garbled: slips of 2081–2125 (f47)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2108-lvchun-daxing-2023.txt',
      '2023年,绿春县大兴镇人民政府坚持以习近平新时代这个特色社会主义思想为指导,全面贯彻落实党的二十大精神。',
      '习近平新时代中国特色社会主义',
      '中国 replaced in the set formula',
      [
        '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。',
        '深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神。',
      ],
    ],
    [
      '2097-shapingba-gafj-2021.txt',
      '(一)主动公开情况。全年门户网站全年共更新各类信息1567条,其中工作动态类信息1200条。',
      '“全年门户网站全年”疑为“全年门户网站”',
      '全年 twice in one clause',
      [
        '全年门户网站共更新各类信息1567条,全年未发生行政复议。',
        '全年主动公开信息120条、全年办结申请3件。',
        '2021年全年共更新各类信息1567条。',
      ],
    ],
    [
      '2084-daishan-hyyyj-2023.txt',
      '以县政府门户网站为第一平台,积极贯彻落实《条例》和年度政务公开工作点责任分解,持续做好主动公开。',
      '工作要点',
      '工作要点 without 要',
      [
        '积极贯彻落实《条例》和年度政务公开工作要点责任分解,持续做好主动公开。',
        '在各村设立政务公开工作点12个,方便群众查阅。',
      ],
    ],
    [
      '2091-zhaoqing-jjzd-sandadui-2021.txt',
      '2021年,我大队信息公开政府信息67条,包括大队工作动态、消防安全提示等。',
      '主动公开政府信息',
      '信息公开 for 主动公开 before a count',
      [
        '2021年,我大队主动公开政府信息67条,包括大队工作动态。',
        '通过政府信息公开专栏公开政府信息50条。',
        '做好政府信息公开政府网站建设工作。',
      ],
    ],
    [
      '2083-zibo-gxq-gafj-2022.txt',
      '坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实的《中华人民共和国政府信息公开条例》,坚持以公开为常态。',
      '“落实的《中华人民共和国政府信息公开条例》”疑为“落实《中华人民共和国政府信息公开条例》”',
      '的 between 贯彻落实 and its regulation',
      [
        '认真贯彻落实《中华人民共和国政府信息公开条例》,坚持以公开为常态。',
        '认真落实的《条例》要求得到全面执行。',
        '按照贯彻落实的《条例》和《办法》、《规定》等要求开展工作。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2023), OVERVIEW)).toContain(right);
      expect(importedMessage(realText(file), OVERVIEW)).toContain(right);
      for (const fine of silent) expect(keys(withOverview(fine, 2023))).not.toContain(OVERVIEW);
    });
});

describe('phrase-garbled: 由 lost between the report and its parts (2103)', () => {
  it('reads 全文六部分组成', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。全文六部分组成,包括总体情况、主动公开政府信息情况,共六部分组成。';
    expect(messageOf(withPreface(preface, 2024), PREFACE)).toContain('全文由六部分组成');
    expect(importedMessage(realText('2103-lusong-hejiatu-2024.txt'), PREFACE)).toContain(
      '全文由六部分组成',
    );
  });
  it('stays silent where 由 is written, or the parts are listed before 组成', () => {
    for (const fine of [
      '本报告全文由六部分组成,包括总体情况、主动公开政府信息情况等。',
      '本报告由总体情况、主动公开政府信息情况、其他需要报告的事项等六部分组成。',
      '报告全文包括六个部分。',
    ])
      expect(keys(withPreface(fine, 2024))).not.toContain(PREFACE);
  });
});
