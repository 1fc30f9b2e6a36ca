import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1949–1993 mended after it (stop 51, helper f40): phrase slips of one
 * word each (依公开申请, 政治处罚, `双随机、两公开`, 收悉权, 未收 before a request, 依法申请公开 before
 * 开展) and 确保 with the content and no complement. From the real wording, with the corpus's texts
 * that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

const silent = (fine: readonly string[], year = 2023): void => {
  for (const text of fine) expect(keys(withOverview(text, year))).not.toContain(PHRASE);
};

describe('phrase-garbled: slips of one word each (1949–1993)', () => {
  it('reads 依公开申请 as 依申请公开 with two words swapped (1950, 422)', () => {
    const overview = '2023受理政府信息依公开申请1件,已答复。';
    expect(messageOf(withOverview(overview, 2023), PHRASE)).toContain('依申请公开');
    expect(importedWarns(realText('1950-bayannaoer-lcj-2023.txt'), PHRASE)).toBe(true);
    expect(importedWarns(realText('422-liaoning-nynct-2020.txt'), PHRASE)).toBe(true);
    silent([
      '全年共受理依申请公开13件。',
      '全年共收到政府信息公开申请13件。',
      '依公开申请人的要求提供纸质文本。',
    ]);
  });

  it('reads 政治处罚 as 行政处罚 (1953)', () => {
    const overview = '在政务公开平台增设规范性文件、行政许可、政治处罚、纾企助困等子栏目。';
    expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain('行政处罚');
    expect(importedWarns(realText('1953-tangshan-gxq-2022.txt'), PHRASE)).toBe(true);
    silent(['增设行政许可、行政处罚等子栏目。', '加强政治建设,严肃政治纪律。'], 2022);
  });

  it('reads `双随机、两公开` as 双随机、一公开 (1955)', () => {
    const overview = '通报4批“双随机、两公开”执法检查情况。';
    expect(messageOf(withOverview(overview), PHRASE)).toContain('双随机、一公开');
    expect(importedWarns(realText('1955-wuchang-yjglj-2023.txt'), PHRASE)).toBe(true);
    // The corpus's others (115, 108, 1644, 1250 …).
    silent([
      '统计数据11期、“双随机、一公开”信息5条。',
      '进一步推进双随机一公开,对企业开展检查。',
      '行政许可、行政处罚、双随机、一公开等方面信息。',
      '以及行政执法检查“双随机”信息数20条。',
    ]);
  });

  it('reads 收悉权 beside 知情权 as 知悉权 (1956)', () => {
    const overview = '充分保障群众对政府信息的知情权、收悉权。';
    expect(messageOf(withOverview(overview), PHRASE)).toContain('知悉权');
    expect(importedWarns(realText('1956-shennongjia-yjglj-2023.txt'), PHRASE)).toBe(true);
    silent(['充分保障群众的知情权、参与权和监督权。', '来函已收悉,我局及时答复。']);
  });

  it('reads 未收 right before a request as 未收到 (1949)', () => {
    const overview = '2023年,我局未收申请要求。';
    expect(messageOf(withOverview(overview), PHRASE)).toContain('未收到申请');
    expect(importedWarns(realText('1949-wuyuan-lcj-2023.txt'), PHRASE)).toBe(true);
    // 1176, 201, 734 (未收取) and 517 (新收申请).
    silent([
      '均在法定时限内作出答复,且未收取任何费用。',
      '2022年,区政府国资局未收取信息处理费。',
      '当年新收申请中,自然人提出申请3件。',
      '2023年,我局未收到政府信息公开申请。',
    ]);
  });

  it('reads 依法申请公开 before 开展, and 确保 the content with nothing ensured of it (1974)', () => {
    expect(messageOf(withOverview('今年我单位无依法申请公开开展情况。', 2020), PHRASE)).toContain(
      '依申请公开',
    );
    expect(messageOf(withOverview('提升政务公开质量,确保信息公开内容。', 2020), PHRASE)).toContain(
      '确保信息公开内容准确',
    );
    // One finding, the first slip named and both counted.
    const said = importedMessage(realText('1974-fufeng-slj-2020.txt'), PHRASE);
    expect(said).toContain('“依法申请公开”疑为“依申请公开”');
    expect(said).toContain('共 2 处');
    // 1746 (依法申请公开政府信息) and the corpus's 确保…内容… with what is ensured said.
    silent(
      [
        '制定依法申请公开政府信息的工作规范。',
        '公民、法人和其他组织可以依法申请公开政府信息。',
        '确保信息内容实时更新。',
        '确保答复内容完整、准确、清晰。',
        '确保及时更新网站内容,提升服务水平。',
        '确保法定主动公开内容全部公开到位。',
      ],
      2020,
    );
  });
});
