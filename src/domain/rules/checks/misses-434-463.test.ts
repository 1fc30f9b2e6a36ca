import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '../../report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { unclosedBracket } from './text-slips';

/** What the measures of 434–463 missed: names, citations, scope and characters lost. */

const ofAgency = (
  report: Report,
  agencyName: string,
  agencyKind: Report['meta']['agencyKind'],
) => ({
  ...report,
  meta: { ...report.meta, agencyName, agencyKind },
});

describe('a rule on disclosure cited by a name no rule has', () => {
  const KEY = 'notice-citation-unknown:overview:rule-name';
  it('is said of a 规定 with no issuer (real: 西集镇 2024)', () => {
    const report = withOverview(
      '2024年,西集镇人民政府积极践行《政务信息公开规定》等相关政策精神,紧密围绕镇党委、政府的工作重心。',
      2024,
    );
    expect(messageOf(report, KEY)).toBe(
      '引用的「《政务信息公开规定》」没有这个名称的法规规章：国家的是《中华人民共和国政府信息公开条例》，省（市）的规章名称前有省（市）名（如《上海市政府信息公开规定》），请写所依据的法规规章的全称',
    );
    for (const name of ['政府信息公开办法', '政务公开条例', '政府信息公开暂行规定'])
      expect(keys(withOverview(`认真贯彻《${name}》,做好公开工作。`, 2024))).toContain(KEY);
  });

  it('stays silent on the regulation, its short forms, the provinces’ rules and an agency’s own (real wording)', () => {
    for (const sentence of [
      '认真贯彻《中华人民共和国政府信息公开条例》,做好公开工作。',
      '围绕《政府信息公开条例》第二十条法定公开范围。',
      // 273's and 392's short form, written down as a slip of style.
      '《信息公开条例》修订的第一年。',
      '根据《上海市政府信息公开规定》要求。',
      '依据《福建省政府信息公开办法》编制。',
      // 389's, written down as no problem.
      '按照《河南省政务公开规定》要求。',
      '严格执行《政府信息公开信息处理费管理办法》。',
      '制定了《政务信息公开办法》,规范发布流程。',
      '依据《海口市政府信息公开规定》(以下简称《政府信息公开规定》)编制。',
    ])
      expect(keys(withOverview(sentence, 2024))).not.toContain(KEY);
  });
});

describe('a county’s or a township’s government named as the maker of 规章', () => {
  const KEY = 'regulations-below-level:overview';
  const gaocheng = withOverview(
    '(二)政府信息管理方面。建立了公文公开属性源头认定和公开前发布审查工作机制。对区政府规章进行了系统清理,在区政府网站集中公开。',
    2022,
  );
  it('is said in a 区人民政府’s report (real: 藁城区人民政府 2022)', () => {
    const report = ofAgency(gaocheng, '石家庄市藁城区人民政府', 'government');
    expect(messageOf(report, KEY)).toBe(
      '报告写“对区政府规章进行了系统清理”：县级人民政府和乡镇人民政府不能制定规章（规章由国务院部门和省、自治区、直辖市及设区的市人民政府制定），没有“区政府规章”，是否照抄了上级的报告？所指的或是规范性文件，请核对',
    );
    const town = ofAgency(
      withOverview('全面梳理镇政府规章和规范性文件。', 2022),
      '某县某镇人民政府',
      'township',
    );
    expect(keys(town)).toContain(KEY);
  });

  it('stays silent on a city, an autonomous region, internal rules and a 街道’s clearing (real wording)', () => {
    expect(keys(ofAgency(gaocheng, '石家庄市人民政府', 'government'))).not.toContain(KEY);
    for (const [agency, kind, text] of [
      ['石家庄市藁城区人民政府', 'government', '健全区政府规章制度,规范公开流程。'],
      ['石家庄市藁城区人民政府', 'government', '配合清理市、区政府规章和规范性文件。'],
      [
        '新疆维吾尔自治区人民政府办公厅',
        'department',
        '建立自治区人民政府规章库、规范性文件库,集中统一公开我区现行有效政府规章和规范性文件。',
      ],
      // 446's, written down as no problem.
      [
        '上海市宝山区吴淞街道办事处',
        'township',
        '系统清理本行政机关现行有效的规章和行政规范性文件。',
      ],
    ] as const)
      expect(keys(ofAgency(withOverview(text, 2022), agency, kind))).not.toContain(KEY);
  });
});

describe('a county’s report doing the whole city’s work', () => {
  const jiayu = (preface: string) =>
    ofAgency(withPreface(preface, 2022), '嘉鱼县人民政府', 'government');
  it('is said of 做好全市… (real: 嘉鱼县人民政府 2022, copied from the city’s notice)', () => {
    const report = jiayu(
      '根据《中华人民共和国政府信息公开条例》要求,为认真做好全市2022年度政府信息公开工作年度报告发布工作,现向社会公开2022年度嘉鱼县人民政府信息公开工作年度报告。',
    );
    expect(messageOf(report, 'agency-scope-above-level:meta')).toContain(
      '做好全市2022年度政府信息公开工作',
    );
  });
  it('stays silent on helping with it, and on the county’s own', () => {
    for (const preface of [
      '积极配合做好全市政府信息公开工作年度报告发布工作,现向社会公开本报告。',
      '为认真做好全县2022年度政府信息公开工作年度报告发布工作,现向社会公开本报告。',
    ])
      expect(keys(jiayu(preface))).not.toContain('agency-scope-above-level:meta');
  });
});

