import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { formatById } from '@templates/index';
import { importText } from '@/import';
import type { Report } from '../../report/types';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** What the texts 434–463 showed of a report's structure, mended after their measure. */

/** A report whose six headings were read from its source, its overview and year as given. */
const headed = (overview: string, year = 2021, preface = ''): Report => {
  const report = withOverview(overview, year);
  const headings = Object.fromEntries(
    formatById(report.formatId).sections.map((s) => [s.id, s.heading]),
  );
  return { ...report, source: { headings }, meta: { ...report.meta, preface } };
};

describe('this year’s report presented under 一、总体情况', () => {
  const wusong =
    '2021年,吴淞街道严格执行《上海市政府信息公开规定》,进一步提高政务公开法治化、标准化、规范化水平,现将本街道2021年政府信息公开工作年度报告编制如下。\n(一)主动公开\n本年度公文类信息共发文37个,已公开37个。';
  it('is said when the overview’s first paragraph ends with it (real: 吴淞街道 2021)', () => {
    expect(messageOf(headed(wusong), 'section-heading-mismatch:overview')).toBe(
      '「一、总体情况」标题之下写了序言的话（“现将本街道2021年政府信息公开工作年度报告编制如下”）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('is said of the basis and the report of its year opening the overview (real: 白古屯镇 2022)', () => {
    const baigutun =
      '根据《中华人民共和国政府信息公开条例》和上级有关文件要求,我镇编制了2022年度政府信息公开工作年度报告。2022年,我镇坚持“以公开为常态,不公开为例外”原则。\n(一)主动公开情况\n主动公开政务信息共19条。';
    expect(messageOf(headed(baigutun, 2022), 'section-heading-mismatch:overview')).toBe(
      '「一、总体情况」标题之下先写的是序言（“根据《中华人民共和国政府信息公开条例》和上级有关文件要求,我镇编制了2022年度…”，编制依据）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('is said of the preface in the overview’s second paragraph (real: 威远县乡村振兴局 2021)', () => {
    const weiyuan =
      '2021年,威远县乡村振兴局坚持以习近平新时代中国特色社会主义思想为指导,贯彻落实《中华人民共和国政府信息公开条例》(以下简称《条例》)。\n根据《条例》规定,现编制2021年政府信息公开工作年度报告,报告全文在“中国·威远”门户网站公布。如对本报告有疑问,可与威远县乡村振兴局联系。\n(一)主动公开方面\n全年主动公开政府信息105条。';
    expect(messageOf(headed(weiyuan), 'section-heading-mismatch:overview')).toMatch(
      /标题之下写了序言的话（“根据《条例》规定,现编制2021年政府信息公开工作年度报告,报告全文在“中国·威…”，编制依据、联系方式）/,
    );
  });
  it('is said with `现将…报告予以公开` and `1.` items (real: 江源区政数局 2019)', () => {
    const jiangyuan =
      '按照国家、省、市政府关于政府信息公开要求和责任分工。我区严格执行《中华人民共和国政府信息公开条例》要求,认真开展政府信息公开工作。现将我区2019年度政府信息公开工作情况报告予以公开。报告的电子版可通过白山市江源区人民政府网站进行查阅,联系电话:0439-3820611。\n1.根据职能及时发布指南。';
    expect(keys(headed(jiangyuan, 2019))).toContain('section-heading-mismatch:overview');
  });
  it('is not said of the items introduced, last year’s report, a notice’s title, or a preface before the heading', () => {
    for (const report of [
      // `现将有关情况报告如下`: no report named by its year (real: 宛城区民政局 2025).
      headed(
        '2025年,宛城区民政局坚持以习近平新时代中国特色社会主义思想为指导,严格遵循《中华人民共和国政府信息公开条例》,不断健全公开机制、拓宽公开渠道,现将有关情况报告如下。\n(一)主动公开',
        2025,
      ),
      // Last year's report published: the year's work.
      headed(
        '根据《中华人民共和国政府信息公开条例》要求,我局按时编制并公布了2020年度政府信息公开工作年度报告。\n(一)主动公开情况',
      ),
      headed(
        '2021年,我局现将2020年政府信息公开工作年度报告予以公开,接受社会监督。\n(一)主动公开情况',
      ),
      // The report's drafting told as work under a notice naming the year (real: 保康县农业农村局 2021).
      headed(
        '根据《中华人民共和国政府信息公开条例》与县政府印发《关于做好2021年政府信息公开工作年度报告的通知》,我局认真做好年度报告编制工作。\n(一)主动公开情况',
      ),
      // The preface printed before the heading.
      headed(
        wusong,
        2021,
        '根据《中华人民共和国政府信息公开条例》要求,编制本报告。本报告中所列数据的统计期限为2021年1月1日至2021年12月31日。',
      ),
    ])
      expect(keys(report)).not.toContain('section-heading-mismatch:overview');
  });
});

describe('a heading short of 情况 ending the text', () => {
  const cut = (id: 'problems' | 'applications', written: string): Report => {
    const report = headed(clean2021.report.narrative.overview ?? '');
    const sections = formatById(report.formatId).sections;
    const at = sections.findIndex((s) => s.id === id);
    const headings = Object.fromEntries(
      sections.slice(0, at + 1).map((s) => [s.id, s.id === id ? written : s.heading]),
    );
    const narrative = Object.fromEntries(
      sections.map((s, i) => [s.id, i < at ? (report.narrative[s.id] ?? '') : '']),
    );
    const cells = Object.fromEntries(
      Object.entries(report.cells).filter(([cell]) =>
        sections.slice(0, at).some((s) => s.table !== undefined && cell.startsWith(`${s.table}.`)),
      ),
    );
    return { ...report, source: { headings }, narrative, cells };
  };
  it('is a cut, for a part with no table (real: 白云区档案局 2023, `五、存在的主要问题及改进`)', () => {
    expect(keys(cut('problems', '五、存在的主要问题及改进'))).not.toContain(
      'section-heading-mismatch:problems',
    );
  });
  it('is still a heading written short before a table (real: 临潼区渭北新城 2025)', () => {
    expect(
      messageOf(
        cut('applications', '三、收到和处理政府信息公开申请'),
        'section-heading-mismatch:applications',
      ),
    ).toBe(
      '标题「三、收到和处理政府信息公开申请」缺末尾的“情况”二字，请按格式改为「三、收到和处理政府信息公开申请情况」',
    );
  });
});

describe('the first heading run into a page’s source line', () => {
  it('is read as the heading (real: 长风新村街道 2021, `来源: 上海普陀一、总体情况`)', () => {
    const imported = importText(
      '上海市普陀区长风新村街道2021年政府信息公开工作年度报告\n2022年01月19日 来源: 上海普陀一、总体情况\n2021年,长风新村街道认真贯彻落实《中华人民共和国政府信息公开条例》。\n二、主动公开政府信息情况\n',
    );
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.source?.headings?.overview).toBe('一、总体情况');
    expect(imported.report.narrative.overview).toMatch(/^2021年,长风新村街道/);
  });
});

describe('a dash typed for the first heading’s 一', () => {
  const tongxin =
    '—、总体情况\n根据《中华人民共和国政府信息公开条例》规定,现发布《同心县自然资源局2021年政府信息公开工作年度报告》,本报告统计数据从2021年1月1日至2021年12月31日。\n(一)政府信息主动公开情况\n2021年我局主动公开行政处罚案件信息9条。\n二、主动公开政府信息情况\n';
  it('is read as the heading, and said with the preface under it (real: 同心县自然资源局 2021)', () => {
    const imported = importText(tongxin);
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.source?.headings?.overview).toBe('—、总体情况');
    expect(messageOf(imported.report, 'section-heading-mismatch:overview')).toMatch(
      /^标题「—、总体情况」的序号“—”是破折号，应为“一”：请按格式改为「一、总体情况」；「—、总体情况」标题之下先写的是序言/,
    );
  });
  it('is not taken for 一 before any other heading’s words', () => {
    const imported = importText(tongxin.replace('—、总体情况', '—、说明'));
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.source?.headings?.overview).toBeUndefined();
  });
});

