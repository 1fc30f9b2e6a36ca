import { describe, expect, it } from 'vitest';
import { evaluateChecks } from '@/domain/rules/evaluate-checks';
import { formatById, formats } from '@templates/index';
import { importText } from './import-text';
import { writeCells } from '@/store/editor-store';

const TITLE = '上湾乡人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';

/** 表二's first group as 康乐县上湾乡 2019 printed it, one cell per line, with `header` as its header. */
const oneCellPerLine = (header: readonly string[]): string =>
  `${TITLE}第二十条第(一)项\n${header.join('\n')}\n规章\n0\n0\n0\n规范性文件\n0\n0\n0\n第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n0\n0\n0\n`;

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

const warnings = (text: string) => {
  const report = imported(text);
  return evaluateChecks(formatById(report.formatId), report, {
    formats,
    today: '2026-12-01',
  }).filter((i) => i.checkId === 'table-header-repeated');
};

describe('a header label printed in another label’s place', () => {
  it('is recorded and warned (康乐县上湾乡 2019: 本年新制作数量 twice, no 本年新公开数量)', () => {
    const text = oneCellPerLine(['信息内容', '本年新制作数量', '本年新制作数量', '对外公开总数量']);
    expect(imported(text).source?.repeatedHeaders).toEqual([
      { table: 't2', label: '本年新制作数量', times: 2, missing: ['本年新公开数量'] },
    ]);
    const issues = warnings(text);
    expect(issues.map((i) => [i.key, i.severity])).toEqual([
      ['table-header-repeated:t2', 'warning'],
    ]);
    expect(issues[0]?.message).toBe(
      '表二“第二十条第（一）项”的表头“本年新制作数量”印了两次，没有“本年新公开数量”：应有一列是“本年新公开数量”，请按格式改正表头',
    );
    expect(issues[0]?.cells).toEqual([
      't2.regulations.newlyPublished',
      't2.normativeDocuments.newlyPublished',
    ]);
  });

  it('is read the same from a header in one pipe row', () => {
    const text = `${TITLE}| 第二十条第(一)项 |\n| 信息内容 | 本年新制作数量 | 本年新制作数量 | 对外公开总数量 |\n| 规章 | 0 | 0 | 0 |\n`;
    expect(imported(text).source?.repeatedHeaders).toEqual([
      { table: 't2', label: '本年新制作数量', times: 2, missing: ['本年新公开数量'] },
    ]);
  });

  it('passes the header as the format prints it', () => {
    const text = oneCellPerLine(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(imported(text).source?.repeatedHeaders).toBeUndefined();
    expect(warnings(text)).toEqual([]);
  });

  it('passes a header printed whole twice (a page break repeats it): no label missing', () => {
    const header = ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'];
    expect(
      imported(oneCellPerLine([...header, ...header])).source?.repeatedHeaders,
    ).toBeUndefined();
  });

  it('passes a header whose words wrapped out of reach (more labels missing than printed twice)', () => {
    const text = oneCellPerLine([
      '信息内容',
      '本年新制作数量',
      '本年新制作数量',
      '本年新',
      '公开数量',
    ]);
    // 本年新公开数量 and 对外公开总数量 both unread: not one label printed in another's place.
    const header = [
      '信息内容',
      '本年新制作数量',
      '本年新制作数量',
      '本年新',
      '公开数量',
      '对外公开',
      '总数量',
    ];
    expect(imported(oneCellPerLine(header)).source?.repeatedHeaders).toBeUndefined();
    expect(imported(text).source?.repeatedHeaders).toBeUndefined();
  });

  it('passes 表四, whose header prints 结果维持 … 总计 three times', () => {
    const t4 = `${TITLE}四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n${'0\n'.repeat(15)}`;
    const report = imported(t4);
    expect(report.cells['t4.review.upheld']).toBe('0');
    expect(report.source?.repeatedHeaders).toBeUndefined();
  });
});

describe('a header label changed into another word', () => {
  /** 表三's applicant header as 临沂市公路事业发展中心 2021 printed it (one cell per line). */
  const t3 = (business: string): string =>
    `${TITLE}三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n${business}\n科研机构\n社会公益组织\n法律服务机构\n其他\n一、本年新收政府信息公开申请数量\n${'0\n'.repeat(7)}`;

  it('is recorded and warned (临沂市公路事业发展中心 2021: 事业企业 for 商业企业)', () => {
    const report = imported(t3('事业企业'));
    expect(report.source?.changedHeaders).toEqual([
      { table: 't3', printed: '事业企业', label: '商业企业' },
    ]);
    const found = evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).filter((i) => i.checkId === 'table-header-changed');
    expect(found.map((i) => i.message)).toEqual([
      '表三的表头把“商业企业”印成了“事业企业”：格式的栏目名称不能改动，请按格式改为“商业企业”',
    ]);
  });

  it('passes the format’s label, a mark typed otherwise, and a label cut or wrapped', () => {
    expect(imported(t3('商业企业')).source?.changedHeaders).toBeUndefined();
    // `本年增\减` for `本年增/减` (real: 云林街道 2019): a mark, not another word.
    const t2 = oneCellPerLine(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(imported(t2.replace('本年增/减', '本年增\\减')).source?.changedHeaders).toBeUndefined();
    expect(imported(t3('商业')).source?.changedHeaders).toBeUndefined();
    expect(imported(t3('商业\n企业')).source?.changedHeaders).toBeUndefined();
  });
});

describe('a header label changed in two characters side by side, read from pipe rows', () => {
  const TITLE = '临潼区开发区管委会2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
  /** 表二's 第二十条第（五）项 as 临潼区 开发区管委会 2021 printed it, with `header` as its column. */
  const t2 = (header: string): string =>
    `${TITLE}第二十条第(五)项 | |||\n信息内容 | ${header} | ||\n行政许可 | 0 | ||\n`;

  it('is recorded and warned (临潼区 开发区 2021: 本年处理绝对数量 for 本年处理决定数量)', () => {
    const report = imported(t2('本年处理绝对数量'));
    expect(report.cells['t2.licensing.decisions']).toBe('0');
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '本年处理绝对数量', label: '本年处理决定数量' },
    ]);
    const found = evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).filter((i) => i.checkId === 'table-header-changed');
    expect(found.map((i) => [i.key, i.message])).toEqual([
      [
        'table-header-changed:t2:本年处理决定数量',
        '表二的表头把“本年处理决定数量”印成了“本年处理绝对数量”：格式的栏目名称不能改动，请按格式改为“本年处理决定数量”',
      ],
    ]);
  });

  it('reads one character changed in a pipe header too (平潭海坛片区 2023: 先行有效件数)', () => {
    const text = `${TITLE}第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 先行有效件数 |\n规章 | 0 | 0 | 0 |\n`;
    expect(imported(text).source?.changedHeaders).toEqual([
      { table: 't2', printed: '先行有效件数', label: '现行有效件数' },
    ]);
  });

  it('passes the format’s label, two characters apart or in a short label, and a piece', () => {
    expect(imported(t2('本年处理决定数量')).source?.changedHeaders).toBeUndefined();
    // Two characters changed, not side by side: not one word typed as another.
    expect(imported(t2('本年办理决定件量')).source?.changedHeaders).toBeUndefined();
    // A label wrapped: its piece is shorter.
    expect(imported(t2('本年处理')).source?.changedHeaders).toBeUndefined();
    // A short label two characters off (表三's `商业企业`): another word, not a slip.
    const t3 = `${TITLE}三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n工商企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n一、本年新收政府信息公开申请数量\n${'0\n'.repeat(7)}`;
    expect(imported(t3).source?.changedHeaders).toBeUndefined();
  });
});

