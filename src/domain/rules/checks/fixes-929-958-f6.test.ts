import { describe, expect, it } from 'vitest';
import { asAgency, keys, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 929–958 mended after it (stop 37, helper f6), from the real wording.
 */

const SCOPE = 'government-scope-missing';

describe('a nameless region’s report speaking as 我区 (government-scope-missing)', () => {
  const haitang = (asked: string, own = '') =>
    asAgency(
      withOverview(
        [
          `(一)主动公开政府信息情况。截止2021年12月31日,我区在政府信息公开专栏主动公开文件共349件,内容涵盖法规文件、财政、监督检查、社会保障、扶贫和教育等民生类文件及其他类文件。${own}`,
          '(二)依申请公开情况。我区2021年收到依法处理依申请公开共6件,给予非机关告知书文件6件。',
          `(三)政府信息管理情况。为有效促进区政府信息公开工作开展,区领导高度重视,${asked},各司其职,明确专人负责,确保信息公开工作进展顺利。`,
        ].join('\n'),
        2021,
      ),
      'department',
      '',
    );

  it('reads it as the government’s, the departments asked to help naming no figures (real: 海棠区 2021)', () => {
    expect(keys(haitang('要求各部门要积极配合'))).toContain(SCOPE);
  });
  it('keeps the departments with a count as the scope', () => {
    expect(keys(haitang('要求各部门共公开信息120条'))).not.toContain(SCOPE);
  });
  it('keeps the departments named otherwise as the scope', () => {
    expect(keys(haitang('各部门积极配合'))).not.toContain(SCOPE);
  });
  it('stays silent on a department speaking as 我局 of its region (as 642’s)', () => {
    expect(keys(haitang('要求各部门要积极配合', '我局认真落实。'))).not.toContain(SCOPE);
  });
});

describe('a county whose 汇总整理 is the work’s papers (government-scope-missing)', () => {
  const pengyang = (end: string) =>
    asAgency(
      withOverview(
        [
          '2022年,彭阳县人民政府紧紧围绕政务公开工作要点精神,进一步完善制度、狠抓落实。',
          '(一)依法拓展主动公开范围。全年累计发布信息19135条信息,其中政府网站发布信息3832篇。',
          '(二)依法办理政府信息公开申请。全年累计办理申请29件。',
          `(三)依法发布政府信息。加密内容筛查,从源头抓好敏感有害信息筛查删减,${end}`,
        ].join('\n'),
        2022,
      ),
      'department',
      '',
    );

  it('reads 汇总整理 as no scope (real: 彭阳县 2022)', () => {
    expect(keys(pengyang('汇总整理'))).toContain(SCOPE);
  });
  it('keeps 汇总 of the departments’ figures as the scope', () => {
    expect(keys(pengyang('汇总各部门公开信息。'))).not.toContain(SCOPE);
  });
});

describe('a city whose 全市 is said of other things than its figures (government-scope-missing)', () => {
  const hezuo = (said: string) =>
    asAgency(
      withOverview(
        [
          `(一)主动公开情况。2023年市政府网站信息发布总数4784条,其中政务动态信息2380条。${said}`,
          '(二)依申请公开情况。2023年全年共收到政府信息依申请公开申请6件,已全部在规定时限内按要求依法答复。',
        ].join('\n'),
        2023,
      ),
      'government',
      '合作市',
    );

  it('reads the region’s accounts, messages, documents cleared and rank as no scope (real: 合作市 2023)', () => {
    expect(
      keys(
        hezuo(
          '全市5个新媒体账号均有专人进行信息维护并建立内容审核发布制度。2023年,全市共受理网民留言45条,已办结45条。市政府办公室会同市司法局对全市行政规范性文件进行了清理。率先在全州范围内政府门户网站设置了基层26项重点领域公开栏目。',
        ),
      ),
    ).toContain(SCOPE);
  });
  it('keeps the region’s accounts with the items they published as the scope (real: 桐梓县 2022)', () => {
    expect(keys(hezuo('全市5个新媒体账号共发布信息1200条。'))).not.toContain(SCOPE);
  });
  it('keeps the region’s documents cleared with a count in the sentence as the scope', () => {
    expect(keys(hezuo('对全市行政规范性文件进行了清理,共清理文件19件。'))).not.toContain(SCOPE);
  });
  it('keeps the region’s information published as the scope', () => {
    expect(keys(hezuo('全市共公开政府信息4784条。'))).not.toContain(SCOPE);
  });
});

describe('a nameless town’s report named by its drafter (government-scope-missing)', () => {
  const jinzhou = (preface: string) =>
    asAgency(
      withOverview(
        '(一)本单位政府信息公开工作总体情况。2025年,金州乡高度重视政府信息公开工作。全年累计公开各类政府信息9条,较2024年增长50%。\n(二)积极推动政府信息主动公开。通过乡政务公开栏、村级公告栏、村民代表大会等渠道,及时公开各类政策文件、工作动态、通知公告等信息9条。',
        2025,
        withPreface(preface, 2025),
      ),
      'department',
      '',
    );

  it('reads the drafter as a town’s government (real: 金州乡 2025)', () => {
    expect(
      keys(jinzhou('报告起草单位为金州乡人民政府,办公地址为吉林省辽源市东辽县金州乡小街。')),
    ).toContain(SCOPE);
  });
  it('reads a town’s report published by its bare name (real: 金州乡 2025)', () => {
    expect(
      keys(
        jinzhou(
          '根据《中华人民共和国政府信息公开条例》规定,现公布金州乡2025年政府信息公开年度报告。',
        ),
      ),
    ).toContain(SCOPE);
  });
  it('stays silent on a department’s report naming no town', () => {
    expect(keys(jinzhou('报告起草单位为县统计局办公室。'))).not.toContain(SCOPE);
  });
});

describe('no request received, yet all said finished (zero-requests-answered)', () => {
  const KEY = 'zero-requests-answered:overview';
  const dalong = (said: string) =>
    withOverview(`(二)依申请公开情况。2025年,我乡严格执行《条例》第四章规定。${said}`, 2025);

  it('flags 均全部办结 after counts of none (real: 湖口县大垅乡 2025)', () => {
    expect(keys(dalong('通过信息公开平台收到申请0件,转办0件,本年度申请均全部办结。'))).toContain(
      KEY,
    );
  });
  it('stays silent when requests carried in are the ones finished', () => {
    expect(keys(dalong('收到申请0件,上年结转2件,均全部办结。'))).not.toContain(KEY);
  });
  it('stays silent on counts of outcomes all 0 with nothing said done', () => {
    expect(keys(dalong('收到申请0件,办结0件。'))).not.toContain(KEY);
  });
});