describe('items of one list numbered in two styles', () => {
  const jiayu =
    '2022年嘉鱼县人民政府坚持以习近平新时代中国特色社会主义思想为指导。\n(一)政府信息主动公开情况\n(1)持续发挥政府网站政务公开“第一平台”作用,强化重点领域信息公开。\n2.增强互动交流,做好网民回应。\n(二)依申请公开情况\n全年收到申请3件。';
  it('is said (real: 嘉鱼县 2022, `(1)持续发挥…` then `2.增强互动交流…`)', () => {
    expect(messageOf(withOverview(jiayu), 'subheading-number-style-mixed:overview')).toBe(
      '同一层级的条目编号格式不一（先是“(1)持续发挥政府网站政…”，接着是“2.增强互动交流,做好网…”），请统一编号，如“(1)…(2)…”或“1.…2.…”',
    );
  });
  it('is not said of two levels, one style, or lists under different sub-headings', () => {
    for (const text of [
      jiayu.replace('2.增强', '(2)增强'),
      // Two levels: `1.` over `(1)` and `(2)`, then `2.`.
      jiayu.replace('(1)持续', '1.持续发挥。\n(1)网站').replace('2.增强', '(2)回应。\n2.增强'),
      // A list per sub-heading, each in its own style.
      '(一)主动公开\n(1)网站公开。\n(2)公告栏公开。\n(二)依申请公开\n1.受理3件。\n2.办结3件。',
      // Dates and decimals are no items (`2022.1`).
      '(一)主动公开\n(1)网站公开。\n2022.1月发布。',
    ])
      expect(keys(withOverview(text))).not.toContain('subheading-number-style-mixed:overview');
  });
});

