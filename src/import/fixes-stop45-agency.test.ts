import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { agencyInPreface } from './read-meta';

// Since stop 45 (the lead's convention, templates/fixtures/real/README.md, "Stop 45: the agency a
// preface names"): where no title or signature line prints the agency, the body the preface names
// as the report's own is the agency, as printed. The sentences are the corpus's own.

describe('the body a preface names as the report’s compiler', () => {
  it('reads 由X编制 (real: 天津市城管委 2024, 南京西路街道 2024, 长宁区政府办 2021, 七户乡 2020)', () => {
    expect(
      agencyInPreface(
        '本年度报告由天津市城市管理委员会编制,根据《中华人民共和国政府信息公开条例》(国务院令第711号),对全委2024年度的政府信息公开工作进行总结。',
      ),
    ).toBe('天津市城市管理委员会');
    expect(
      agencyInPreface(
        '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》(以下简称《规定》)要求,由上海市静安区人民政府南京西路街道办事处编制。',
      ),
    ).toBe('上海市静安区人民政府南京西路街道办事处');
    expect(
      agencyInPreface(
        '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)《上海市政府信息公开规定》(以下简称《规定》)的要求,由长宁区人民政府办公室编制。',
      ),
    ).toBe('长宁区人民政府办公室');
    expect(
      agencyInPreface(
        '本年报是根据《中华人民共和国政府信息公开条例》和《新疆维吾尔自治区实施<政府信息公开条例>办法》的要求,由七户乡编制的2020度政府信息公开年度报告。',
      ),
    ).toBe('七户乡');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《福建省政府信息公开办法》(以下简称《办法》)及政府信息公开工作相关文件要求,结合本年度政府信息公开工作实际,由罗联乡人民政府编制完成本报告。',
      ),
    ).toBe('罗联乡人民政府');
  });

  it('takes the body, not its office inside it (real: 新虹街道 2024, 海南省地震局 2024, 东港镇 2021)', () => {
    expect(
      agencyInPreface(
        '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》(以下简称《规定》)的要求,由上海市闵行区新虹街道办事处党政办编制。',
      ),
    ).toBe('上海市闵行区新虹街道办事处');
    expect(
      agencyInPreface(
        '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》),由海南省地震局办公室编制并依法公开。',
      ),
    ).toBe('海南省地震局');
    expect(
      agencyInPreface(
        '本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由东港镇人民政府党政办公室编制。',
      ),
    ).toBe('东港镇人民政府');
  });

  it('drops a short name given in brackets (real: 黄浦区 2019, 鄂温克族自治旗民委 2024)', () => {
    expect(
      agencyInPreface(
        '本年度报告根据…要求编制而成,由上海市黄浦区人民政府(以下简称区政府)编制。全文包括总体情况。',
      ),
    ).toBe('上海市黄浦区人民政府');
    expect(
      agencyInPreface(
        '结合工作实际,现公布鄂温克族自治旗民族事务委员会(以下简称旗民委)2024年政府信息公开工作年度报告。',
      ),
    ).toBe('鄂温克族自治旗民族事务委员会');
  });

  it('reads X(特此)编制(了)… (real: 青岛市民政局 2022, 兴华镇 2024, 洋里乡 2020, 大营镇 2023)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),青岛市民政局编制了2022年政府信息公开工作年度报告,本报告包括总体情况。',
      ),
    ).toBe('青岛市民政局');
    expect(
      agencyInPreface(
        '为提升政府工作的透明度和公信力,兴华镇人民政府特此编制2024年度政府信息公开工作年度报告。',
      ),
    ).toBe('兴华镇人民政府');
    expect(
      agencyInPreface(
        '根据《关于做好政府信息公开工作年度报告编制发布有关事项的通知》要求,洋里乡人民政府编制了本报告。',
      ),
    ).toBe('洋里乡人民政府');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《贵州省政府信息公开规定》的要求。大营镇党政办公室编制了《2023年度政府信息公开工作报告》(以下简称《报告》)。',
      ),
    ).toBe('大营镇');
  });
});

