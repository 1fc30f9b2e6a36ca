import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import { coversArea } from '@/domain/report/overview-areas';
import { asAgency, importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';
import { corpusIssues } from '@/testing/corpus-issues';
import { lostUnitsIn } from './lost-unit';

/**
 * Misses and false warnings of the measure of 2171–2215 mended after it (stop 54, helper f58):
 * counts, scope, overview areas. From the real wording, with the corpus's texts that must stay silent.
 */

const corpusKeys = (file: string): string[] => {
  const issues = corpusIssues(realText(file), false, '2026-12-01');
  if (typeof issues === 'string') throw new Error(issues);
  return issues.map((i) => i.key);
};

describe('false warnings of 2171–2215 silenced', () => {
  it('reads a 海关关区 as a customs district, no government (2203)', () => {
    expect(importedWarns(realText('2203-zhanjiang-hg-2023.txt'), 'government-scope-missing')).toBe(
      false,
    );
  });

  it('reads digits past a thousands separator as one number (2205)', () => {
    expect(
      importedWarns(realText('2205-shenzhen-hsj-2020.txt'), 'count-unit-missing:overview'),
    ).toBe(false);
    expect(lostUnitsIn('公开办理结果类信息824,019条;发布政府信息共计3,090条;')).toEqual([]);
    expect(lostUnitsIn('公开办理结果类信息824，019条。')).toEqual([]);
    // A count that lost its unit before a comma is still read.
    expect(lostUnitsIn('我办共主动公开政府信息131,主要为工作动态。')).toHaveLength(1);
    expect(lostUnitsIn('全年办理政府信息公开申请96,均按时答复。')).toHaveLength(1);
  });

  it('reads a ministry’s line agency named after its place as placed (2205)', () => {
    const named = (name: string) =>
      keys(asAgency(clean2021.report, 'department', name)).includes('agency-name-place-missing');
    expect(importedWarns(realText('2205-shenzhen-hsj-2020.txt'), 'agency-name-place-missing')).toBe(
      false,
    );
    expect(named('深圳海事局')).toBe(false);
    expect(named('长江航道局')).toBe(false);
    expect(named('海事局')).toBe(true);
    expect(named('审计局')).toBe(true);
  });

  it('leaves a cut overview of its own order unjudged for its areas (2210)', () => {
    expect(corpusKeys('2210-sichuan-mtdzj-2021.txt')).not.toContain('overview-areas-missing');
    // Cut inside 监督保障 after items in the format's order: an area not headed is missing.
    expect(corpusKeys('497-baodi-wlj-2025.txt')).toContain('overview-areas-missing');
    expect(corpusKeys('361-tianshui-xczxj-2021.txt')).toContain('overview-areas-missing');
  });

  it('reads a total in the clause after the information published (2200)', () => {
    expect(
      importedWarns(realText('2200-renhuai-tanchang-2022.txt'), 'proactive-count-missing:overview'),
    ).toBe(false);
    const overview = (said: string) =>
      `(一)主动公开情况。${said}\n(二)依申请公开情况。本年度未收到政府信息公开申请。\n(三)政府信息管理情况。严格落实保密审查。`;
    expect(
      keys(withOverview(overview('通过政府网、公开栏等形式面向社会公开了各类信息,共计100余条。'))),
    ).not.toContain('proactive-count-missing:overview');
    expect(
      keys(withOverview(overview('规范栏目,逐步屏蔽无效、过时信息,累计5500余条。'))),
    ).toContain('proactive-count-missing:overview');
  });

  it('reads none received called 请求 as the requests told (2177)', () => {
    expect(
      importedWarns(
        realText('2177-shangyou-shuangxi-2023.txt'),
        'overview-item-off-topic:overview',
      ),
    ).toBe(false);
    const overview = (said: string) =>
      `(一)主动公开情况。全年主动公开政府信息35条。\n(二)依申请公开\n${said}\n(三)政府信息管理情况。严格落实保密审查。`;
    expect(
      keys(withOverview(overview('我乡在2023年度暂没有群众提出政府信息公开的请求。'), 2023)),
    ).not.toContain('overview-item-off-topic:overview');
    expect(
      keys(withOverview(overview('我乡高度重视群众的合理请求,认真做好各项工作。'), 2023)),
    ).toContain('overview-item-off-topic:overview');
  });
});

describe('misses of 2171–2215 mended', () => {
  it('reads a town’s figure of no level where its organs are only given duties (2191)', () => {
    expect(
      importedWarns(realText('2191-rongchang-qingjiang-2019.txt'), 'government-scope-missing'),
    ).toBe(true);
    // 本级 said in the preface still says it (1418).
    expect(importedWarns(realText('1418-nanan-penghua-2024.txt'), 'government-scope-missing')).toBe(
      false,
    );
  });

  it('reads 审计监督 as the audit’s own work, not 监督保障 (2213)', () => {
    expect(corpusKeys('2213-yaozhou-sjj-2020.txt')).toContain('overview-areas-missing');
    expect(coversArea('着力提升审计的透明度和审计监督的威慑力', '监督保障')).toBe(false);
    expect(coversArea('主动接受社会监督,加强审计监督', '监督保障')).toBe(true);
    expect(coversArea('强化监督考核', '监督保障')).toBe(true);
  });

  it('reads a whole point on 主动公开 inside a cut item (2176)', () => {
    expect(
      importedWarns(realText('2176-huichang-xiaomi-2023.txt'), 'proactive-count-missing:overview'),
    ).toBe(true);
    const overview = (said: string) =>
      `(一)积极做好主动公开、依申请公开工作\n一是主动公开情况。${said} 二是依申请公开情况。2023年未接到群众有关政府信息公开申请;无政务信息公开收`;
    expect(
      keys(withOverview(overview('我乡2023年主动公开政府信息,公开渠道以政府网站为主。'), 2023)),
    ).toContain('proactive-count-missing:overview');
    expect(
      keys(withOverview(overview('我乡2023年在政府网站主动公开政府信息56条。'), 2023)),
    ).not.toContain('proactive-count-missing:overview');
  });
});
