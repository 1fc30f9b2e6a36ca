import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and a false warning of the measure of 2531–2575 mended after it (stop 62, fixer f91): agency
 * names, scope, section headings. From the real wording, with nearby wording of the corpus that must
 * stay silent.
 */

const DOUBLED = 'agency-name-word-doubled:overview';
const TITLE_PLACELESS = 'agency-name-place-missing:title';

describe('agency-name-word-doubled: a city’s name before 市政府', () => {
  const benxi = asAgency(clean2021.report, 'department', '本溪市商务局');
  it('is silent (real: 本溪市商务局 2020, `已在本溪市市政府官网…主动公开信息354条`)', () => {
    expect(
      keys(withOverview('已在本溪市市政府官网本溪市商务局网页主动公开信息354条。', 2020, benxi)),
    ).not.toContain(DOUBLED);
    expect(importedWarns(realText('2547-benxi-swj-2020.txt'), DOUBLED)).toBe(false);
  });
  it('still flags a county’s level twice before its government, and a city’s before 人民政府', () => {
    expect(importedWarns(realText('2300-raohe-wglj-2021.txt'), DOUBLED)).toBe(true);
    expect(
      keys(withOverview('已在本溪市市人民政府网站主动公开信息354条。', 2020, benxi)),
    ).toContain(DOUBLED);
  });
});

describe('agency-name-place-missing: a title naming the body by its level alone, its signature in full', () => {
  it('says the title lacks its place (real: 福田区集体经济发展服务署 2021)', () => {
    expect(importedMessage(realText('2570-futian-jtjjfws-2021.txt'), TITLE_PLACELESS)).toContain(
      '区集体经济发展服务署',
    );
  });
  it('is silent on a body named with its place', () => {
    const report = asAgency(clean2021.report, 'department', '福田区集体经济发展服务署');
    expect(keys(report).filter((k) => k.startsWith('agency-name-place-missing'))).toEqual([]);
  });
});

const HEADING = 'section-heading-mismatch:overview';
const OTHER_AGENCY = 'other-agency-in-text:overview';
const OTHER_UNIT = 'other-unit-subject:overview';

describe('section-heading-mismatch: no heading read, the overview there in its own words', () => {
  it('flags the overview’s items numbered under the first paragraph (real: 卢氏县住房和城乡建设局 2021)', () => {
    expect(importedMessage(realText('2531-lushi-zjj-2021.txt'), HEADING)).toContain('一、总体情况');
  });
  it('flags a first part headed in its own words in a text with nothing of note read (real: 天门市公安局 2020)', () => {
    expect(importedMessage(realText('2560-tianmen-gaj-2020.txt'), HEADING)).toContain(
      '一、政府信息公开2020年工作要点落实情况',
    );
  });
  const items = [
    '2021年以来,县住建局认真落实《中华人民共和国政府信息公开条例》,健全机制,拓宽渠道。',
    '1.主动公开情况:全年主动公开政府信息18条。',
    '2.依申请公开办理情况:2021年全年无依申请公开。',
  ];
  it('is silent where the overview’s heading is printed over the same items', () => {
    const text = [
      '卢氏县住房和城乡建设局2021年政府信息公开工作年度报告',
      '一、总体情况',
      ...items,
    ].join('\n');
    expect(importedWarns(text, HEADING)).toBe(false);
  });
  it('is silent on one item alone (a sentence that happens to be numbered)', () => {
    const text = [
      '卢氏县住房和城乡建设局2021年政府信息公开工作年度报告',
      items[0],
      '1.主动公开情况:全年主动公开政府信息18条,群众满意。',
      '我局将继续做好政府信息公开工作。',
    ].join('\n');
    expect(importedWarns(text, HEADING)).toBe(false);
  });
});

