import { describe, expect, it } from 'vitest';
import { corpusIssues } from '@/testing/corpus-issues';
import {
  issuesOf,
  keys,
  messageOf,
  withOverview,
  withPreface,
  importedReport,
  realText,
} from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 959–988 mended after it (stop 37, helper f10), from
 * the real wording.
 */

describe('an excerpt whose overview ends at the next heading, its paragraphs run into one line', () => {
  const anhua = [
    '2020年江南镇政府信息公开工作年度报告',
    '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制。 一、总体情况 2020年,江南镇党委、政府高度重视政府信息公开工作。 (一)强化组织领导。我镇坚持政府信息公开工作领导小组领导。 (二)健全管理制度。我镇根据《条例》和保密审查要求,制定了相关制度并认真执行。 (三)拓宽公开平台。2020年,在安化县人民政府门户网主动公开政府信息数511条。 二、主动公开政府',
  ].join('\n');
  const areas = (text: string) => {
    const issues = corpusIssues(text, false, '2026-12-01');
    if (typeof issues === 'string') throw new Error(issues);
    return issues.filter((i) => i.checkId === 'overview-areas-missing');
  };
  it('judges its areas, the overview shown whole (real: 安化县江南镇 2020)', () => {
    expect(areas(anhua).map((i) => i.message)).toEqual([
      '「一、总体情况」未涉及：依申请公开、监督保障（应包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面）',
    ]);
  });
  it('does not when the excerpt ends inside the overview', () => {
    expect(areas(anhua.replace(/ 二、主动公开政府$/, ''))).toEqual([]);
  });
});

describe('表二 captions printed with the item’s 第 lost (table-header-changed)', () => {
  const CAPTIONS = 'table-header-changed:t2';
  it('reads them from a table the import read as text (real: 大竹县川主乡 2019)', () => {
    const report = importedReport(realText('970-dazhu-chuanzhu-2019.txt'));
    expect(messageOf(report, CAPTIONS)).toBe(
      '表二的块标题印作“第二十条(五)项”“第二十条(六)项”“第二十条(八)项”，规定为“第二十条第（五）项”“第二十条第（六）项”“第二十条第（八）项”：标题不能改动，请按格式改正',
    );
  });
  it('reads one in a table read as a table', () => {
    const text = [
      '2021年某镇政府信息公开工作年度报告',
      '一、总体情况',
      '2021年,我镇主动公开政府信息120条。',
      '二、主动公开政府信息情况',
      '| 第二十条第（一）项 | | | |',
      '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '| 规章 | 0 | 0 | 0 |',
      '| 行政规范性文件 | 1 | 0 | 3 |',
      '| 第二十条(五)项 | | | |',
      '| 信息内容 | 本年处理决定数量 | | |',
      '| 行政许可 | 12 | | |',
    ].join('\n');
    const report = importedReport(text);
    expect(report.source?.changedHeaders).toEqual([
      { table: 't2', printed: '第二十条(五)项', label: '第二十条第（五）项' },
    ]);
    expect(keys(report)).toContain(CAPTIONS);
  });
  it('is silent on a sentence citing the items (real: 通州区西集镇 2024)', () => {
    const xiji = withPreface(
      '根据《中华人民共和国政府信息公开条例》第二十条(一)(五)(六)项规定,编制本报告。',
    );
    expect(keys(xiji)).not.toContain(CAPTIONS);
    expect(keys(withOverview('第二十条第(五)项\n行政许可000', 2019))).not.toContain(CAPTIONS);
  });
});

describe('digits led by a 0, a table row’s cells run together (count-unit-missing)', () => {
  it('is silent on `规范性文件000` (real: 大竹县川主乡 2019)', () => {
    const text =
      '信息内容本年新制作数量本年新公开数量对外公开总数量\n规章000\n规范性文件000\n其他对外管理服务事项000';
    expect(issuesOf(withOverview(text)).filter((i) => i.checkId === 'count-unit-missing')).toEqual(
      [],
    );
  });
  it('still reads a count whose unit was lost (real: 衡南县政府办 2022)', () => {
    expect(keys(withOverview('全年累计公开各类文件21,其中规范性文件3件。'))).toContain(
      'count-unit-missing:overview',
    );
  });
});

