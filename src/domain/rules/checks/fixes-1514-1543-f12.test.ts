import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1514–1543 mended after it (stop 45, helper f12): agency names and other
 * agencies' words (a bureau's kind lost in its report's name, a township's preface or a
 * government's sentence in a bureau's report, a prefecture's notice in a county bureau's preface),
 * a town's figures with 本级 or 全镇 unsaid, and two false warnings of the same check silenced. From
 * the real wording, with the corpus's texts that must stay silent.
 */

const WORD_LOST = 'agency-name-word-lost:meta';
const OTHER_META = 'other-agency-in-text:meta';
const OTHER_OVERVIEW = 'other-agency-in-text:overview';
const ABOVE = 'agency-scope-above-level:meta';
const SCOPE = 'government-scope-missing';

const bureauPreface = (preface: string, name: string, year = 2023) =>
  asAgency(withPreface(preface, year), 'department', name);
const town = (overview: string, name = '北京市密云区大城子镇人民政府') =>
  asAgency(withOverview(overview, 2025), 'township', name);

describe('agency-name-word-lost: a bureau’s 局 lost in its report’s own name', () => {
  const preface = (name: string) =>
    `根据《中华人民共和国政府信息公开条例》规定,现发布《${name}2023年政府信息公开工作年度报告》。`;
  it('flags `现发布《亳州市谯城区市场监管2023年…》` (real: 亳州市谯城区市场监督管理局 2023)', () => {
    const report = bureauPreface(preface('亳州市谯城区市场监管'), '亳州市谯城区市场监督管理局');
    expect(messageOf(report, WORD_LOST)).toBe(
      '文中的报告名称把本机关写作“亳州市谯城区市场监管”，少了“局”：与机关名称“亳州市谯城区市场监督管理局”不一致，请核对',
    );
    expect(importedWarns(realText('1519-qiaocheng-scjgj-2023.txt'), WORD_LOST)).toBe(true);
    // The same slip in 泉州市洛江区教育局's 2021 preface (`现公布泉州市洛江区教育2021年…`).
    expect(importedWarns(realText('106-luojiang-jyj-2021.txt'), WORD_LOST)).toBe(true);
  });
  it('is silent on the name whole or in its usual short form', () => {
    for (const name of ['亳州市谯城区市场监督管理局', '亳州市谯城区市场监管局'])
      expect(keys(bureauPreface(preface(name), '亳州市谯城区市场监督管理局'))).not.toContain(
        WORD_LOST,
      );
    expect(
      keys(
        bureauPreface(
          '现将泉州市洛江区教育局2021年政府信息公开工作年度报告公布如下。',
          '泉州市洛江区教育局',
        ),
      ),
    ).not.toContain(WORD_LOST);
  });
});

describe('other-agency-in-text: a township’s preface in a bureau’s report (real: 晋安区审计局 2019)', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》,特向社会公布2019年本镇政府信息公开工作年度报告。福州市晋安区审计局提供本报告的电子版下载。如对本报告有任何疑问,可致电福州市晋安区审计局,电话:0591-83639314。';
  const overview = '1、晋安区审计局主动公开政府信息的数量:今年主动公开信息3条。我局未收到申请。';
  const nameless = (p: string, o: string) =>
    asAgency({ ...withPreface(p, 2019), narrative: withOverview(o).narrative }, 'department', '');
  it('flags the real text and its preface', () => {
    expect(importedMessage(realText('1521-jinan-sjj-2019.txt'), OTHER_META)).toBe(
      '序言说现公布的是“本镇”的年度报告，本报告的机关却是“福州市晋安区审计局”（部门，序言所列的联系机关）：是否照抄了乡镇（街道）的报告？请核对序言中的报告名称',
    );
    expect(keys(nameless(preface, overview))).toContain(OTHER_META);
    expect(keys(bureauPreface(preface, '福州市晋安区审计局', 2019))).toContain(OTHER_META);
  });
  it('is silent on a township’s own preface, and on a contact its text names nowhere else', () => {
    // (The clean report's other texts speak as `我局`, said of a township by another rule.)
    const township = asAgency(
      withPreface('现将我镇2023年政府信息公开工作年度报告公布如下。', 2023),
      'township',
      '铁岭县熊官屯镇人民政府',
    );
    expect(messageOf(township, OTHER_META) ?? '').not.toContain('的年度报告，本报告的机关却是');
    expect(keys(nameless(preface, '今年主动公开信息3条。'))).not.toContain(OTHER_META);
  });
  it('no longer reads the bureau as a township for its scope', () => {
    expect(importedWarns(realText('1521-jinan-sjj-2019.txt'), SCOPE)).toBe(false);
  });
});