describe('header labels printed with characters dropped, two in one header', () => {
  const TITLE21 = '海滨街2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
  /** 表二's first group as 滨海新区海滨街 2021 printed it, one cell per line. */
  const t2 = (header: readonly string[]): string =>
    `${TITLE21}第二十条第(一)项\n${header.join('\n')}\n规章\n0\n0\n0\n行政规范性文件\n0\n0\n0\n`;

  it('are recorded and warned (滨海新区海滨街 2021: 本年发件, 现行有效件)', () => {
    const report = imported(t2(['信息内容', '本年发件', '本年废止件数', '现行有效件']));
    expect(report.cells['t2.regulations.valid']).toBe('0');
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '本年发件', label: '本年制发件数' },
      { table: 't2', printed: '现行有效件', label: '现行有效件数' },
    ]);
    const found = evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).filter((i) => i.checkId === 'table-header-changed');
    expect(found.map((i) => i.key)).toEqual([
      'table-header-changed:t2:本年制发件数',
      'table-header-changed:t2:现行有效件数',
    ]);
    expect(found[0]?.message).toBe(
      '表二的表头把“本年制发件数”印成了“本年发件”：格式的栏目名称不能改动，请按格式改为“本年制发件数”',
    );
  });

  it('records one label with a character lost (东湖风景区生态环境分局 2023: 现行有效件)', () => {
    expect(
      imported(t2(['信息内容', '本年制发件数', '本年废止件数', '现行有效件'])).source
        ?.changedHeaders,
    ).toEqual([{ table: 't2', printed: '现行有效件', label: '现行有效件数' }]);
    // The text cut in the header (崆峒区香莲乡 2020 ends at `本年新公开数`): no value after it.
    expect(
      imported(`${TITLE21}第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件\n`)
        .source?.changedHeaders,
    ).toBeUndefined();
  });

  it('passes pieces and a cut', () => {
    // A label wrapped: its pieces, one of them left over (`数`), are no label shortened.
    expect(
      imported(t2(['信息内容', '本年制发件', '数', '本年废止件数', '现行有效件'])).source
        ?.changedHeaders,
    ).toBeUndefined();
    // Three characters dropped: not the label shortened.
    expect(
      imported(t2(['信息内容', '本年发', '本年废止件数', '现行有效'])).source?.changedHeaders,
    ).toBeUndefined();
  });
});

