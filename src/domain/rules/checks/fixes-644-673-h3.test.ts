import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface, realText } from '@/testing/checked-reports';

/**
 * Since a fix of stop 34 after the measure of 644–673: a preface's list of the report's parts that
 * names the overview's areas instead, or told by 阐述; `(一)总体情况` opening the overview when its
 * `一、总体情况` was left out; items numbered from `2.` on under a sub-heading.
 */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('a list of the report’s parts naming the overview’s areas', () => {
  const KEY = 'part-count-mismatch:meta';
  // real: 鄂州市人民政府办公室 2022
  const ezhou =
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求,编制发布本年报。全文包括主动公开、依申请公开、政府信息管理、政府信息平台建设、监督保障(含《中华人民共和国政府信息公开条例》第五十条第四项规定的各级人民政府“工作考核、社会评议和责任追究结果情况”)等方面。所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
  it('says the list is the overview’s areas (real: 鄂州市人民政府办公室 2022)', () => {
    expect(messageOf(withPreface(ezhou, 2022), KEY)).toBe(
      '列出的报告内容“主动公开、依申请公开、政府信息管理、政府信息平台建设、监督保障”是「一、总体情况」的几个方面，不是报告的组成部分：年度报告格式规定为 6 个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项',
    );
  });
  it('names the areas among other items (real: 乌海市工业和信息化局 2020)', () => {
    const wuhai =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由乌海市工业和信息化局编制而成。全文包括主动公开政府信息情况、依申请公开政府信息情况、政府信息公开管理、平台建设,监督保障等方面内容。';
    expect(messageOf(withPreface(wuhai, 2020), KEY)).toContain(
      '中“平台建设”“监督保障”是「一、总体情况」的小项',
    );
  });
  it('is silent on an overview’s own words and on the format’s note left in (real: 大埔县高陂镇 2022, 东莞市寮步镇 2019)', () => {
    const gaobei =
      '主要报告本机关上一年度政府信息公开工作总体情况,重在聚焦主题主线,对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述,主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。';
    expect(keys(withPreface(gaobei, 2022))).not.toContain(KEY);
    const liaobu =
      '现将本年度报告如下。政府信息公开工作主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。';
    expect(keys(withPreface(liaobu, 2019))).not.toContain(KEY);
  });
  it('is silent on the six parts named with the areas in brackets', () => {
    const six =
      '全文包括总体情况(含主动公开、依申请公开、政府信息管理、平台建设、监督保障)、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
    expect(keys(withPreface(six, 2022))).not.toContain(KEY);
  });
});

describe('a list of the report’s parts told by 阐述', () => {
  const KEY = 'part-count-mismatch:meta';
  // real: 重庆市南川区东城街道办事处 2024
  const dongcheng =
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,现编制本报告并向社会公布重庆市南川区东城街道办事处2024年政府信息公开工作年度报告,本年度报告中所列数据统计期限为2024年1月1日至2024年12月31日,将从主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况等方面进行阐述,以便公众全面了解我街道办事处在2024年度的政府信息公开工作详情。';
  it('says 总体情况 and 其他需要报告的事项 are left out (real: 南川区东城街道 2024)', () => {
    expect(messageOf(withPreface(dongcheng, 2024), KEY)).toContain(
      '但仍缺少「一、总体情况」、「六、其他需要报告的事项」',
    );
  });
  it('is silent on the six parts told so', () => {
    const six = dongcheng
      .replace('将从主动公开', '将从总体情况、主动公开')
      .replace('改进情况等方面', '改进情况、其他需要报告的事项等方面');
    expect(keys(withPreface(six, 2024))).not.toContain(KEY);
  });
  it('is silent on work told by its aspects (real: a 2021 report, `从推进政务公开制度化规范化、…等方面展开`)', () => {
    const work =
      '本报告所述工作从加强用权公开、加强政策发布解读、加强政务信息公开、加强公共卫生信息公开、加强制度执行等方面进行阐述。';
    expect(keys(withPreface(work, 2021))).not.toContain(KEY);
  });
});

describe('`(一)总体情况` opening the overview, its heading left out', () => {
  it('reads the overview from there, its (二) no first sub-heading of the preface (real: 定安县龙河镇 2020)', () => {
    const report = imported(realText('656-dingan-longhe-2020.txt'));
    expect(report.narrative.overview).toMatch(/^\(一\)总体情况\n2020年,龙河镇/);
    expect(report.meta.preface ?? '').not.toContain('(二)');
    expect(keys(report)).not.toContain('subheading-first-missing:meta');
  });
  it('leaves a `(一)总体情况` over the areas’ own `(一)` as it was (real: 白沙县 2023)', () => {
    const report = imported(realText('298-baisha-county-2023.txt'));
    expect(report.narrative.overview).toMatch(/^\(一\)主动公开方面/);
    expect(keys(report)).not.toContain('subheading-number-repeated:overview');
  });
});