describe('other-agency-in-text: the region as the subject of the year’s work in a bureau’s report', () => {
  const overview =
    '推进政府信息公开工作是珠山区贯彻实施《中华人民共和国政府信息公开条例》的重要举措。在2022年我区认真贯彻《中华人民共和国政府信息公开条例》,切实加大政务公开工作力度。';
  it('flags `在2022年我区认真贯彻《…条例》` (real: 珠山区文广新旅局 2022)', () => {
    expect(importedMessage(realText('1524-zhushan-wgxlj-2022.txt'), OTHER_OVERVIEW)).toBe(
      '本报告的机关是“珠山区文广新旅局”（部门，序言所列的联系机关），文中却写“2022年我区认真贯彻《中华人民共和国政府信息公开条例》”：以“我区”为主语写全区的政府信息公开工作，是区人民政府报告的用语，是否照抄了政府的报告？请改为本机关的工作',
    );
    const report = asAgency(withOverview(overview, 2022), 'department', '珠山区文广新旅局');
    expect(keys(report)).toContain(OTHER_OVERVIEW);
  });
  it('is silent in a government’s report, and where the contact is a bureau its text names nowhere else (real: 钦州市 2024)', () => {
    for (const text of [
      '2021年,我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。',
      '2024年,我市深入贯彻落实《条例》,主动公开政府信息。',
    ])
      expect(keys(asAgency(withOverview(text), 'government', '光和县人民政府'))).not.toContain(
        OTHER_OVERVIEW,
      );
    expect(importedWarns(realText('1057-qinzhou-2024.txt'), OTHER_OVERVIEW)).toBe(false);
  });
});

describe('agency-scope-above-level: the year before the prefecture’s 全州 (real: 锦屏县生态移民局 2020)', () => {
  const preface =
    '为做好2020年全州政府信息公开工作年度报告编制及发布工作,根据《条例》要求,现公布锦屏县生态移民局2020年政府信息公开工作年度报告。';
  it('flags the county bureau’s preface', () => {
    expect(messageOf(bureauPreface(preface, '锦屏县生态移民局', 2020), ABOVE)).toBe(
      '锦屏县生态移民局的年度报告写“做好2020年全州政府信息公开工作”：锦屏县生态移民局不负责全州的工作，是否照抄了上级的报告？请改为本单位的工作',
    );
    expect(importedWarns(realText('1530-jinping-shengtaiyimin-2020.txt'), ABOVE)).toBe(true);
  });
  it('is silent in the prefecture’s own bureau’s report, and on following the area’s plans', () => {
    expect(keys(bureauPreface(preface, '黔东南州生态移民局', 2020))).not.toContain(ABOVE);
    expect(
      keys(bureauPreface('按照2020年全州统一部署,编制本报告。', '锦屏县生态移民局', 2020)),
    ).not.toContain(ABOVE);
  });
});

describe('government-scope-missing: the whole town’s 信息公开 led, said of no figures (real: 大城子镇 2025)', () => {
  it('warns on the real text and its sentences', () => {
    expect(importedWarns(realText('1535-miyun-dachengzi-2025.txt'), SCOPE)).toBe(true);
    expect(
      keys(
        town(
          '层层压实责任,统筹推进全镇信息公开与政务服务工作,确保组织到位、措施有力。全年累计主动公开政府信息68条。',
        ),
      ),
    ).toContain(SCOPE);
  });
  it('keeps the whole town’s 信息公开 counted as the scope said', () => {
    expect(keys(town('2025年,全镇信息公开共计68条。'))).not.toContain(SCOPE);
  });
});

describe('government-scope-missing: a town calling itself 我单位 as the maker of its information (real: 罗坊乡 2021)', () => {
  const luofang = (overview: string) => town(overview, '永安市罗坊乡人民政府');
  it('is silent on the real text and its sentence', () => {
    expect(importedWarns(realText('1523-yongan-luofang-2021.txt'), SCOPE)).toBe(false);
    expect(
      keys(luofang('2021年度我单位共制作信息15条,其中主动公开信息数15条,占比100%。')),
    ).not.toContain(SCOPE);
  });
  it('still warns on 我单位 publishing (荫子镇 2022) and on 我镇 making it (上京镇 2025)', () => {
    for (const text of [
      '2022年,我单位主动公开政府信息39条。',
      '2025年度我镇共制作信息6条,其中主动公开信息数6条。',
    ])
      expect(keys(luofang(text))).toContain(SCOPE);
  });
});