describe('a sub-heading run into its text without its number (subheading-number-missing)', () => {
  const LOST = 'subheading-number-missing:overview';
  const xingfeng = [
    '2023年,兴丰镇人民政府认真贯彻落实中央、省、市、县政府信息公开工作部署。',
    '(一)主动公开决策公开方面。决策前通过政府信息公开网站等多种形式广泛征集社会各方面意见建议。',
    ')依申请公开。2023年,我镇及时更新并发布了依申请公开条件、流程说明以及通信地址和联系电话。',
    '政府信息管理2023年,我镇树牢政府信息公开红线意识和底线思维,对政府信息公开发布审查工作进行再部署再强调。',
  ].join('\n');
  it('reads the area and the year after it (real: 秦安县兴丰镇 2023)', () => {
    expect(messageOf(withOverview(xingfeng, 2023), LOST)).toBe(
      '小标题“政府信息管理”前缺编号：同一部分的其他小标题写作“（一）”“（二）”…，请补上编号',
    );
  });
  it('is silent without a numbered sub-heading before it', () => {
    const [lead = '', , , managed = ''] = xingfeng.split('\n');
    expect(keys(withOverview(`${lead}\n${managed}`, 2023))).not.toContain(LOST);
  });
  it('is silent on an area opening a sentence with words after it', () => {
    const said = xingfeng.replace('政府信息管理2023年,', '政府信息管理方面,2023年');
    expect(keys(withOverview(said, 2023))).not.toContain(LOST);
  });
});

describe('an excerpt cut in a later item on publishing (proactive-count-missing)', () => {
  const COUNT = 'proactive-count-missing:overview';
  const yaoan = (last: string) =>
    [
      '姚安县农业农村局2021年政府信息公开工作年度报告',
      '一、总体情况',
      '2021年,我局认真贯彻落实《条例》。',
      '(一)加强组织领导。我局成立了政府信息公开工作领导小组。',
      '(三)全面拓展政府信息主动公开范围,做应公尽公。一是及时更新了机构职能、政府信息公开指南;二是认真履行政策解读职责;五是公开本部门农业农村动态信息。',
      last,
    ].join('\n');
  it('is silent: the cut item may give the count (real: 姚安县农业农村局 2021)', () => {
    const cut = yaoan(
      '(四)依法公开农业农村政府信息。依托姚安县政府信息公开门户网站:2021年12月31日,2021年度在姚安县政府信息公开门',
    );
    expect(keys(importedReport(cut))).not.toContain(COUNT);
  });
  it('still warns when the cut item is on requests (real: 东城区发改委 2021)', () => {
    const cut = yaoan(
      '(四)依申请公开办理情况\n2021年,我局通过信函和当面等方式受理了政府信息公开申请共2',
    );
    expect(keys(importedReport(cut))).toContain(COUNT);
  });
  it('still warns when the later item is written to its end', () => {
    const whole = yaoan(
      '(四)依法公开农业农村政府信息。依托姚安县政府信息公开门户网站做好公开工作。',
    );
    expect(keys(importedReport(whole))).toContain(COUNT);
  });
});

describe('an event’s name opening with its year (date-characters-missing)', () => {
  const LOST = 'date-characters-missing:overview';
  it('is silent (real: 黔东南州新闻办 2024)', () => {
    const text =
      '三是持续做好对外宣传。认真组织2024乐行摩托机车嘉年华暨“乐行黔东南”国家越野摩托大师邀请赛、“环雷公山马拉松”等体育赛事宣传。';
    expect(keys(withOverview(text, 2024))).not.toContain(LOST);
  });
  it('still reads a year whose 年 was lost between words (real: 关东街道 2025)', () => {
    const text = '(二)政府信息依申请公开情况2025关东街共受理政府信息公开申请3件。';
    expect(keys(withOverview(text, 2025))).toContain(LOST);
  });
});
