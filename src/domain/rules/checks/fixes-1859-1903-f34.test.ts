import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1859–1903 mended after it (stop 50, helper f34): the preface's words
 * under `一、总体情况` (the report drawn up, the year's work summed up), the overview's items headed
 * by an area's name with no number, and the report's name with 年度 before 工作. From the real
 * wording, with the corpus's texts that must stay silent.
 */

const HEADING = 'section-heading-mismatch:overview';
const NUMBER = 'subheading-number-missing:overview';
const NAME = 'report-name-garbled:meta';

/** A short pasted report: a title, the overview's text, and the next part's heading. */
const pasted = (overview: string, preface = ''): string =>
  `某县气象局2019年政府信息公开工作年度报告\n${preface}\n一、总体情况\n${overview}\n二、主动公开政府信息情况\n（表略）\n`;

describe('section-heading-mismatch: the preface’s words under 一、总体情况', () => {
  it('flags a sentence saying only that the agency drew up this year’s report (real: 利辛县气象局 2019)', () => {
    expect(importedWarns(realText('1863-lixin-qxj-2019.txt'), HEADING)).toBe(true);
    expect(
      importedWarns(
        pasted(
          '2019年,扎实有效地开展了政府信息公开工作。某县气象局组织统计并编制2019年政府信息公开工作年度报告。',
        ),
        HEADING,
      ),
    ).toBe(true);
  });

  it('is silent on the drafting told among the year’s work, or another year’s report', () => {
    expect(
      importedWarns(
        pasted('2019年,我局按时编制2018年政府信息公开工作年度报告并在网站公开,扎实开展各项工作。'),
        HEADING,
      ),
    ).toBe(false);
    expect(
      importedWarns(
        pasted('2019年,我局编制2019年政府信息公开工作年度报告并在网站公开,扎实开展各项工作。'),
        HEADING,
      ),
    ).toBe(false);
  });

  it('flags the year’s work summed up after a clause on what it rests on (real: 海棠区卫健委 2022)', () => {
    expect(importedWarns(realText('1869-haitang-wjw-2022.txt'), HEADING)).toBe(true);
  });

  it('is silent on `汇报如下` under the heading, the corpus’s usual lead-in (real: 永春县横口乡 2022)', () => {
    expect(importedWarns(realText('1870-yongchun-hengkou-2022.txt'), HEADING)).toBe(false);
  });
});

describe('subheading-number-missing: the overview’s items headed by an area’s name, none numbered', () => {
  it('flags area headings run on with their text (real: 咸宁市审计局 2024, 海棠区卫健委 2022)', () => {
    const overview =
      '2024年,我局认真贯彻落实条例。\n政府信息主动公开情况。制定年度工作要点,及时公开各类信息。\n政府信息依申请公开情况。2024年,我局规范高效做好依申请公开工作。';
    expect(messageOf(withOverview(overview), NUMBER)).toContain('政府信息主动公开情况。');
    expect(importedWarns(realText('1873-xianning-sjj-2024.txt'), NUMBER)).toBe(true);
    expect(importedWarns(realText('1869-haitang-wjw-2022.txt'), NUMBER)).toBe(true);
  });

  it('is silent where the text numbers its items, or with one such heading', () => {
    expect(
      keys(
        withOverview(
          '（一）主动公开情况。及时公开各类信息。\n（二）依申请公开情况。全年未收到申请。',
        ),
      ),
    ).not.toContain(NUMBER);
    expect(
      keys(withOverview('2024年,我局认真贯彻落实条例。\n加强平台建设。优化网站栏目设置。')),
    ).not.toContain(NUMBER);
  });
});

describe('report-name-garbled: the name presented with 年度 before 工作', () => {
  it('flags it in running text after its year (real: 盘龙区卫健局 2025)', () => {
    expect(importedWarns(realText('1888-panlong-wjj-2025.txt'), NAME)).toBe(true);
    expect(importedMessage(realText('1888-panlong-wjj-2025.txt'), NAME)).toContain(
      '政府信息公开年度工作报告',
    );
  });

  it('is silent on a site’s column so named (real: 普宁市梅林镇 2022, 梅塘镇 2021), and on a format’s title in 《》', () => {
    expect(importedWarns(realText('1146-puning-meilin-2022.txt'), NAME)).toBe(false);
    expect(importedWarns(realText('1589-puning-meitang-2021.txt'), NAME)).toBe(false);
    expect(
      importedWarns(
        pasted('2019年,我局参照《中华人民共和国政府信息公开年度工作报告格式》编制本报告。'),
        NAME,
      ),
    ).toBe(false);
  });
});

describe('part-count-mismatch: the whole said to include a list naming no part', () => {
  const PARTS = 'part-count-mismatch:meta';
  it('flags a list of the report’s own matters (real: 长春市公积金中心 2021)', () => {
    expect(importedWarns(realText('1901-changchun-gjj-2021.txt'), PARTS)).toBe(true);
    expect(
      messageOf(
        withPreface(
          '本报告根据条例编制。全文包括提升信息公开工作质量情况、增强工作透明度情况、主动工作情况和2021年咨询情况统计。',
        ),
        PARTS,
      ),
    ).toContain('不是规定的报告部分');
  });

  it('is silent on a list of the format’s parts, or of some of them with 等', () => {
    expect(
      keys(
        withPreface(
          '本报告根据条例编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。',
        ),
      ),
    ).not.toContain(PARTS);
    expect(
      keys(withPreface('本报告根据条例编制。全文包括总体情况、主动公开政府信息情况等内容。')),
    ).not.toContain(PARTS);
  });
});

describe('overview-item-off-topic: news reposted from outside counted among what was published', () => {
  const OFF = 'overview-item-off-topic:overview';
  it('flags it (real: 巴南区二圣镇 2025, 湟源县政府办 2023)', () => {
    expect(
      messageOf(
        withOverview('全年累计发布政府信息230条,其中本镇自主产生信息145条、转载外部信息85条。'),
        OFF,
      ),
    ).toContain('转载外部信息85条');
    expect(importedWarns(realText('1880-banan-ersheng-2025.txt'), OFF)).toBe(true);
    expect(importedWarns(realText('1902-huangyuan-zfb-2023.txt'), OFF)).toBe(true);
  });

  it('is silent on a superior’s documents reposted, and on news told with no count', () => {
    expect(
      keys(withOverview('全年发布政府信息120条,转载上级文件15条,及时报道省内新闻动态。')),
    ).not.toContain(OFF);
  });
});
