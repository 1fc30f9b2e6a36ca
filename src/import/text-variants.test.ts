import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { textToBlocks } from './text/text-to-blocks';
import type { ImportSuccess } from './types';

/** Copy damage beyond the seeds: markdown pipe tables, full-width digits, 2021 labels, units. */

function ok(text: string): ImportSuccess {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

const report2021 = `
# 某某区市场监督管理局２０２３年政府信息公开工作年度报告

**一、总体情况**

2023年，我局全面贯彻《条例》，主动公开信息１２０条。

## 二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | ３ | 1 | １２件 |
| 第二十条第（五）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政许可 | 1,234 | | |
| 第二十条第（六）项 | | | |
| 行政处罚 | 56 | | |
| 行政强制 | — | | |
| 第二十条第（八）项 | | | |
| 信息内容 | 本年收费金额（单位：万元） | | |
| 行政事业性收费 | 0.35 | | |

三、收到和处理政府信息公开申请情况

| 一、本年新收政府信息公开申请数量 | | | 8 | 1 | 0 | 0 | 0 | 0 | 9 |
| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 三、本年度办理结果 | (一)予以公开 | | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
| | (六)其他处理 | 1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| | | 3. 其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | (七)总计 | | 8 | 1 | 0 | 0 | 0 | 0 | 9 |
| 四、结转下年度继续办理 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |

四、政府信息公开行政复议、行政诉讼情况

| 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

五、存在的主要问题及改进情况

解读形式单一。

六、其他需要报告的事项

本年度未收取信息处理费。

某某区市场监督管理局
２０２４ 年 １ 月 １２ 日
`;

describe('pasted text variants', () => {
  it('a 2021 report as markdown pipe tables with full-width digits', () => {
    const r = ok(report2021);
    expect(r.report.formatId).toBe('2021');
    expect(r.report.meta).toMatchObject({
      agencyName: '某某区市场监督管理局',
      year: 2023,
      reportDate: '2024-01-12',
    });
    expect(r.report.cells).toMatchObject({
      't2.normativeDocuments.made': '3',
      't2.normativeDocuments.valid': '12',
      't2.licensing.decisions': '1234',
      't2.punishment.decisions': '56',
      't2.coercion.decisions': '0',
      't2.fees.amount': '0.35',
      't3.newReceived.naturalPerson': '8',
      't3.granted.commercial': '1',
      't3.noSupplement.naturalPerson': '2',
      't3.otherReason.naturalPerson': '1',
      't3.carriedOver.naturalPerson': '1',
      't4.review.corrected': '1',
    });
    expect(r.report.cells['t3.feeUnpaid.naturalPerson']).toBeUndefined();
    expect(r.report.reportedTotals).toMatchObject({
      't3.newReceived.total': '9',
      't3.resultsTotal.total': '9',
      't4.review.total': '1',
    });
    expect(r.report.narrative.overview).toBe(
      '2023年，我局全面贯彻《条例》，主动公开信息１２０条。',
    );
    expect(r.report.narrative.other).toBe('本年度未收取信息处理费。');
    expect(r.unrecognised).toEqual([]);
  });

  it('one cell per line with a label broken across lines and a stray bar', () => {
    const blocks = textToBlocks('\t信息内容\n\t本年新\n制作数量\n\t12\n| 规章 | 0 |');
    expect(blocks).toEqual([
      { kind: 'row', fields: ['信息内容', '本年新制作数量', '12'] },
      { kind: 'row', fields: [' 规章 ', ' 0 '] },
    ]);
  });

  it('a table row that names a row label but holds words keeps them in place and says so', () => {
    const r = ok(
      `一、总体情况\n概述。\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t3\t若干\t0\t0\t0\t0\t3\n`,
    );
    expect(r.report.cells['t3.newReceived.naturalPerson']).toBe('3');
    expect(r.report.cells['t3.newReceived.commercial']).toBe('若干');
    expect(r.report.cells['t3.newReceived.research']).toBe('0');
    expect(r.warnings.join('')).toMatch(/“若干”，不是有效的/);
  });
});

describe('labels with ASCII punctuation', () => {
  it('`1. 申请人无正当理由逾期不补正, 行政机关…` is 表三’s row, never 表四’s', () => {
    const r = ok(
      [
        '三、收到和处理政府信息公开申请情况',
        '| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
        '| (六)其他处理 | 1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
        '四、政府信息公开行政复议、行政诉讼情况',
        '| 3. 其他 , 未列明 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(r.report.cells['t3.noSupplement.naturalPerson']).toBe('2');
    expect(r.report.reportedTotals['t3.noSupplement.total']).toBe('2');
    // The unknown row under 四 is listed, not read as 表四; the real 表四 row is.
    expect(r.report.cells['t4.review.upheld']).toBe('0');
    expect(r.unrecognised.join('\n')).toMatch(/3\. 其他 , 未列明 1 0/);
  });
});

describe('the importer’s own guesses are notes, never errors', () => {
  it('a 2020 page whose tables print no label of one format only is read in the 2019 format', async () => {
    const { evaluateChecks } = await import('@/domain/rules/evaluate-checks');
    const { formats, formatById } = await import('@templates/index');
    const r = ok(
      [
        '某某镇人民政府2020年政府信息公开工作年度报告',
        '三、收到和处理政府信息公开申请情况',
        '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1',
        '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      ].join('\n'),
    );
    expect(r.recognised.formatAssumed).toBe(true);
    expect(r.report.formatId).toBe('2019');
    expect(r.notes.join('')).toMatch(/表格标签不足以区分格式，按年度 2020 采用/);
    expect(r.warnings.join('')).not.toMatch(/格式，但报告年度是/);
    const issues = evaluateChecks(formatById(r.report.formatId), r.report, {
      formats,
      today: '2026-01-20',
    });
    expect(issues.filter((i) => i.checkId === 'format-year-mismatch')).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.checkId)).toEqual([]);
  });
});

describe('a heading that lost its line break', () => {
  it('ending the preface’s last line after its full stop is a heading (real: 东风路街道 2024)', () => {
    const r = ok(
      '东风路街道2024年政府信息公开工作年度报告\n\n发表日期:2025-01-16\n\n报告全文包括:总体情况,主动公开政府信息情况。如有疑问,请联系(电话:0714-8766001)。一、总体情况\n\n(一)政府信息主动公开情况。\n\n2024年,主动公开信息80余条。',
    );
    expect(r.recognised.sections.overview.heading).toBe('一、总体情况');
    expect(r.report.narrative.overview).toMatch(/^\(一\)政府信息主动公开情况/);
    expect(r.report.meta.reportDate).toBe('2025-01-16');
  });

  it('no 一、总体情况 at all: the overview read from its first sub-heading (real: 高楼乡 2023)', () => {
    const r = ok(
      '本报告由高楼乡人民政府按照《条例》要求编制。所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n今年以来,我乡有序推进政府信息公开工作。\n(一)主动公开情况\n2023年,高楼乡累计发布各类信息90条。\n(二)依申请公开情况\n2023年我乡收到依申请公开件1件。',
    );
    expect(r.report.narrative.overview).toMatch(/^\(一\)主动公开情况\n2023年,高楼乡累计发布/);
    expect(r.report.source?.headings).toEqual({});
    expect(r.warnings[0]).toContain('没有找到“一、总体情况”标题');
    // A text with neither heading nor sub-heading is still no report.
    expect(importText('今年以来,我乡有序推进政府信息公开工作。\n累计发布各类信息90条。').ok).toBe(
      false,
    );
  });

  it('no heading and no area’s sub-heading: the overview read from the first (一) after a preface naming the report (real: 吉林经开区社会事业管理局 2023)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》,社会事业管理局编制了管委会办公室2022年政府信息公开工作年度报告(以下简称《年报》)。报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。';
    const body =
      '(一)组织领导和机构开展情况。我局高度重视政务信息公开工作。\n(二)建立健全和落实政府信息公开工作制度情况。先后建立了工作制度。';
    const r = ok(`${preface}\n${body}`);
    expect(r.report.meta.preface).toBe(preface);
    expect(r.report.narrative.overview).toMatch(/^\(一\)组织领导和机构开展情况。/);
    expect(r.warnings[0]).toContain('没有找到“一、总体情况”标题');
    // Without a line naming the report before it, a (一) is no overview: still no report.
    expect(importText(`我局高度重视政务信息公开工作。\n${body}`).ok).toBe(false);
  });

  it('a first heading in the report’s own words inside one line, after the preface’s 如下: (real: 临洮县上营乡 2020)', () => {
    const r = ok(
      '根据《中华人民共和国政府信息公开条例》的有关要求,我乡推进重点领域信息公开,现将2020年政府信息公开工作报告如下: 一、2020年政务公开工作完成情况及成效 (一)机构建设方面。建立了工作机制。 (二)信息公开方面。 1、主动公开政府信息。2020年,我乡共主动公开政府信息260余条。',
    );
    expect(r.recognised.sections.overview.heading).toBe('一、2020年政务公开工作完成情况及成效');
    expect(r.report.narrative.overview).toMatch(/^\(一\)机构建设方面。/);
    expect(r.report.meta.preface).toMatch(/报告如下:$/);
    // Another part's words there, or a numbered point of a sentence, open nothing.
    expect(
      importText(
        '现将有关情况报告如下: 一、加强组织领导 我乡成立了领导小组。二、完善制度 制定了制度。',
      ).ok,
    ).toBe(false);
  });

  it('a page menu above the title prints a label of the other format: the year decides (real: 四川省经济合作局 2019)', () => {
    const menu =
      '四川省经济合作局\n  • 政      策\n\n    行政规范性文件\n\n    其他文件\n  • 政府信息\n    公开年报\n';
    const report =
      '四川省经济合作局2019年政府信息公开工作年度报告\n\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n\n一、总体情况\n\n(一)加强组织领导。我局高度重视政府信息公开工作。';
    expect(ok(`${menu}${report}`).report.formatId).toBe('2019');
    // The same label printed in the report's own table still tells the format.
    expect(ok(`${menu}${report}\n\n行政规范性文件 | 2 | 0 | 5`).report.formatId).toBe('2021');
  });

  it('inside a sentence, the official words are not a heading', () => {
    const r = ok(
      '某镇2024年政府信息公开工作年度报告\n一、总体情况\n本报告分为六部分。二、主动公开政府信息情况等内容见下文。',
    );
    expect(r.report.narrative.overview).toMatch(/二、主动公开政府信息情况等内容见下文/);
  });

  it('after the title’s 年度报告 in a page joined into one line (real: 清水县人民政府 2019)', () => {
    const r = ok(
      '清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,清水县政府信息公开工作以习近平新时代中国特色社会主义思想为指导。 (一)主动公开政府信息情况。主动公开政府信息8769条。',
    );
    expect(r.recognised.sections.overview.heading).toBe('一、总体情况');
    expect(r.report.meta.agencyName).toBe('清水县人民政府');
    expect(r.report.narrative.overview).toMatch(/^2019年,清水县政府信息公开工作/);
    // Not inside a sentence that speaks of a report: `本年度报告` followed by words is no title.
    const inSentence = ok(
      '某镇2024年政府信息公开工作年度报告\n一、总体情况\n本年度报告一、总体情况部分写明全年工作。',
    );
    expect(inSentence.report.narrative.overview).toMatch(/本年度报告一、总体情况部分/);
  });

  it('with a space after its 、 in a page joined into one line (real: 闵行区马桥镇 2024)', () => {
    const r = ok(
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市闵行区马桥镇人民政府编制。如对本年度报告有任何疑问,请联系党政办公室。 一、 总体情况 2024年,马桥镇人民政府严格按照市、区政府信息公开的工作要求开展工作。 (一)主动公开工作 1.政策文件。本年度主动公开政府信息共869条。',
    );
    expect(r.report.narrative.overview).toMatch(/^2024年,马桥镇人民政府/);
    expect(r.report.meta.preface).toMatch(/请联系党政办公室。$/);
    // Inside a sentence, the spaced words are still no heading.
    const inSentence = ok(
      '某镇2024年政府信息公开工作年度报告\n一、总体情况\n本报告的一、 总体情况部分写明全年工作。',
    );
    expect(inSentence.report.narrative.overview).toMatch(/本报告的一、 总体情况部分/);
  });
});

describe('the date a page prints above the report', () => {
  const body = '一、总体情况\n2020年，本局主动公开政府信息42条。';
  const dateOf = (text: string): string | null => {
    const r = importText(text);
    if (!r.ok) throw new Error(r.message);
    return r.report.meta.reportDate;
  };

  it('on a line whose buttons read as a row, or in a table of properties (real: 西乌旗自然资源局 2020, 吴兴区 2021)', () => {
    expect(
      dateOf(
        `西乌旗自然资源局2020年政府信息公开工作年度报告\n\n发布日期: 2021-01-25 16:57    来源:  西乌旗自然资源局  字体:[ | | ]\n\n${body}`,
      ),
    ).toBe('2021-01-25');
    expect(
      dateOf(
        `索 引 号: | 330502/2022-00629 | 成文日期: | 2022-02-19 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n${body}`,
      ),
    ).toBe('2022-02-19');
  });

  it('the page’s 发布时间, not its 更新时间 before it (real: 易家街 2019)', () => {
    expect(
      dateOf(
        `易家街2019年度政府信息公开工作年度报告\n更新时间:2022-02-21 16:47 发布时间:2020-01-14 11:49 来源:易家街办事处\n${body}`,
      ),
    ).toBe('2020-01-14');
    expect(dateOf(`某局2020年政府信息公开工作年度报告\n更新时间:2022-02-21 16:47\n${body}`)).toBe(
      null,
    );
  });

  it('not from a table’s row after the first heading', () => {
    expect(dateOf(`某局2020年政府信息公开工作年度报告\n${body}\n| 发布日期: | 2020-05-01 |`)).toBe(
      null,
    );
  });
});

describe('a title in a page’s properties set as a row', () => {
  const page = (row: string) =>
    ok(
      `${row}\n---|---|---|---|\n发文日期: | 2021-01-25 | 发布机构: | 博山区山头街道 |\n根据上级通知要求,现将本街道2020年政府信息公开工作报告如下。\n一、总体情况\n2020年,山头街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》规定。`,
    ).report.meta;

  it('is the report’s title (real: 博山区山头街道办事处 2020)', () => {
    const meta = page('标题: | 山头街道办事处2020年政府信息公开工作年度报告 | ||');
    expect(meta.agencyName).toBe('山头街道办事处');
    expect(meta.agencyKind).toBe('township');
  });

  it('a row of other properties is not', () => {
    expect(page('索引号: | 113703040042185681/2021-5123777 | 文号: | 无文号 |').agencyName).toBe(
      '',
    );
  });
});

describe('metadata the ninth held-out measure (149–163) missed', () => {
  it('a page’s date on the line after its label (real: 新蔡县人民政府 2020)', () => {
    const page = (dateLines: string) =>
      ok(
        `新蔡县人民政府2020年政府信息公开工作年度报告\n\n${dateLines}\n\n信息来源:\n\n新蔡县人民政府\n\n一、总体情况\n\n2020年,新蔡县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。`,
      ).report.meta.reportDate;
    expect(page('发布时间:\n\n2021-02-02 10:20')).toBe('2021-02-02');
    // A label whose next line is no date gives none.
    expect(page('发布时间:\n\n分享到:')).toBe(null);
  });

  it('the agency a preface written under 一、总体情况 names (real: 上思县南屏瑶族乡 2021)', () => {
    const text = (preface: string) =>
      ok(
        `一、总体情况\n${preface}\n(一)主动公开政府信息情况\n2021年度,我乡累计主动公开政府信息29条。`,
      ).report.meta.agencyName;
    expect(
      text(
        '根据《防城港市政务公开领导小组办公室关于做好2021年政府信息公开工作年度报告发布和报送工作的通知》要求,现向社会公开上思县南屏瑶族乡2021年政府信息公开工作年度报告。',
      ),
    ).toBe('上思县南屏瑶族乡');
    // An overview that names no report leaves it blank; `本乡` is no name.
    expect(text('2021年,我乡认真贯彻落实《条例》。')).toBe('');
    expect(text('现向社会公开本乡2021年政府信息公开工作年度报告。')).toBe('');
  });
});

describe('since a fix of stop 35 after the measure of 719–748: a text without its title (real: 长春新区市场监管分局 2020)', () => {
  const overview =
    '一、总体情况\n为全面贯彻落实《条例》和省、市政府信息公开工作的统一部署要求,我分局本着“以公开为常态、不公开为例外”的原则,有力推动了政务工作透明化。\n';
  const t2 = [
    '二、主动公开政府信息情况',
    '第二十条第(一)项 |',
    '|||',
    '信息内容 |',
    '本年新 |',
    '本年新 |',
    '对外公开总数量 |',
    '规章 |',
    '|',
    '|',
    '|',
    '规范性文件 |',
    '|',
    '|',
    '|',
    '第二十条第(五)项 |',
    '|||',
    '信息内容 |',
    '上一年项目数量 |',
    '本年增/减 |',
    '处理决定数量 |',
    '行政许可 |',
    '109 |',
    '-3 |',
    '44613 |',
  ].join('\n');
  const yearRow = '2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):2条 |';

  it('the year printed only in a table’s row is read, when no paragraph prints one', () => {
    expect(ok(`${overview}${t2}\n${yearRow}\n`).report.meta.year).toBe(2020);
    // Counter-examples: a paragraph’s year comes first; a date in a row is a day’s, not the year’s.
    expect(
      ok(`${overview}2019年,我分局主动公开信息2条。\n${t2}\n${yearRow}\n`).report.meta.year,
    ).toBe(2019);
    expect(ok(`${overview}${t2}\n发布日期:2021年1月20日 |\n`).report.meta.year).toBeNull();
  });

  it('rows whose every cell is a `|` of its own, where other rows print values in those places, were printed blank', () => {
    const printed = ok(`${overview}${t2}\n`).report.source?.printedBlank ?? [];
    expect([...printed].sort()).toEqual(
      [
        't2.regulations.newlyMade',
        't2.regulations.newlyPublished',
        't2.regulations.totalPublished',
        't2.normativeDocuments.newlyMade',
        't2.normativeDocuments.newlyPublished',
        't2.normativeDocuments.totalPublished',
      ].sort(),
    );
  });

  it('counter-examples: no row with a value, or values only in places the blank rows never fill (real: 杨凌区统计局 2023)', () => {
    const noValue = t2.slice(0, t2.indexOf('第二十条第(五)项'));
    expect(ok(`${overview}${noValue}\n`).report.source?.printedBlank).toBeUndefined();
    // 表三: six `|` then the row's total (`0 |`) in every row; a row all `|` says nothing of the
    // six places no row fills.
    const t3 = [
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 |',
      ...Array<string>(6).fill('|'),
      '0 |',
      '||',
      '二、上年结转政府信息公开申请数量 |',
      ...Array<string>(7).fill('|'),
      '||',
    ].join('\n');
    const r = ok(`${overview}${t2}\n${t3}\n`);
    expect((r.report.source?.printedBlank ?? []).filter((id) => id.startsWith('t3.'))).toEqual([]);
  });
});