describe('the report the preface names, in more of its shapes', () => {
  it('reads the body before 本年度 (real: 吉昌镇 2023)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》规定,现公布磐石市吉昌镇本年度政府信息公开工作情况,本年报由总体情况组成。',
      ),
    ).toBe('磐石市吉昌镇');
  });

  it('reads words between the year and 报告 (real: 汨罗市 2024, 安徽省地震局 2023, 嵊泗县发改局 2020)', () => {
    expect(
      agencyInPreface(
        '现公布汨罗市人民政府2024年汨罗市政府信息公开工作年度报告。本报告由总体情况组成。',
      ),
    ).toBe('汨罗市人民政府');
    expect(
      agencyInPreface(
        '现将安徽省地震局2023年政府信息公开工作年度情况报告如下。本报告包括总体情况。',
      ),
    ).toBe('安徽省地震局');
    expect(
      agencyInPreface(
        '现向社会公布2020年度嵊泗县发展和改革局信息公开年度报告。本报告内容包括总体情况。',
      ),
    ).toBe('嵊泗县发展和改革局');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》特编制2023年度和静县克尔古提乡人民政府办公室信息公开年度报告。',
      ),
    ).toBe('和静县克尔古提乡人民政府办公室');
  });

  it('tries the shape again further on (real: 安乐乡 2019, 安溪县 2025)', () => {
    expect(
      agencyInPreface(
        '安乐乡在对去年政府信息公开工作进行认真回顾和总结的基础上,编制本报告现向社会公开安乐乡2019年政府信息公开工作年度报告。',
      ),
    ).toBe('安乐乡');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(国务院令第711号)等要求,特编制并向社会公布安溪县人民政府2025年政府信息公开工作年度报告。',
      ),
    ).toBe('安溪县人民政府');
  });
});

describe('sentences that name no agency', () => {
  it('stay silent', () => {
    for (const text of [
      // a summary of others' reports (real: 高淳区 2022)
      '本年度报告根据《中华人民共和国政府信息公开条例》的要求,由高淳区人民政府办公室汇总编制。',
      // a body without its place (real: 天津市外办 2020, 管委会社会事业管理局 2023, 东乌旗 2019)
      '本年度报告依据《中华人民共和国政府信息公开条例》(国务院令第711号),由市外办编制。',
      '根据文件精神,社会事业管理局编制了管委会办公室2022年政府信息公开工作年度报告(以下简称《年报》)。',
      '现将我旗2019年度政府信息公开工作报告如下:',
      '根据《条例》要求,我局编制了2023年政府信息公开工作年度报告。',
      '根据《条例》要求,县统计局编制了2021年政府信息公开工作年度报告。',
      '根据《条例》要求,县政府编制了2020年政府信息公开工作年度报告。',
      // a bare place (real: 乐平市 2025)
      '根据《中华人民共和国政府信息公开条例》,现向社会公布乐平市2025年政府信息公开工作年度报告。',
      // no body before 编制, or a sentence's subject at work, not a report's name
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分组成。',
      '本年度报告根据《中华人民共和国政府信息公开条例》编制。',
      '本年度报告根据《条例》要求,由区政府办公室统一编制。',
      '2024年以来,慈云镇人民政府严格按照《中华人民共和国政府信息公开条例》要求,扎实推进政府信息公开工作。',
      '滨湖街现将2021年度信息公开工作报告如下:',
    ])
      expect(agencyInPreface(text), text).toBeNull();
  });
});

const agencyOf = (text: string) => {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return { agency: r.report.meta.agencyName, warnings: r.warnings };
};

const PREFACE =
  '本年度报告根据《中华人民共和国政府信息公开条例》要求,由上海市闵行区马桥镇人民政府编制。全文包括总体情况、主动公开政府信息情况。';
const OVERVIEW = ['一、总体情况', '2024年,马桥镇深入贯彻《条例》精神,加大信息公开力度。'];

describe('a title or signature line still wins over the preface', () => {
  it('the preface’s compiler is the agency when nothing else names it (real: 马桥镇 2024)', () => {
    expect(agencyOf([PREFACE, ...OVERVIEW].join('\n')).agency).toBe('上海市闵行区马桥镇人民政府');
  });
  it('the title’s agency is kept', () => {
    const title = '上海市闵行区马桥镇2024年政府信息公开工作年度报告';
    expect(agencyOf([title, PREFACE, ...OVERVIEW].join('\n')).agency).toBe('上海市闵行区马桥镇');
  });
  it('the signature’s agency is taken, and the difference said', () => {
    const signed = [PREFACE, ...OVERVIEW, '上海市闵行区马桥镇人民政府办公室', '2025年1月20日'];
    const { agency, warnings } = agencyOf(signed.join('\n'));
    expect(agency).toBe('上海市闵行区马桥镇人民政府办公室');
    expect(warnings.some((w) => w.startsWith('前言中的机关名称'))).toBe(true);
  });
});