describe('short lines above the preface that the report printed', () => {
  const imported = (text: string): Report => {
    const result = importText(text);
    if (!result.ok) throw new Error(result.message);
    return result.report;
  };
  const body =
    '根据《中华人民共和国政府信息公开条例》规定,编制本报告。\n一、总体情况\n2020年,彝良县主动公开政府信息3747条。\n二、主动公开政府信息情况\n';
  it('keeps an addressee, said to be a letter’s (real: 彝良县 2020, `昭通市人民政府办公室:`)', () => {
    const report = imported(`昭通市人民政府办公室:\n${body}`);
    expect(report.meta.preface.split('\n')[0]).toBe('昭通市人民政府办公室:');
    expect(report.meta.agencyName).not.toBe('昭通市人民政府办公室');
    expect(messageOf(report, 'report-is-cover-letter')).toMatch(
      /^正文以主送“昭通市人民政府办公室:”开头/,
    );
  });
  it('keeps a piece of the title cut inside a word, said (real: 西集镇 2024, `工作年度报`)', () => {
    const report = imported(
      `北京市通州区西集镇人民政府2024年\n政府信息公开工作年度报告\n工作年度报\n${body}`,
    );
    expect(messageOf(report, 'report-name-garbled:meta')).toBe(
      '标题下多出一行“工作年度报”：是报告名称“政府信息公开工作年度报告”的残片（标题的一部分），请删去',
    );
  });
  it('drops a page’s leftovers ending between the name’s words, and a page’s labels', () => {
    for (const line of ['工作年度报告', '政府信息公开', '访问量:', '2022年01月18日来源:1']) {
      const report = imported(
        `北京市通州区西集镇人民政府2024年政府信息公开工作年度报告\n${line}\n${body}`,
      );
      expect(report.meta.preface.startsWith('根据'), line).toBe(true);
      expect(keys(report)).not.toContain('report-name-garbled:meta');
      expect(keys(report)).not.toContain('report-is-cover-letter');
    }
  });
});