describe('another word in a header label’s place', () => {
  const TITLE19 = '二郎镇人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n';
  /** 表二's 第二十条第(五)项 as 合川区二郎镇 2019 printed it, one cell per line. */
  const t2 = (header: readonly string[]): string =>
    `${TITLE19}第二十条第(五)项\n${header.join('\n')}\n行政许可\n0\n0\n0\n其他对外管理服务事项\n6\n6\n122\n`;

  it('is recorded and warned (合川区二郎镇 2019: 本年数量 for 本年增/减)', () => {
    const report = imported(t2(['信息内容', '上一年项目数量', '本年数量', '处理决定数量']));
    expect(report.cells['t2.otherServices.decisions']).toBe('122');
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '本年数量', label: '本年增/减' },
    ]);
    const found = evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).filter((i) => i.checkId === 'table-header-changed');
    expect(found.map((i) => [i.key, i.message])).toEqual([
      [
        'table-header-changed:t2:本年增/减',
        '表二的表头把“本年增/减”印成了“本年数量”：格式的栏目名称不能改动，请按格式改为“本年增/减”',
      ],
    ]);
  });

  it('passes a mark typed otherwise, a piece, a label shortened and a text after the header', () => {
    // `本年增\减` (云林街道 2019): the label with another mark.
    expect(
      imported(t2(['信息内容', '上一年项目数量', '本年增\\减', '处理决定数量'])).source
        ?.changedHeaders,
    ).toBeUndefined();
    // The label wrapped: two pieces in its place.
    expect(
      imported(t2(['信息内容', '上一年项目数量', '本年', '增/减', '处理决定数量'])).source
        ?.changedHeaders,
    ).toBeUndefined();
    // After the header's labels, before 处理决定数量's place: a wrapped row label (淄博 中埠 2020's
    // `行政` of 行政事业性收费 where 第二十条第(八)项's header ends).
    expect(
      imported(t2(['信息内容', '上一年项目数量', '本年增/减', '行政事业'])).source?.changedHeaders,
    ).toBeUndefined();
    // 本年公开数量 for 本年新公开数量 (平潭 自然资源局 2020): one character dropped, recorded since
    // stop 32 (its gatherer wrote it as a slip).
    const made = `${TITLE19}第二十条第(一)项\n信息内容\n本年新制作数量\n本年公开数量\n对外公开总数量\n规章\n0\n0\n0\n`;
    expect(imported(made).source?.changedHeaders).toEqual([
      { table: 't2', printed: '本年公开数量', label: '本年新公开数量' },
    ]);
  });
});

