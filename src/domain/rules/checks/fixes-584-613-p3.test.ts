import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { importText } from '@/import';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** False warnings of the measure of 584–613 mended after it (stop 33, fixer p3). */

const imported = (text: string): Report => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result.report;
};

describe('a page’s property table with its labels spaced out (real: 阿合奇县人民政府办公室 2020)', () => {
  const page = [
    '阿合奇县人民政府办公室2020年政府信息公开工作年度报告',
    '',
    '索  引  号 AHQ1001-2021-000071 主题分类 机关事务',
    '名        称 阿合奇县人民政府办公室2020年政府信息公开工作年度报告',
    '主  题  词 阿合奇县 人民政府 政府办公室 2020 政府信息公开 信息公开工作 年度报告 成文日期 2021-01-30 00:00',
    '文        号 〔〕号 发布日期 2021-01-30 18:31',
    '发文单位 阿合奇县人民政府 发布机构 阿合奇县人民政府',
    '',
    '根据《中华人民共和国政府信息公开条例》要求,阿合奇县人民政府办公室编制形成了《阿合奇县人民政府办公室2020年政府信息公开工作年度报告》。报告中所列资料数据的汇总统计期限从2020年1月1日起至2020年12月31日止。',
    '',
    '一、总体情况',
    '',
    '2020年,阿合奇县人民政府办公室主动公开政府信息120条。',
  ].join('\n');

  it('is no preface: its keywords raise neither a lost 年 nor a doubled 政府', () => {
    const report = imported(page);
    expect(report.meta.preface?.startsWith('根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(keys(report)).not.toContain('date-characters-missing:meta');
    expect(keys(report)).not.toContain('agency-name-word-doubled:meta');
  });

  it('the same words in the preface itself are still said', () => {
    const report = withPreface(
      '根据《条例》,阿合奇县人民政府政府办公室编制了2020政府信息公开工作年度报告。',
      2020,
    );
    expect(keys(report)).toContain('agency-name-word-doubled:meta');
  });
});

describe('a quoted list whose first `“` was lost (real: 吉林省文化和旅游厅 2024)', () => {
  const preface =
    '根据《条例》规定,现公布吉林省文化和旅游厅2024年政府信息公开工作年度报告本报告总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议及行政诉讼情况”“存在的主要问题及改进情况”“其他需要报告的事项六个部分组成。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。';

  it('is said once, as the stray `”`, not again as its last `“` left open', () => {
    const found = keys(withPreface(preface, 2024));
    expect(found).toContain('text-stray-closer:meta');
    expect(found).not.toContain('text-bracket-unclosed:meta');
  });

  it('a `“` left open without a stray `”` is still said, the preface ending on its e-mail address (real: 七户乡 2020)', () => {
    const open =
      '本报告的电子版可以在“中国新疆奇台县政府网(www.xjqt.gov.cn)上下载。如对本报告有任何疑问,请与本单位政府信息公开受理机构联系,地址:七户乡人民政府,电话:7431006,电子邮箱:527051628@qq.com';
    expect(messageOf(withPreface(open, 2020), 'text-bracket-unclosed:meta')).toContain(
      '中国新疆奇台县政府网',
    );
  });
});

describe('a quotation cut by the excerpt’s end (real: 辛庄镇 2019)', () => {
  const cut =
    '2019年我镇收到政府信息公开申请1件。根据《中华人民共和国政府信息公开条例》第十五条“涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息,行政机关不得公开。但是,第三方同意公开或者行政机关认';

  it('is not said unclosed: it may close past the cut', () => {
    expect(keys(withOverview(cut, 2019))).not.toContain('text-bracket-unclosed:overview');
  });

  it('the same quotation left open in a text that ends its sentence is said', () => {
    expect(
      keys(withOverview(`${cut}为不公开会对公共利益造成重大影响的,予以公开。`, 2019)),
    ).toContain('text-bracket-unclosed:overview');
  });
});