describe('other-agency-in-text: a district’s bureau naming the districts’ and counties’ bureaus', () => {
  const kaizhou = asAgency(clean2021.report, 'department', '重庆市开州区公安局');
  const said =
    '定期与区县公安(分)局、区级部门开展政府信息依申请公开工作交流,不断提升队伍政府信息公开整体水平。';
  it('flags its own line’s bureaus of 区县 (real: 重庆市开州区公安局 2021)', () => {
    expect(keys(withOverview(said, 2021, kaizhou))).toContain(OTHER_AGENCY);
    expect(importedWarns(realText('2554-kaizhou-gaj-2021.txt'), OTHER_AGENCY)).toBe(true);
  });
  it('is silent in the city’s bureau’s report, and on another line’s or a page’s 区县', () => {
    const city = asAgency(clean2021.report, 'department', '重庆市公安局');
    expect(keys(withOverview(said, 2021, city))).not.toContain(OTHER_AGENCY);
    expect(
      keys(
        withOverview('定期与区县教育局开展工作交流。通过区县动态栏目发布信息12条。', 2021, kaizhou),
      ),
    ).not.toContain(OTHER_AGENCY);
  });
});

describe('other-agency-in-text: a bureau naming its leaders 委领导', () => {
  const said = '包含了机构职能、办公地址、办公时间、联系方式以及委领导姓名、职务等信息。';
  it('flags it (real: 石台县林业局 2019)', () => {
    const shitai = asAgency(clean2021.report, 'department', '石台县林业局');
    expect(keys(withOverview(said, 2021, shitai))).toContain(OTHER_AGENCY);
    expect(importedWarns(realText('2561-shitai-lyj-2019.txt'), OTHER_AGENCY)).toBe(true);
  });
  it('is silent in a committee’s report, and on a named committee’s leaders', () => {
    const committee = asAgency(clean2021.report, 'department', '漳州市卫生健康委员会');
    expect(keys(withOverview(said, 2021, committee))).not.toContain(OTHER_AGENCY);
    const bureau = asAgency(clean2021.report, 'department', '石台县林业局');
    expect(
      keys(withOverview('坚持党委领导、政府主抓,市卫健委领导多次调研。', 2021, bureau)),
    ).not.toContain(OTHER_AGENCY);
  });
});

describe('other-unit-subject: the agency’s own office as the overview’s subject', () => {
  const anyuan = asAgency(clean2021.report, 'department', '安源区水利局');
  it('flags it (real: 安源区水利局 2021)', () => {
    const said =
      '2021年,安源区水利局办公室坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《条例》。';
    expect(keys(withOverview(said, 2021, anyuan))).toContain(OTHER_UNIT);
    expect(importedWarns(realText('2569-anyuan-slj-2021.txt'), OTHER_UNIT)).toBe(true);
  });
  it('is silent on the bureau itself, the office as compiler, and another body’s office', () => {
    for (const said of [
      '2021年,安源区水利局坚持以习近平新时代中国特色社会主义思想为指导。',
      '本报告由安源区水利局办公室结合有关统计数据编制。',
      '2021年,安源区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导。',
    ])
      expect(keys(withOverview(said, 2021, anyuan))).not.toContain(OTHER_UNIT);
  });
});

describe('a title printed again under the page’s title with no year and the agency by its level', () => {
  it('says both (real: 本溪市商务局 2020, `市商务局政府信息公开工作年度报告`)', () => {
    const text = realText('2547-benxi-swj-2020.txt');
    expect(importedMessage(text, TITLE_PLACELESS)).toContain('市商务局');
    expect(importedMessage(text, 'report-name-garbled:title')).toContain('没有写年度');
  });
  const body = [
    '一、总体情况',
    '2020年,市商务局根据《中华人民共和国政府信息公开条例》要求,主动公开信息354条。',
  ];
  it('is silent on the title printed again whole, and on one printed with its year', () => {
    for (const again of [
      '本溪市商务局政府信息公开工作年度报告',
      '市商务局2020年政府信息公开工作年度报告',
    ]) {
      const text = ['本溪市商务局2020年政府信息公开工作年度报告', again, ...body].join('\n');
      expect(importedWarns(text, TITLE_PLACELESS)).toBe(false);
    }
  });
});