describe('items numbered from 2. on under a sub-heading', () => {
  const KEY = 'subheading-first-missing:overview';
  // real: 弥勒市五山乡 2021
  const wushan = [
    '(一)主动公开政府信息情况',
    '五山乡人民政府充分利用政府信息公开网站及时规范发布社会公众关注较多的新出台的政策、政务办理流程、政府工作动态等信息。',
    '2021年五山乡主动公开政府信息145条,在市级统一规范的弥勒市人民政府门户网站发布政务信息6条,传统政务公示栏张贴公示信息66条。',
    '2.主动公开政府信息的主要类别为:机构职能类、政策与规范性文件类、规划计划类等;',
    '3.主动公开政府信息的形式:政府网站、政府信息查阅场所、报刊广播电视等媒体媒介及其他便民渠道;',
    '4.回应社会关切情况和政务舆情处置回应情况,通过来访群众当面解答指导。',
    '(二)依申请公开情况',
    '2021年未收到政府信息公开申请。',
  ].join('\n');
  it('says the first item is 2. (real: 弥勒市五山乡 2021)', () => {
    expect(messageOf(withOverview(wushan), KEY)).toBe(
      '这部分的第一个分项编号是“2.”，前面没有“1.”：请核对是否漏了一项或编号有误',
    );
  });
  it('is silent when 1. opens a line before a year, or ends the sub-heading’s line (real: 西平县专探乡 2020, a 人防办 2020)', () => {
    expect(
      keys(withOverview(wushan.replace('2021年五山乡主动公开', '1.2021年五山乡主动公开'))),
    ).not.toContain(KEY);
    expect(
      keys(
        withOverview(
          wushan.replace('(一)主动公开政府信息情况', '(一)主动公开政府信息情况。1.及时发布。'),
        ),
      ),
    ).not.toContain(KEY);
  });
  it('is silent on a lone later item under a sub-heading (real: 江源区政务服务局 2019, `4.协调各部门…` under `(三)`)', () => {
    const jiangyuan = [
      '(一)及时主动公开政府信息做到了实时上传。',
      '(二)主动公开政府信息的主要类别。包括机构职能、规划计划、业务工作、廉政勤政、重大项目等。',
      '(三)主动公开政府信息的形式。为便于群众知情,方便群众办事,有利于群众监督。',
      '4.协调各部门加强政务公开。',
      '根据最新版《政府信息公开条例》要求,按照上级要求做好公开。',
    ].join('\n');
    expect(keys(withOverview(jiangyuan))).not.toContain(KEY);
  });
});

describe('kinds of the year’s proactive whole said with a count larger than it', () => {
  const KEY = 'parts-sum-mismatch:overview';
  // real: 弥勒市五山乡 2021
  const wushan =
    '2021年五山乡主动公开政府信息145条,在市级统一规范的弥勒市人民政府门户网站发布政务信息6条,传统政务公示栏张贴公示信息66条。主动集中公开政府预决算、部门预决算16条,主动公开机构职能类、政策与规范性文件类、规划计划类、行政许可类、重大建设项目、民生实事类、安全生产、应急管理类等178条。';
  it('says the kinds are more than the whole (real: 弥勒市五山乡 2021)', () => {
    expect(messageOf(withOverview(wushan), KEY)).toBe(
      '文中说主动公开政府信息 145条，但随后所列“主动公开机构职能类、政策与规范性文件类、规划计划类、行政许可类、重大建设项目、民生实事类、安全生产、应急管理类等”就有 178条，比总数还多 33条：其中几类信息不会多于全部，请核对总数和各项',
    );
  });
  it('is silent when the kinds are fewer than the whole, and on counts over the years (real: 永泰县政府办 2022)', () => {
    expect(keys(withOverview(wushan.replace('等178条', '等120条')))).not.toContain(KEY);
    const yongtai =
      '2022年全办主动公开政府信息123条。历年累计主动公开机构职能类、规划计划类等政府信息2009条。';
    expect(keys(withOverview(yongtai))).not.toContain(KEY);
  });
});

describe('a department’s preface naming its government’s work as its own', () => {
  const KEY = 'other-agency-in-text:meta';
  // real: 丰满区民政局 2021 (its name not printed in the excerpt; its text says 我局)
  const fengman =
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,结合2021年度吉林市丰满区人民政府信息公开工作实际,编制发布此报告。';
  const overview =
    '(一)加强领导,健全组织。我局高度重视信息公开工作,加大推进信息公开工作力度。成立了信息公开工作领导小组,我局政务公开领导小组组长由局长担任。';
  it('says it of a 局 (real: 丰满区民政局 2021)', () => {
    const report = withOverview(overview, 2021, withPreface(fengman, 2021));
    expect(messageOf({ ...report, meta: { ...report.meta, agencyName: '' } }, KEY)).toBe(
      '序言说结合“吉林市丰满区人民政府”的政府信息公开工作实际编制本报告，本报告的机关却是部门（正文以“我局”自称）：是否照抄了政府的报告？请核对序言中的机关名称',
    );
  });
  it('is silent on a town’s and a 局’s own work, and on a government’s report (real: 泽库镇 2023, 自贡市商务局 2022)', () => {
    const zeku =
      '根据《条例》规定,结合2023年威海市文登区泽库镇政府信息公开工作实际,编制发布本报告。';
    const zigong = '根据《条例》规定,结合自贡市商务局2022年政府信息公开工作实际,编制发布本报告。';
    for (const preface of [zeku, zigong]) {
      const report = withOverview(overview, 2021, withPreface(preface, 2021));
      expect(keys({ ...report, meta: { ...report.meta, agencyName: '' } })).not.toContain(KEY);
    }
    const government = withOverview(
      overview.replaceAll('我局', '我区'),
      2021,
      withPreface(fengman, 2021),
    );
    expect(
      keys({
        ...government,
        meta: { ...government.meta, agencyName: '吉林市丰满区人民政府', agencyKind: 'government' },
      }),
    ).not.toContain(KEY);
  });
});
