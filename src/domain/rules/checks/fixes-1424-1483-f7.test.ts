import { describe, expect, it } from 'vitest';
import { shortTitleName } from '@/domain/format/report-name';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';
import { clean2021 } from '@templates/fixtures/format-2021/clean';

/** Misses of the measure of 1424–1483 mended after it (stop 44, helper f7), from the real wording. */

const NAME_KEY = 'report-name-garbled:meta';
const untitled = (preface: string, year: number) =>
  asAgency(withPreface(preface, year), clean2021.report.meta.agencyKind, '');

describe('the report named in the title by 政务公开, or as 工作的报告 (report-name-garbled)', () => {
  const body =
    '\n\n根据《中华人民共和国政府信息公开条例》要求,现将2021年政府信息公开工作情况报告如下:\n\n一、总体情况\n\n我局坚持以市政府信息公开平台为主渠道,全年主动公开信息53条。\n';
  it('flags the title `…2021年度政务公开工作报告` (real: 东宁市文体广电和旅游局 2021)', () => {
    expect(importedMessage(`东宁市文体广电和旅游局2021年度政务公开工作报告${body}`, NAME_KEY)).toBe(
      '标题中的报告名称“政务公开工作报告”不是规定的名称“政府信息公开工作年度报告”（写成了“政务公开”），请按规定写报告名称',
    );
  });
  it('flags the title `…2024年度政府信息公开工作的报告` (real: 阿拉善盟交通运输局 2024)', () => {
    expect(shortTitleName('阿拉善盟交通运输局2024年度政府信息公开工作的报告')).toBe(
      '政府信息公开工作的报告',
    );
    expect(
      importedMessage(`阿拉善盟交通运输局2024年度政府信息公开工作的报告${body}`, NAME_KEY),
    ).toBe(
      '标题中的报告名称“政府信息公开工作的报告”把“年度报告”写成了“的报告”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('is silent on the name joined to the right one, or the right name', () => {
    for (const title of [
      '某县人民政府2021年政府信息公开和政务公开工作年度报告',
      '某县人民政府2021年政府信息与政务公开工作年度报告',
      '某县人民政府2021年政府信息公开工作年度报告',
    ])
      expect(shortTitleName(title)).toBeNull();
    expect(
      importedWarns(`东宁市文体广电和旅游局2021年政府信息公开工作年度报告${body}`, NAME_KEY),
    ).toBe(false);
  });
});

describe('the report named short as the subject of the preface’s first sentence (report-name-garbled)', () => {
  it('flags `本年度政府信息公开报告根据…编制` (real: 武清区崔黄口镇 2022)', () => {
    const preface =
      '本年度政府信息公开报告根据《中华人民共和国政府信息公开条例》规定,由天津市武清区崔黄口镇人民政府政务公开工作机构编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
    expect(messageOf(withPreface(preface, 2022), NAME_KEY)).toBe(
      '文中的报告名称“政府信息公开报告”缺“工作”“年度”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('flags `2023年度政府信息公开工作报告是按照…` (real: 锡林郭勒盟科技局 2023)', () => {
    const preface =
      '2023年度政府信息公开工作报告是按照修订后的《中华人民共和国政府信息公开条例》要求,由锡林郭勒盟科技局编制。';
    expect(keys(withPreface(preface, 2023))).toContain(NAME_KEY);
  });
  it('is silent on the format’s own words, the right name, or a name inside a sentence', () => {
    for (const preface of [
      '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。',
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
      '2022年度政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制。',
      '按照要求报送本年度政府信息公开报告根据上级安排进行了审核。',
    ])
      expect(keys(withPreface(preface, 2022))).not.toContain(NAME_KEY);
  });
});

describe('the report presented by its name with no year, no title above (report-name-garbled)', () => {
  const preface =
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号)工作规定,现发布岳阳临港高新技术产业开发区政府信息公开工作年度报告。本报告所列数据及相关情况的统计期限从2025年1月1日起至2025年12月31日止。';
  it('flags `现发布岳阳临港高新技术产业开发区政府信息公开工作年度报告` (real: 岳阳临港高新区 2025)', () => {
    expect(messageOf(untitled(preface, 2025), NAME_KEY)).toBe(
      '文中的报告名称“岳阳临港高新技术产业开发区政府信息公开工作年度报告”没有写年度，看不出是哪一年的报告：应为“…2025年政府信息公开工作年度报告”，请补上年度',
    );
  });
  it('is silent with a title above (real: 辉南县卫健局 2022, 泽州县 2024), or with the year', () => {
    expect(
      keys(
        withPreface(
          '根据《中华人民共和国政府信息公开条例》规定,现公布辉南县卫健局政府信息公开工作年度报告',
          2022,
        ),
      ),
    ).not.toContain(NAME_KEY);
    expect(
      keys(
        untitled(
          '根据《中华人民共和国政府信息公开条例》规定,现发布岳阳临港高新区2025年政府信息公开工作年度报告。',
          2025,
        ),
      ),
    ).not.toContain(NAME_KEY);
  });
});

describe('the regulation named with 工作 put in, or with 条例 lost (notice-citation-unknown)', () => {
  const KEY = 'notice-citation-unknown:overview:regulation-name';
  it('flags `深入贯彻落实国家政府信息公开工作条例` (real: 岳阳临港高新区 2025)', () => {
    const text =
      '2025年,岳阳临港高新技术产业开发区深入贯彻落实国家政府信息公开工作条例,结合省市政务公开工作要求,全面落实“五公开”。';
    expect(messageOf(withOverview(text, 2025), KEY)).toBe(
      '条例名称「政府信息公开工作条例」有误：应为《中华人民共和国政府信息公开条例》',
    );
  });
  it('flags `按照《中华人民共和国政府信息公开》的相关要求` (real: 青山区统计局 2023)', () => {
    const text =
      '2023年我单位的政府信息公开工作,按照《中华人民共和国政府信息公开》的相关要求,我局对政府信息公开工作高度重视。';
    expect(messageOf(withOverview(text, 2023), KEY)).toBe(
      '条例名称「《中华人民共和国政府信息公开》」有误：应为《中华人民共和国政府信息公开条例》',
    );
  });
  it('is silent on the regulation’s names, and the work named so (`政府信息公开工作`)', () => {
    for (const text of [
      '深入贯彻落实《中华人民共和国政府信息公开条例》,做好政府信息公开工作。',
      '认真落实《政府信息公开条例》和《广东省政务公开条例》。',
      '按照《上海市政府信息公开规定》做好政府信息公开工作,条例规定的事项全部公开。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(KEY);
  });
});

describe('the agency written as a sentence’s subject with its kind lost (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:overview';
  it('flags `银州区人民严格实行了…` where the text names 银州区人民政府 (real: 铁岭市银州区 2024)', () => {
    const text = [
      '2024年,银州区人民政府认真贯彻《中华人民共和国政府信息公开条例》。',
      '(三)政府信息管理',
      '2024年,银州区人民严格实行了保密审核制度,从文件源头严格把关。',
    ].join('\n');
    const report = asAgency(withOverview(text, 2024), 'government', '铁岭市银州区人民政府');
    expect(messageOf(report, KEY)).toBe(
      '文中把机关写作“银州区人民”，少了“政府”（文中别处作“银州区人民政府”）：请核对机关名称',
    );
  });
  it('flags `绵阳市安州区人社深入贯彻落实`, the preface writing 人社局 (real: 绵阳市安州区人社局 2023)', () => {
    const report = asAgency(
      {
        ...withOverview(
          '2023年,绵阳市安州区人社深入贯彻落实《中华人民共和国政府信息公开条例》。',
          2023,
        ),
        meta: {
          ...withOverview('', 2023).meta,
          preface: '如对本报告有疑问,如对本报告有任何疑问,请与绵阳市安州区人社局办公室联系。',
        },
      },
      'department',
      '绵阳市安州区人力资源和社会保障局',
    );
    expect(messageOf(report, KEY)).toBe(
      '文中把机关写作“绵阳市安州区人社”，少了“局”（文中别处作“绵阳市安州区人社局”）：请核对机关名称',
    );
  });
  it('is silent on the name whole, the people of a place, or a short name never written with its kind', () => {
    for (const text of [
      '2024年,银州区人民政府严格实行了保密审核制度。',
      '2023年,绵阳市安州区人社局深入贯彻落实条例。',
      '2023年,绵阳市安州区人社系统深入贯彻落实条例。',
    ])
      expect(
        keys(asAgency(withOverview(text, 2024), 'government', '铁岭市银州区人民政府')),
      ).not.toContain(KEY);
  });
});

describe('the contact naming the agency with its county’s 县 lost, a bracketed second name no words of it (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:overview';
  const agency = '和硕县文化体育广播电视和旅游局(文物局)';
  it('flags `请与和硕文化体育广播电视和旅游局联系` (real: 和硕县文化体育广播电视和旅游局 2023)', () => {
    const text =
      '公众如需进一步咨询了解相关信息,请与和硕文化体育广播电视和旅游局联系(地址:和硕县文化二街71)。';
    expect(messageOf(asAgency(withOverview(text, 2023), 'department', agency), KEY)).toBe(
      '文中把本机关写作“和硕文化体育广播电视和旅游局”，少了“县”：与机关名称“和硕县文化体育广播电视和旅游局”不一致，请核对',
    );
  });
  it('is silent on the name without its bracketed second name, or the place short elsewhere', () => {
    for (const text of [
      '2023年和硕县文化体育广播电视和旅游局在政府信息公开平台主动公开政府信息57条。',
      '请与和硕县文化体育广播电视和旅游局联系。',
      '通过和硕文化体育广播电视和旅游局网站公开信息57条。',
    ])
      expect(keys(asAgency(withOverview(text, 2023), 'department', agency))).not.toContain(KEY);
  });
});

describe('one channel listed twice running with two counts (channel-count-mismatch)', () => {
  const KEY = 'channel-count-mismatch:overview';
  it('flags `岳阳日报17条、岳阳日报32条` (real: 吕仙亭街道 2020)', () => {
    const text =
      '全年在各级媒体发布信息:人民网6条、湖南日报(新湖南)9 条、岳阳日报17条、岳阳日报32条、市、区新闻视频14条、手机报85条。';
    expect(messageOf(withOverview(text, 2020), KEY)).toBe(
      '文中“岳阳日报17条、岳阳日报32条”把同一渠道列了两次、数字不同：请核对其中一个名称（是否另一家媒体、另一个平台）或数字',
    );
  });
  it('is silent on two channels, the same count twice, or words sharing a start', () => {
    for (const text of [
      '人民网6条、岳阳日报17条、岳阳晚报32条。',
      '人民网6条、岳阳日报17条、岳阳日报17条。',
      '发布政策文件89条,政策解读22条。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(KEY);
  });
});
