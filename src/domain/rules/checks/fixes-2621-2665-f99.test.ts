import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Items of the measure of 2621–2665 read after it (stop 64, fixer f99): agency names. The agency's
 * field written with a character added (2661's wording; its own text prints the name in a channel
 * table the import does not keep as text, so 2661 itself stays missed), and a preface's `2019年是我局…`
 * no longer read as naming the body `是我局` (2633's false warning). From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

const WORD_LOST = 'agency-name-word-lost:overview';
const PLACE_MISSING = 'agency-name-place-missing:meta';

describe('agency-name-word-lost: the own field with a character added (2661)', () => {
  const subject =
    '2019年,东胜区文化和旅游局深入贯彻习近平新时代中国特色社会主义思想,认真贯彻落实《中华人民共和国政府信息公开条例》。';

  it('reads `区文化体和旅游局` beside the overview’s subject `东胜区文化和旅游局`', () => {
    const report = withOverview(`${subject}微信公众号:区文化体和旅游局微信公众号,发布432条。`);
    const said = asAgency(report, 'department', '');
    expect(keys(said)).toContain(WORD_LOST);
    expect(messageOf(said, WORD_LOST)).toContain('区文化体和旅游局');
  });

  it('reads it against the agency’s own name too', () => {
    const report = asAgency(
      withOverview('通过区文化体和旅游局微信公众号发布信息432条。'),
      'department',
      '东胜区文化和旅游局',
    );
    expect(keys(report)).toContain(WORD_LOST);
  });

  it('stays silent on the name whole, a joining word, a branch, or another body', () => {
    for (const overview of [
      `${subject}通过区文化和旅游局微信公众号发布信息432条。`,
      `${subject}通过区文化及旅游局微信公众号发布信息432条。`,
      `${subject}通过区文化体育和旅游局微信公众号发布信息432条。`,
      `${subject}会同市文化旅游局开展检查。`,
    ])
      expect(keys(asAgency(withOverview(overview), 'department', ''))).not.toContain(WORD_LOST);
    const environment = asAgency(
      withOverview('配合鄂尔多斯市生态环境局东胜区生态环境分局开展工作。'),
      'department',
      '东胜区生态环境局',
    );
    expect(keys(environment)).not.toContain(WORD_LOST);
  });
});

describe('agency-name-place-missing: a verb before `我局` is no name (2633)', () => {
  it('stays silent on `2019年是我局信息公开工作开局之年`', () => {
    const report = asAgency(
      withPreface(
        '2019年是我局信息公开工作开局之年,从挂牌组建起,我局严格按照《中华人民共和国政府信息公开条例》有关要求,深入推进我局信息公开工作。现将我局2019年度信息公开工作报告如下:',
        2019,
      ),
      'department',
      '',
    );
    expect(keys(report)).not.toContain(PLACE_MISSING);
    expect(importedWarns(realText('2633-changzhi-ybj-2019.txt'), PLACE_MISSING)).toBe(false);
  });

  it('still reads the department named by its kind alone after the year (尚志市医疗保障局 2021)', () => {
    const report = asAgency(
      withPreface('本报告是在认真总结2021年医疗保障局政府信息公开工作的基础上编制而成。', 2021),
      'department',
      '',
    );
    expect(keys(report)).toContain(PLACE_MISSING);
  });
});
