import { describe, expect, it } from 'vitest';
import { readTitle } from '@/import/read-meta';
import { shortTitleName } from '@/domain/format/report-name';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 464–493, mended after it. */

describe('a word of an agency’s name written twice', () => {
  it('is said (real: 松北区 2019, `由松北区人民政府政府办公室综合…`)', () => {
    const preface =
      '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定,由松北区人民政府政府办公室综合区政府、各街道办事处、乡镇政府和区政府各委、办、局2019年政府信息公开工作完成情况编制而成。';
    expect(messageOf(withPreface(preface, 2019), 'agency-name-word-doubled:meta')).toBe(
      '文中的机关名称“…区人民政府政府办公室”里“政府”重复了一次，请删去多余的“政府”',
    );
    expect(keys(withPreface('由某某县人民人民政府编制。', 2019))).toContain(
      'agency-name-word-doubled:meta',
    );
  });
  it('is not said of `政府政府信息`, nor of a word doubled outside a name', () => {
    // real: 闽清县 2022 (a slip of the part's name), 吴起县周湾镇 2021 (a heading)
    expect(
      keys(withPreface('本报告由总体情况、行政机关收到和处理政府政府信息公开申请情况等部分组成。')),
    ).not.toContain('agency-name-word-doubled:meta');
    expect(keys(withOverview('二、主动公开政府政府情况\n本年度共公开信息120条。'))).not.toContain(
      'agency-name-word-doubled:overview',
    );
  });
});

describe('信息 with 息 lost before a count', () => {
  it('is said (real: 温泉县查干屯格乡 2020, `共发布各类政务信40余条`)', () => {
    expect(
      messageOf(
        withOverview('在政府网上共发布各类政务信40余条,对乡政府重点工作进行了公开。', 2020),
        'info-word-cut:overview',
      ),
    ).toBe('文中“政务信40余条”的“信”后缺“息”字（应为“政务信息40余条”），请补上');
  });
  it('is not said of 来信, 短信 or a whole 信息', () => {
    // real: 富县 2024, `受理市长信箱来信7件`
    expect(
      keys(withOverview('受理市长信箱来信7件,发送短信3条,主动公开政务信息40条。', 2020)),
    ).not.toContain('info-word-cut:overview');
  });
});

describe('the title’s year printed without its 年, after the agency', () => {
  it('is read off the agency and said (real: 海南省旅游和文化广电体育厅 2020)', () => {
    const title = '海南省旅游和文化广电体育厅2020政府信息公开工作年度报告';
    expect(readTitle(title)).toEqual({
      agency: '海南省旅游和文化广电体育厅',
      year: null,
      lostYear: '2020',
    });
    const report = withPreface('现将本厅2020年度政府信息公开工作年度报告公布如下。', 2020);
    const titled = { ...report, source: { ...report.source, titleYear: '2020' } };
    expect(messageOf(titled, 'date-characters-missing:title')).toBe(
      '标题中的年份“2020”后缺“年”字（应为“2020年”），请补上',
    );
  });
  it('is not said of a title whose year keeps its 年, nor of another year (another check’s)', () => {
    expect(readTitle('海南省旅游和文化广电体育厅2020年政府信息公开工作年度报告').agency).toBe(
      '海南省旅游和文化广电体育厅',
    );
    const report = withPreface('现将本厅2020年度政府信息公开工作年度报告公布如下。', 2020);
    expect(keys({ ...report, source: { ...report.source, titleYear: '2019' } })).not.toContain(
      'date-characters-missing:title',
    );
  });
});

describe('the agency named without its place', () => {
  const named = (agencyName: string) => {
    const report = withPreface('现将本办2021年政府信息公开工作年度报告公布如下。');
    return { ...report, meta: { ...report.meta, agencyName } };
  };
  it('is said (real: 湟源县人民政府办公室 2021, titled `县人民政府办公室2021年…`)', () => {
    expect(messageOf(named('县人民政府办公室'), 'agency-name-place-missing')).toBe(
      '机关名称“县人民政府办公室”没有写明是哪个县（缺地名），请写全称（如“某某县人民政府办公室”）',
    );
    // real: 荆门市 2021, 孝感市 2019
    for (const name of ['市政府办公室', '市政府研究室', '镇人民政府'])
      expect(keys(named(name))).toContain('agency-name-place-missing');
  });
  it('is not said of a whole name, nor of a name whose first word starts so', () => {
    for (const name of ['湟源县人民政府办公室', '市场监督管理局', '镇宁自治县政府'])
      expect(keys(named(name))).not.toContain('agency-name-place-missing');
  });
});

describe('the report named in a short form (stop 31’s decision)', () => {
  it('is said where the preface presents this year’s report so (real: 通榆县新兴乡 2022, 寮步镇 2019)', () => {
    expect(
      messageOf(
        withPreface(
          '特向社会公布2022年我乡信息公开年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。',
          2022,
        ),
        'report-name-garbled:meta',
      ),
    ).toBe(
      '文中的报告名称“信息公开年度报告”缺“政府”“工作”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
    for (const preface of [
      '现向社会公布寮步镇政府2019年信息公开工作年度报告。',
      // real: 九龙坡区二郎街道 2022
      '二郎街道现面向社会公开2019年度政府信息公开年度报告。',
    ])
      expect(keys(withPreface(preface, 2019))).toContain('report-name-garbled:meta');
  });
  it('is not said of the whole name, a cited notice, another year’s report, nor one the text only speaks of', () => {
    for (const preface of [
      '现向社会公布2021年XX区人民政府信息公开工作年度报告。',
      '根据《关于做好2021年政府信息公开年度报告编制发布工作的通知》要求编制本报告。',
      // real: 宝山区吴淞街道 2021, last year's report
      '按照要求更新政府信息公开指南,发布2020年街道政府信息公开年度报告。',
      // real: 长春市长通街道 2024 (the text's year, a report it completed)
      '依法按时完成长通街道2021年政府信息公开年度报告,并于1月15日之前公开。',
    ])
      expect(keys(withPreface(preface, 2021))).not.toContain('report-name-garbled:meta');
  });
});

describe('the title naming the report in a short form', () => {
  it('is kept by the import and said (real: 离石区政府办 2025, `2025年政府信息公开年度报告`)', () => {
    expect(shortTitleName('2025年政府信息公开年度报告')).toBe('政府信息公开年度报告');
    expect(shortTitleName('两英镇政府2021年信息公开工作年度报告')).toBe('信息公开工作年度报告');
    const report = withPreface('本报告依据《中华人民共和国政府信息公开条例》编制。', 2025);
    const titled = { ...report, source: { ...report.source, titleName: '政府信息公开年度报告' } };
    expect(messageOf(titled, 'report-name-garbled:meta')).toBe(
      '标题中的报告名称“政府信息公开年度报告”缺“工作”，不是规定的名称“政府信息公开工作年度报告”，请按规定写报告名称',
    );
  });
  it('is not kept for the full name, a page’s path, nor 政务信息公开', () => {
    for (const title of [
      '吕梁市离石区人民政府办公室2025年政府信息公开工作年度报告',
      '当前页面:首页>政府信息公开>马水镇>信息公开年度报告',
      '沣西新城管理委员会2019年政务信息公开年度报告',
    ])
      expect(shortTitleName(title)).toBeNull();
  });
});
