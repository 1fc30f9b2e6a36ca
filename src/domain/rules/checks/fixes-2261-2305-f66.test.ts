import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * False warnings and misses of the measure of 2261–2305 mended after it (stop 56, helper f66): a
 * count of information said in words (`百余条`), a count of powers kept in a list of powers, a count
 * whose unit was lost before its twin clause's, counts made up to now, a paragraph of the overview
 * opening with the year after the report's, and the plans of the report's parts named for its own
 * year. From the real wording, with the corpus's nearby wording that must stay silent.
 */

const PROACTIVE_COUNT = 'proactive-count-missing:overview';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const UNIT = 'count-unit-missing:overview';
const PERIOD = 'statistics-period-mismatch:overview';

/** An overview of two items: the one on 主动公开 with its text, then the one on requests. */
const items = (proactive: string, requests = '本年度未收到政府信息公开申请。'): string =>
  `(一)主动公开情况\n${proactive}\n(二)依申请公开情况\n${requests}`;

describe('proactive-count-missing: a count of information said in words', () => {
  it('reads `全年主动公开各类信息累计百余条` as a count (real: 咸宁市林业局 2025)', () => {
    expect(importedWarns(realText('2276-xianning-lyj-2025.txt'), PROACTIVE_COUNT)).toBe(false);
    expect(keys(withOverview(items('全年主动公开各类信息累计百余条。')))).not.toContain(
      PROACTIVE_COUNT,
    );
    expect(keys(withOverview(items('通过门户网站发布政务信息数百条。')))).not.toContain(
      PROACTIVE_COUNT,
    );
  });
  it('still asks for the count where the item names only what was published', () => {
    expect(
      keys(withOverview(items('全面公开部门预决算、财政专项资金使用、政府采购执行等信息。'))),
    ).toContain(PROACTIVE_COUNT);
    // A number of measures is no count of information.
    expect(
      keys(withOverview(items('及时公开我局出台的稳经济十条措施,保障群众知情权。'))),
    ).toContain(PROACTIVE_COUNT);
  });
});

describe('overview-item-off-topic: powers kept in a list of powers', () => {
  it('reads `已确定保留权力226项(含行政处罚和行政强制)` as the list published (real: 延边州交通运输局 2022)', () => {
    expect(importedWarns(realText('2299-yanbian-jtj-2022.txt'), OFF_TOPIC)).toBe(false);
  });
  it('still says an item counting only cases handled (real: 安肃镇 2025)', () => {
    const ansu = withOverview(
      items(
        '我镇高度重视政府信息公开工作,充分利用网站、政务公开栏等方式发布信息。2025年,我镇共办理行政许可4251项,办理行政处罚6项,办理行政强制0项。',
      ),
    );
    expect(keys(ansu)).toContain(OFF_TOPIC);
  });
});

describe('count-unit-missing: a count whose twin clause has its unit', () => {
  it('reads `全年办理行政许可案件70,办理行政处罚案件18件` (real: 晋江市文化和旅游局 2022)', () => {
    expect(importedWarns(realText('2263-jinjiang-wenlv-2022.txt'), UNIT)).toBe(true);
    const report = withOverview(items('全年办理行政许可案件70,办理行政处罚案件18件。'));
    expect(messageOf(report, UNIT)).toContain('案件70,');
  });
  it('stays silent where each count has its unit, or the two clauses count different things', () => {
    expect(
      keys(withOverview(items('全年办理行政许可案件70件,办理行政处罚案件18件。'))),
    ).not.toContain(UNIT);
    expect(keys(withOverview(items('开通市民服务热线12345,受理群众咨询18件。')))).not.toContain(
      UNIT,
    );
  });
});

describe('statistics-period-mismatch: counts made up to now', () => {
  it('reads a count from the year’s first day to now (real: 台州市椒江区应急管理局 2024)', () => {
    expect(importedWarns(realText('2270-jiaojiang-yingji-2024.txt'), PERIOD)).toBe(true);
    const report = withOverview(
      items('2024年1月1日起至今,政府信息公开网站主动公开政务信息87条。'),
      2024,
    );
    expect(messageOf(report, PERIOD)).toContain('统计到写报告之时');
  });
  it('reads requests received counted to now (real: 咸宁市林业局 2025)', () => {
    expect(importedWarns(realText('2276-xianning-lyj-2025.txt'), PERIOD)).toBe(true);
  });
  it('stays silent on the year’s own period and on counts to now its gatherers passed', () => {
    const silent = [
      '2024年1月1日至12月31日,政府信息公开网站主动公开政务信息87条。',
      // real: 胡市镇 2019, 北戴河区政府办 2022 (published, no 已 or 累计).
      '截至目前共发布592条信息。',
      '截至目前政府办公室主动公开最新要闻、视频新闻、公示公告等信息1254条。',
      // real: 乌鲁木齐高新区(新市区) 2022 (the year named).
      '截至目前,2024年我区公开行政规范性文件2件,接收政府信息公开申请13件。',
    ];
    for (const said of silent) expect(keys(withOverview(items(said), 2024))).not.toContain(PERIOD);
  });
});

describe('wrong-year-in-text: the year after the report’s opening a paragraph of the overview', () => {
  it('reads `2022年,我局无依申请公开事项。` in a 2021 report (real: 包头市文化旅游广电局 2021)', () => {
    expect(
      importedWarns(realText('2301-baotou-wlgdj-2021.txt'), 'wrong-year-in-text:overview:2022'),
    ).toBe(true);
    const report = withOverview(
      items('2021年,我局共发布各类政务信息1634条。', '2022年,我局无依申请公开事项。'),
    );
    expect(keys(report)).toContain('wrong-year-in-text:overview:2022');
  });
  it('stays silent on the year’s own paragraph and on plans', () => {
    const own = withOverview(
      items('2021年,我局共发布各类政务信息1634条。', '2021年,我局无依申请公开事项。'),
    );
    expect(keys(own).some((k) => k.startsWith('wrong-year-in-text'))).toBe(false);
    const plan = withOverview(
      items('2021年,我局共发布各类政务信息1634条。', '2022年,我局将继续规范办理依申请公开事项。'),
    );
    expect(keys(plan).some((k) => k.startsWith('wrong-year-in-text'))).toBe(false);
  });
});

describe('wrong-year-in-text: the plans among the preface’s parts named for the report’s year', () => {
  it('reads `存在的主要问题和2021年工作思路四部分组成` in a 2021 report (real: 饶河县文化广电和旅游局 2021)', () => {
    expect(
      importedWarns(realText('2300-raohe-wglj-2021.txt'), 'wrong-year-in-text:meta:2021'),
    ).toBe(true);
  });
  it('stays silent on the next year’s plans, and on plans not listed as a part', () => {
    const next = withPreface(
      '本报告由概述、政务信息公开情况、存在的主要问题和2022年工作思路四部分组成。',
      2021,
    );
    expect(keys(next).some((k) => k.startsWith('wrong-year-in-text'))).toBe(false);
    // real: 辽东湾新区 2020 (`现将2020年工作情况和2021年工作计划`), told of a 2021 report.
    const told = withPreface('现将2021年工作情况和2022年工作计划报告如下。', 2021);
    expect(keys(told).some((k) => k.startsWith('wrong-year-in-text'))).toBe(false);
  });
});