describe('a paragraph opening with 据《…条例》, 根 lost', () => {
  it('is said (real: 孝感市 2024, 胡乐镇 2023)', () => {
    const report = withPreface(
      '据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求,编制本报告。',
      2024,
    );
    expect(messageOf(report, 'text-opening-lost:meta')).toBe(
      '段首写作“据《中华人民共和国政府信息公开条例》…”：编制依据应写“根据《中华人民共和国政府信息公开条例》”，句首丢了“根”字，请补上',
    );
  });
  it('stays silent on 根据, 依据 and 据 inside a sentence', () => {
    for (const preface of [
      '根据《中华人民共和国政府信息公开条例》规定,编制本报告。',
      '依据《中华人民共和国政府信息公开条例》规定,编制本报告。',
      '本报告依据《政府信息公开条例》编制;据《条例》第五十条,报告包括六部分。',
    ])
      expect(keys(withPreface(preface, 2024))).not.toContain('text-opening-lost:meta');
  });
});

describe('one document number cited for two documents', () => {
  const KEY = 'citation-number-two-titles:overview';
  const preface =
    '本报告根据《凉山州人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》(凉府办函〔2023〕148号)有关要求编制。';
  it('is said across the preface and the overview (real: 凉山州审计局 2023)', () => {
    const report: Report = {
      ...withPreface(preface, 2023),
      narrative: {
        ...clean2021.report.narrative,
        overview:
          '认真落实《凉山州人民政府办公室关于印发凉山州2023年政务公开重点工作安排的通知》(凉府办函〔2023〕148号)相关要求。',
      },
    };
    expect(messageOf(report, KEY)).toBe(
      '同一文号“凉府办函〔2023〕148号”引了两次，名称却不同（《凉山州人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》和《凉山州人民政府办公室关于印发凉山州2023年政务公开重点工作安排的通知》）：一个文号只对应一份文件，至少有一处文号或名称有误，请核对',
    );
  });
  it('stays silent on one document cited twice, with or without its issuer, and on two numbers', () => {
    for (const overview of [
      '认真落实《凉山州人民政府办公室关于做好2023年政府信息公开工作年度报告编制发布工作的通知》(凉府办函〔2023〕148号)。',
      '认真落实《关于做好2023年政府信息公开工作年度报告编制发布工作的通知》(凉府办函〔2023〕148号)。',
      '认真落实《凉山州人民政府办公室关于印发凉山州2023年政务公开重点工作安排的通知》(凉府办函〔2023〕93号)。',
    ]) {
      const report: Report = {
        ...withPreface(preface, 2023),
        narrative: { ...clean2021.report.narrative, overview },
      };
      expect(keys(report)).not.toContain(KEY);
    }
  });
});

describe('a bracket opened and never closed', () => {
  const weiyuan =
    '根据《条例》规定,现编制2021年政府信息公开工作年度报告。如对本报告有疑问,可与威远县乡村振兴局联系(地址:威远县严陵镇大桥98号,邮编:642450,联系电话:8221492\n(一)主动公开方面\n全年主动公开政府信息105条。';
  it('is said when the next paragraph opens another (real: 威远县乡村振兴局 2021)', () => {
    expect(messageOf(withOverview(weiyuan), 'text-bracket-unclosed:overview')).toBe(
      '“(地址:威远县严陵镇大桥98号,邮编:642450,联系电话:8221492…”的括号到段末没有闭合：缺“）”，请补全',
    );
  });
  it('stays silent on a bracket closed on a later line, open at the text’s end, or a heading’s', () => {
    // A PDF's line broken inside the bracket (real: 淮安市 2024).
    expect(
      unclosedBracket(
        '请与淮安市人民政府办公室联系（地址：淮\n安市健康东路1号）。\n（一）主动公开',
      ),
    ).toBeNull();
    // An excerpt cut inside it.
    expect(unclosedBracket('如有疑问请联系(地址:某县某路1号,电话:1234567')).toBeNull();
    // A heading's closer lost (said as the heading's).
    expect(
      unclosedBracket('(二主动公开情况\n全年公开信息(含转载)20条。\n(三)政府信息管理'),
    ).toBeNull();
    expect(unclosedBracket(weiyuan.replace('8221492', '8221492)。'))).toBeNull();
  });
});

describe('a lone closing quotation mark before a comma', () => {
  it('is said (real: 威远县乡村振兴局 2021)', () => {
    const report = withOverview(
      '2021年,县乡村振兴局收到1条自然人公开信息申请。申请公开内容是2014年威远县各个镇建档立卡的贫困户数和贫困人口数”,该条申请公开信息已在网上公开。',
    );
    expect(keys(report)).toContain('text-stray-closer:overview');
  });
  it('stays silent on a quotation opened before it', () => {
    const report = withOverview('严格执行“三审三校”,确保信息准确。申请内容为“贫困人口数”,已答复。');
    expect(keys(report)).not.toContain('text-stray-closer:overview');
  });
});
