import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import { coversArea, GOVERNMENT_AREA, overviewAreas } from '@/domain/report/overview-areas';
import type { Report } from '@/domain/report/types';
import { formatById } from '@templates/index';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/** Misses of the measure of 494–523 on the overview's structure, mended after it (stop 32). */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};
const withAgency = (report: Report, agencyName: string): Report => ({
  ...report,
  meta: { ...report.meta, agencyKind: 'government', agencyName },
});
const cut = (report: Report): Report => ({
  ...report,
  narrative: { ...report.narrative, problems: '', other: '' },
});

describe('工作考核、社会评议和责任追究结果 asked of a 人民政府 only', () => {
  const section = formatById('2021').sections.find((s) => s.id === 'overview');
  // real: 周至县沙河管委会 2021, five areas under their own sub-headings
  const overview = [
    '(一)本单位主动公开政府信息情况。一是通过政府网站主动公开机构职能、内设机构等机构基本信息。',
    '(二)政府信息依申请公开办理情况。2021年度我单位未收到政府信息公开申请。',
    '(三)政府信息管理情况。通过人工监察,督促落实信息公开工作。',
    '(四)政府信息公开平台建设情况。主要依托西安市周至县人民政府门户网站开展信息公开工作。',
    '(五)监督保障机制。切实加强对信息公开工作的监督检查,确保各项准备工作和措施落实到位。',
  ].join('\n');
  it('is not asked of a development zone’s committee (real: 周至县沙河管委会, 永川高新区管理委员会)', () => {
    expect(overviewAreas(section, 'government', '周至县沙河管委会')).not.toContain(GOVERNMENT_AREA);
    expect(overviewAreas(section, 'government', '永川高新技术产业开发区管理委员会')).not.toContain(
      GOVERNMENT_AREA,
    );
    expect(keys(withAgency(withOverview(overview), '周至县沙河管委会'))).not.toContain(
      'overview-areas-missing',
    );
  });
  it('is still asked of a 人民政府 writing the same', () => {
    expect(overviewAreas(section, 'government', '湘阴县人民政府')).toContain(GOVERNMENT_AREA);
    expect(
      messageOf(withAgency(withOverview(overview), '某县人民政府'), 'overview-areas-missing'),
    ).toContain(`未涉及：${GOVERNMENT_AREA}`);
  });
});

describe('the public watching the government is no 监督保障', () => {
  it('is not read as the area (real: 集贤里街道 2023)', () => {
    expect(
      coversArea(
        '居民群众可以通过北辰政务网访问查看,引导居民群众了解政府各项工作,主动参与和监督政府工作。',
        '监督保障',
      ),
    ).toBe(false);
  });
  it('while watching the disclosure work is', () => {
    expect(coversArea('切实加强对信息公开工作的监督检查。', '监督保障')).toBe(true);
    expect(coversArea('主动接受群众监督政府信息公开工作。', '监督保障')).toBe(true);
  });
});

describe('the 主动公开 item with no count of its own', () => {
  // real: 府谷县政府办 2022
  const items = (lead: string, first: string): string =>
    [
      lead,
      '(一)主动公开',
      first,
      '(二)依申请公开',
      '规范依申请公开工作流程。2022年,收到申请公开21条,办结21条。',
      '(三)政府信息管理',
      '本年度共公开政府信息3030条,公开主动公开政府文件1624份。',
      '(四)平台建设',
      '依托政府门户网站开展公开工作。',
    ].join('\n');
  const principles =
    '2022年府谷县人民政府办公室按照“公开是常态,不公开是例外”的要求,对信息公开任务进行了细化分解和落实。';
  it('is said though another item counts what was published', () => {
    expect(
      messageOf(
        withOverview(items('2022年,本办严格贯彻落实《条例》。', principles), 2022),
        'proactive-count-missing:overview',
      ),
    ).toBe(
      '总体情况的小标题“(一)主动公开”下只写了公开的内容和做法，没有写本年主动公开了多少条政府信息，请补充',
    );
  });
  it('is not said when the item or the overview’s lead gives the count', () => {
    expect(
      keys(
        withOverview(
          items('2022年,本办严格贯彻落实《条例》。', `${principles}全年主动公开政府信息3030条。`),
          2022,
        ),
      ),
    ).not.toContain('proactive-count-missing:overview');
    expect(
      keys(withOverview(items('2022年,本办共主动公开政府信息3030条。', principles), 2022)),
    ).not.toContain('proactive-count-missing:overview');
  });
});

