import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { asAgency, keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 644–673 mended after it (stop 34, helper h1), from the real wording.
 */

const SCOPE = 'government-scope-missing';

const government = (overview: string, name: string, year = 2022): Report =>
  asAgency(withOverview(overview, year), 'government', name);
/** A text whose title the import did not read: no agency named, taken for a department's. */
const nameless = (overview: string, year = 2022): Report =>
  asAgency(withOverview(overview, year), 'department', '');

describe('a scope word said of no figures (government-scope-missing)', () => {
  // real: 兴仁市人民政府 2022
  const xingren =
    '(一)主动公开情况。2022年,共公开各类政府信息12888条,其中兴仁新闻1318条。\n(二)依申请公开情况。2022年,共收到10件依申请公开请求,共办结10件,结转2023年度继续办理2件;全市发生政府信息公开行政复议案件1起。';
  it('is said when 全市 only counts the 复议 cases (real: 兴仁市 2022)', () => {
    expect(keys(government(xingren, '兴仁市人民政府'))).toContain(SCOPE);
  });
  it('is not said when the sentence on 复议 gives the requests too', () => {
    // Since a fix of stop 42 after the measure of 1334–1348: with no count of items published beside
    // it in another sentence (a scope said of the requests only says nothing of those, real: 天涯区
    // 2023).
    const both = '2022年,全市共收到政府信息公开申请10件,行政复议1起。';
    expect(keys(government(both, '兴仁市人民政府'))).not.toContain(SCOPE);
  });
  // real: 十堰市人民政府 2021, 保康县 2020, 白沙黎族自治县人民政府 2023
  it('is said when the region’s work is only organised (real: 十堰市 2021, 保康县 2020)', () => {
    const shiyan =
      '严格执行《条例》相关规定,压实工作责任,印发全市政务公开年度工作要点和任务分解表。本年度公开政务信息12885条。';
    expect(keys(government(shiyan, '十堰市人民政府', 2021))).toContain(SCOPE);
    const baokang =
      '围绕2020年保康县中心工作,深化营商环境、重点民生领域等等方面开展部署全县政府信息公开工作。主动公开…政府信息7074条。';
    expect(keys(government(baokang, '保康县', 2020))).toContain(SCOPE);
  });
  it('is not said when the region’s work is what the report tells of, or advances (real: 乌鲁木齐市 2021)', () => {
    const urumqi =
      '2021年,乌鲁木齐市坚持以习近平新时代中国特色社会主义思想为指导,全市政务公开各项工作取得新成效。依托市政府门户网站集中公开…六大类44项信息。';
    expect(keys(government(urumqi, '乌鲁木齐市人民政府', 2021))).not.toContain(SCOPE);
    const advanced = '推进全县政务公开工作。全年主动公开政府信息3498条。';
    expect(keys(government(advanced, '陇西县人民政府'))).not.toContain(SCOPE);
  });
  it('is not said when the organised work’s sentence gives the whole region’s count', () => {
    const counted = '对全区政务公开工作进行统筹部署,全区主动公开政府信息1690条。';
    expect(keys(government(counted, '襄州区人民政府'))).not.toContain(SCOPE);
  });
  it('is not said when the government and its office are joined by 暨 (real: 邢台市人民政府办公室 2025)', () => {
    const xingtai =
      '(一)主动公开方面。主动全面公开规划信息、行政许可、重大民生信息等政府信息19322条;在“两馆一中心”公开市政府暨市政府办公室政策文件23件。';
    expect(
      keys(asAgency(withOverview(xingtai, 2025), 'department', '邢台市人民政府办公室')),
    ).not.toContain(SCOPE);
    const without = xingtai.replace('市政府暨市政府办公室', '');
    expect(
      keys(asAgency(withOverview(without, 2025), 'department', '邢台市人民政府办公室')),
    ).toContain(SCOPE);
  });
});

describe('a nameless text naming a government at work (government-scope-missing)', () => {
  // real: 襄州区人民政府 2022, its excerpt untitled
  const xiangzhou =
    '2022年,襄州区人民政府坚持以习近平新时代中国特色社会主义思想为指导,全面推进政府信息公开工作。\n(一)政府信息主动公开情况\n2022年,我区认真贯彻落实…要求,加强组织领导,对全区政务公开工作进行统筹部署。2022年,主动公开政府信息1690条。\n(二)政府信息依申请公开情况\n2022年,我区进一步优化政府信息依申请公开系统,将受理部门添加13个镇(街)、26个区直部门,方便群众直接向各镇(街)、区直部门申请,简化流程。2022年,我区共处理依申请公开政府信息81件,已全部办结。';
  it('is said of it as of a government’s (real: 襄州区 2022)', () => {
    expect(keys(nameless(xiangzhou))).toContain(SCOPE);
  });
  it('is said when the government compiles it (real: 黄浦区 2019’s preface, figures given)', () => {
    const report = withPreface(
      '本年度报告根据《条例》要求编制而成,由上海市黄浦区人民政府(以下简称区政府)编制。',
      2019,
      nameless('2019年,黄浦区主动公开政府信息3000条。', 2019),
    );
    expect(keys(report)).toContain(SCOPE);
  });
  it('is not said of a department’s text naming its government otherwise', () => {
    const department = '2022年,在襄州区人民政府的领导下,我局主动公开政府信息169条,收到申请8件。';
    expect(keys(nameless(department))).not.toContain(SCOPE);
  });
  // Since a fix of stop 37 after the measure of 989–1018: a nameless text compiled by a region's
  // government office is that office's report (real: 长宁区 2021, `由长宁区人民政府办公室编制`), so its
  // counts need their scope as an office's do; 松北区 2019's real preface says it (`综合区政府、各街道
  // 办事处、乡镇政府和区政府各委、办、局…统计汇总`) and is silent.
  it('is said of an office’s nameless text only when it leaves its figures’ scope unsaid', () => {
    const office = '由松北区人民政府政府办公室综合编制。全年主动公开政府信息169条。';
    expect(keys(nameless(office))).toContain(SCOPE);
    const summed =
      '由松北区人民政府政府办公室综合区政府、各街道办事处、乡镇政府和区政府各委、办、局2019年政府信息公开工作完成情况,统计汇总政府信息公开主要数据指标基础上编制而成。全年主动公开政府信息169条。';
    expect(keys(nameless(summed))).not.toContain(SCOPE);
  });
});

describe('a town’s figures before any heading read (government-scope-missing)', () => {
  // real: 龙河镇 2020, `一、报告内容` over `(一)总体情况`: the text lands in the preface
  const longhe =
    '2020年,龙河镇认真贯彻落实《中华人民共和国政府信息公开条例》,按照县政府办公室有关要求,安排专人负责日常工作。\n(二)行政机关主动公开政府信息情况\n通过政府门户平台主动公开信息共7件,其中,其中人事信息公开3件,常规性工作信息4件。\n(三)行政机关收到和处理政府信息公开申请情况。\n2020年我镇无收到和处理政府信息公开申请情况。';
  const onlyPreface = (preface: string): Report => {
    const base = withPreface(preface, 2020);
    return { ...asAgency(base, 'department', ''), narrative: {} };
  };
  it('is said when the figures stand in the text before the first heading (real: 龙河镇 2020)', () => {
    expect(keys(onlyPreface(longhe))).toContain(SCOPE);
  });
  it('is not said when that text gives no figures (an excerpt cut before them)', () => {
    expect(keys(onlyPreface(longhe.split('\n')[0] ?? ''))).not.toContain(SCOPE);
  });
});

describe('fewer documents in force than made this year, said in a text (text-valid-below-made)', () => {
  const KEY = 'text-valid-below-made:overview';
  // real: 子长市人民政府 2022, its excerpt cut before 表二
  const zichang =
    '(一)主动公开情况。全市通过各种形式,主动公开政府信息3131条。本年度制发规范性文件2件,现行有效规范性文件1件,本年度办理行政许可6428件,行政处罚160件。';
  /** The clean report with its 表二 row of 规范性文件 left blank (not printed). */
  const untabled = (overview: string): Report => {
    const report = withOverview(overview, 2022);
    const cells = Object.fromEntries(
      Object.entries(report.cells).filter(([id]) => !id.startsWith('t2.normative')),
    );
    return { ...report, cells };
  };
  it('is said when no repeal is told (real: 子长市 2022)', () => {
    expect(messageOf(untabled(zichang), KEY)).toBe(
      '正文写“本年度制发规范性文件2件,现行有效规范性文件1件”：现行有效规范性文件 1 件少于本年制发的 2 件，又未说明废止：本年制发而未废止的文件都应计入现行有效，请核对件数或写明废止情况',
    );
  });
  it('is not said when more are in force, or a repeal or clean-up is told (corpus wording)', () => {
    // real: `本年度制发规范性文件34件，现行有效件数424件`; `制发件数2件,废止件数1件,现行有效件数22件`
    expect(keys(untabled('本年度制发规范性文件34件，现行有效件数424件。'))).not.toContain(KEY);
    expect(keys(untabled('本年度制发规范性文件2件,废止1件,现行有效规范性文件1件。'))).not.toContain(
      KEY,
    );
    expect(
      keys(untabled('本年度制发规范性文件2件,现行有效规范性文件1件,另有1件已宣布失效。')),
    ).not.toContain(KEY);
    expect(keys(untabled('累计制发规范性文件300件,现行有效规范性文件120件。'))).not.toContain(KEY);
  });
  it('is left to 表二’s row when the table gives the repealed', () => {
    expect(keys(withOverview(zichang, 2022))).not.toContain(KEY);
  });
});