describe('a row of counts printed as one string of digits', () => {
  const TITLE21 = '市政府办公室2021年度政府信息公开工作报告\n二、主动公开政府信息情况\n';
  /** 表二's first group as 荆门市政府办公室 2021 printed it, one cell per line. */
  const t2 = (regulations: readonly string[], normative: readonly string[]): string =>
    `${TITLE21}第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n${regulations.join('\n')}\n行政规范性文件\n${normative.join('\n')}\n第二十条第(五)项\n信息内容\n本年处理决定数量\n行政许可\n0\n`;
  const runTogether = (text: string) => {
    const report = imported(text);
    return evaluateChecks(formatById(report.formatId), report, {
      formats,
      today: '2026-12-01',
    }).filter((i) => i.checkId === 'table-values-run-together');
  };

  it('is recorded and warned, the split not guessed (荆门市政府办公室 2021: 104, 2729318)', () => {
    const text = t2(['104'], ['2729318']);
    const report = imported(text);
    expect(report.source?.runTogether).toEqual([
      't2.regulations.made',
      't2.normativeDocuments.made',
    ]);
    expect(report.cells['t2.regulations.repealed']).toBeUndefined();
    const found = runTogether(text);
    expect(found.map((i) => [i.key, i.severity])).toEqual([
      ['table-values-run-together:t2.regulations.made', 'warning'],
      ['table-values-run-together:t2.normativeDocuments.made', 'warning'],
    ]);
    expect(found[1]?.message).toBe(
      '表二“行政规范性文件”一行只印了一个数“2729318”，这一行却有“本年制发件数”“本年废止件数”“现行有效件数”三栏：像是三栏的数字连在一起了，看不出各是多少，请按栏分别核对填写',
    );
    expect(found[1]?.cells).toEqual([
      't2.normativeDocuments.made',
      't2.normativeDocuments.repealed',
      't2.normativeDocuments.valid',
    ]);
  });

  it('passes full rows, a short row with a short count (雄县 2019: 规章 0) and a money row', () => {
    expect(runTogether(t2(['104', '0', '3'], ['27', '2', '318']))).toEqual([]);
    // Its other values lost, not run together: fewer digits than columns.
    expect(imported(t2(['0'], ['12'])).source?.runTogether).toBeUndefined();
    // 行政事业性收费's one column: a single amount is the row whole.
    const fees = `${TITLE21}第二十条第(八)项\n信息内容\n本年收费金额(单位:万元)\n行政事业性收费\n2729318\n`;
    expect(imported(fees).source?.runTogether).toBeUndefined();
  });

  it('leaves the list when the cell is typed again in the form', () => {
    const report = imported(t2(['104'], ['2729318']));
    const typed = writeCells(report, [{ id: 't2.normativeDocuments.made', value: '27' }]);
    expect(typed.source?.runTogether).toEqual(['t2.regulations.made']);
    const both = writeCells(typed, [{ id: 't2.regulations.made', value: '1' }]);
    expect(both.source?.runTogether).toBeUndefined();
  });
});