describe('the report’s statistics period under 一、总体情况 with no preface before it', () => {
  // real: 天津市北辰区人民政府集贤里街道办事处 2023
  const body = [
    '2023年,集贤里街道认真贯彻落实《中华人民共和国政府信息公开条例》有关要求,及时调整政府信息公开工作领导小组。',
    '本年度报告中所列数据统计期限从2023年1月1日到12月31日止。',
    '(一)主动公开方面',
    '截至2023年12月31日总共发布各类重大民生信息78条。',
    '二、主动公开政府信息情况',
  ].join('\n');
  const title = '天津市北辰区人民政府集贤里街道办事处2023年政府信息公开工作年度报告';
  it('is said', () => {
    expect(
      messageOf(imported(`${title}\n一、总体情况\n${body}`), 'section-heading-mismatch:overview'),
    ).toBe(
      '「一、总体情况」标题之下写了序言的话（“本年度报告中所列数据统计期限从2023年1月1日到12月31日止”，统计期限）：序言应写在「一、总体情况」之前，标题之下写总体情况',
    );
  });
  it('is not said after a preface, nor of statistics as the year’s work', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》编制。本报告所列数据统计期限自2023年1月1日至2023年12月31日止。';
    expect(keys(imported(`${title}\n${preface}\n一、总体情况\n${body}`))).not.toContain(
      'section-heading-mismatch:overview',
    );
    const work = body.replace(
      '本年度报告中所列数据统计期限从2023年1月1日到12月31日止。',
      '加强数据统计工作,12月31日前完成全年统计。',
    );
    expect(keys(imported(`${title}\n一、总体情况\n${work}`))).not.toContain(
      'section-heading-mismatch:overview',
    );
  });
});

describe('a government’s excerpt giving its figures with no word of 本级 or the whole region', () => {
  // real: 湘阴县人民政府 2023, cut inside (一)
  const overview =
    '2023年,湘阴县人民政府以习近平新时代中国特色社会主义思想为指导,不断深化政务公开。\n(一)主动公开情况。\n2023年县政府门户网站发布信息12205条,其中政务要闻栏目全年发布信息5974条。';
  const report = cut(withAgency(withOverview(overview, 2023), '湘阴县人民政府'));
  it('is said once the overview has given what was published', () => {
    expect(keys(report)).toContain('government-scope-missing');
  });
  it('is not said when it says 本级 or 全县, nor before any figure, nor of a 街道 or a 管委会', () => {
    expect(keys(withOverview(`本报告数据为县政府本级。${overview}`, 2023, report))).not.toContain(
      'government-scope-missing',
    );
    expect(
      keys(withOverview(overview.replace('县政府门户网站', '全县'), 2023, report)),
    ).not.toContain('government-scope-missing');
    expect(
      keys(
        withOverview('2023年,湘阴县人民政府不断深化政务公开。\n(一)主动公开情况。', 2023, report),
      ),
    ).not.toContain('government-scope-missing');
    // A 苏木's government is judged since a fix of stop 33 (fixes-554-583-f1); a 街道 is no government.
    expect(keys(withAgency(report, '湘阴县文星街道办事处'))).not.toContain(
      'government-scope-missing',
    );
    expect(keys(withAgency(report, '桃园开发区管委会'))).not.toContain('government-scope-missing');
  });
});
