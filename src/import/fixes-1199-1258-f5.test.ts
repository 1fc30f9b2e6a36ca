import { describe, expect, it } from 'vitest';
import { agencyInPreface } from './read-meta';
import { placedSignedName, readFrontMatter } from './read-front-and-signature';

// Since a fix of stop 40 after the measure of 1199–1258: three agencies the importer left empty.

describe('a title under a page’s properties as bullets (real: 三亚市卫生健康委员会 2020)', () => {
  const properties = [
    '首页>政府信息公开专栏',
    '  • 标    题:三亚市卫生健康委员会2020年政府信息公开工作年度报告',
    '  • 索 引 号:00823231-6/2021-00246',
    '  • 主题分类:综合政务;卫生、计划生育、妇女儿童;',
    '  • 发文机关:市卫生健康委员会',
    '  • 成文日期:2021-01-27',
    '  • 发文字号:',
    '  • 发布日期:2021-01-27',
    '  • 主 题 词:',
    '  • 文件状态:有效;',
    '  • 效力说明:',
    '',
  ];
  const title = '三亚市卫生健康委员会2020年政府信息公开工作年度报告';

  it('reads the title below them: a property listing its subjects is no sentence', () => {
    const front = readFrontMatter([
      ...properties,
      title,
      '',
      '更新时间:2021-01-27 11:21:43',
      '',
      '市卫生健康委员会',
      '',
    ]);
    expect(front.title).toBe(title);
    expect(front.agency).toBe('三亚市卫生健康委员会');
    expect(front.year).toBe(2020);
  });

  it('still takes no title-like line below a sentence of the text', () => {
    const front = readFrontMatter([
      ...properties,
      '2020年,三亚市卫生健康委员会根据新修订的《中华人民共和国政府信息公开条例》,推进卫生健康政府信息公开工作取得实效。',
      title,
    ]);
    expect(front.title).toBeNull();
  });
});

describe('a preface’s report name, garbled (real: 峰江街道 2021, 沙依巴克区人民政府 2019)', () => {
  it('reads the report’s name with 政府 lost', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,特向社会公布峰江街道2021年度信息公开年度报告。本报告由政府信息主动公开工作总体情况、主动公开政府信息情况…等六个部分组成。',
      ),
    ).toBe('峰江街道');
    // real: 寮步镇政府 2019
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《东莞市政府信息公开办法》的要求,现向社会公布寮步镇政府2019年信息公开工作年度报告。',
      ),
    ).toBe('寮步镇政府');
  });

  it('reads 工作情况报告 after a body’s full name', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》和自治区、市级相关要求,现将沙依巴克区人民政府2019年政府信息公开工作情况报告如下:',
      ),
    ).toBe('沙依巴克区人民政府');
  });

  it('still reads no bare place, no 我/本, and no other sentence', () => {
    for (const text of [
      // real: 乐平市 2025, 昭通市 2024, 兰州市 2020 (a bare place name: none by the fixtures' convention)
      '根据《中华人民共和国政府信息公开条例》(以下简称 《条例》),现向社会公布乐平市2025年政府信息公开工作年度报告。',
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现公布昭通市2024年政府信息公开工作年度报告。',
      '编制此报告现将兰州市2020年政府信息公开工作情况报告如下:',
      // the corpus's own words for itself
      '现将我镇2023年政府信息公开工作情况报告如下:',
      '现将我乡2023年政府信息公开工作情况报告如下:',
      '现将本年度工作完成情况报告如下:',
      // a contact sentence naming a body's office, no report's name
      '如对本年度报告有任何疑问,请与峰江街道信息公开领导小组办公室联系(电话:0576-82688220)',
      // (the year first with 政府 lost, real: 克尔古提乡 2023, 永安市卫生健康局 2024, once left as
      // none here: read since stop 45, fixes-stop45-agency.test.ts)
    ])
      expect(agencyInPreface(text), text).toBeNull();
  });
});

describe('a preface’s agency under a signature with its place (real: 苏平片区管理局 2020)', () => {
  it('takes the signature’s fuller name', () => {
    expect(placedSignedName('苏平片区管理局', '平潭综合实验区苏平片区管理局')).toBe(
      '平潭综合实验区苏平片区管理局',
    );
  });
  it('not another body’s, nor the same name, nor no signature', () => {
    expect(placedSignedName('苏平片区管理局', '平潭综合实验区党工委苏平片区管理局')).toBeNull();
    expect(placedSignedName('峰江街道', '路桥区人民政府峰江街道')).toBeNull();
    expect(placedSignedName('苏平片区管理局', '苏平片区管理局')).toBeNull();
    expect(placedSignedName('苏平片区管理局', '平潭综合实验区财政金融局')).toBeNull();
    expect(placedSignedName('苏平片区管理局', null)).toBeNull();
  });
});
