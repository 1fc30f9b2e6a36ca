import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '@/import';
import type { Report } from '../../report/types';
import { issuesOf, keys, messageOf, withPreface, withOverview } from '@/testing/checked-reports';

/** What the held-out texts 254–283 showed: dates, notice numbers and names. */

const real = (name: string): Report => {
  const imported = importText(readFileSync(`templates/fixtures/real/${name}`, 'utf8'));
  if (!imported.ok) throw new Error(imported.message);
  return imported.report;
};

describe('a month and day with 月 lost', () => {
  it('is said after 截至 (real: 梅溪湖街道 2023, `截至1231日`)', () => {
    const written =
      '街对2023年度公开的政府信息进行了认真的梳理和编目,截至1231日,新增工作动态类信息150条。';
    expect(messageOf(withOverview(written, 2023), 'date-characters-missing:overview')).toBe(
      '文中的日期“截至1231日”缺“月”字（应为“12月31日”），请补上',
    );
    expect(keys(withOverview(written.replace('1231日', '12月31日'), 2023))).not.toContain(
      'date-characters-missing:overview',
    );
  });

  it('is said with no word before it, its 月 left as spaces (real: 闵行区 2025)', () => {
    const written =
      '全区 2025 年共制发行政规范性文件 33 件,失效及废止 30 件, 12  31 日现行有效的行政规范性文件 105件。';
    expect(keys(withOverview(written, 2025))).toContain('date-characters-missing:overview');
    expect(keys(withOverview(written.replace('12  31 日', '12 月 31 日'), 2025))).not.toContain(
      'date-characters-missing:overview',
    );
  });

  it('a month of one digit only between 截至/到 and 止 or a stop; a count of days is none', () => {
    expect(keys(withOverview('数据统计截至131日。'))).toContain('date-characters-missing:overview');
    for (const written of [
      '办理时限由20个工作日压缩至120日以内。',
      '累计服务365日,全年无休。',
      '平均办理时限缩短至15日。',
      '截至12月31日,现行有效的规范性文件105件。',
    ])
      expect(keys(withOverview(written))).not.toContain('date-characters-missing:overview');
  });
});

describe('a year between a name and 政府信息公开 with 年 lost', () => {
  it('is said (real: 梅溪湖街道 2023, `现公布梅溪湖街道2023政府信息公开工作年度报告`)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》要求,现公布梅溪湖街道2023政府信息公开工作年度报告。';
    expect(messageOf(withPreface(preface, 2023), 'date-characters-missing:meta')).toBe(
      '文中“现公布梅溪湖街道2023政府信息公开工作年度报告”的年份后缺“年”字（应为“现公布梅溪湖街道2023年政府信息公开工作年度报告”），请补上',
    );
    // Whichever year it is (the year before, a last year's preface copied, is another slip).
    expect(keys(withPreface(preface, 2024))).toContain('date-characters-missing:meta');
    expect(keys(withPreface(preface.replace('2023政府', '2023年政府'), 2023))).not.toContain(
      'date-characters-missing:meta',
    );
  });

  it('before the key points too (real: 乌鲁木齐市 2021, `我市2021政务公开工作要点`)', () => {
    expect(
      keys(withOverview('认真落实《条例》,按照国家、自治区及我市2021政务公开工作要点和…要求。')),
    ).toContain('date-characters-missing:overview');
  });

  it('not a number or a code before the words', () => {
    for (const written of [
      '全年发布信息2023条政府信息公开专栏访问量上升。',
      '网站编号GZ2023政府信息公开专栏。',
      '按照《2023年政务公开工作要点》要求。',
      '第2023期政府信息公开简报。',
    ])
      expect(keys(withOverview(written, 2023))).not.toContain('date-characters-missing:overview');
  });
});

describe('document numbers with their year bracket broken', () => {
  it('the small brackets ﹝﹞ are brackets (real: 长坝镇 2022, `国办公开办函﹝202130号`)', () => {
    const preface =
      '按照《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函﹝202130号)要求,编制长坝镇2022年政府信息公开工作年度报告。';
    expect(
      messageOf(withPreface(preface, 2022), 'notice-citation-unknown:meta:broken-number'),
    ).toBe(
      '文号「国办公开办函﹝202130号」残缺：年份应写在“〔〕”中，后接序号，应是“国办公开办函〔2021〕30号”，请核对原文号',
    );
    expect(keys(withPreface(preface.replace('﹝202130号', '﹝2021﹞30号'), 2022))).not.toContain(
      'notice-citation-unknown:meta:broken-number',
    );
  });

  it('every broken number of a section in its one warning (real: 荣昌区商务委 2019)', () => {
    const overview =
      '2019年,我委认真贯彻落实《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔201960号)《重庆市人民政府办公厅关于做好政府信息公开工作年度报告有关工作的通知》(其他〔2019112号)等相关文件要求。';
    const report = withOverview(overview, 2019);
    expect(issuesOf(report).filter((i) => i.key.endsWith(':broken-number'))).toHaveLength(1);
    expect(messageOf(report, 'notice-citation-unknown:overview:broken-number')).toBe(
      '文号「国办公开办函〔201960号」「其他〔2019112号」残缺：年份应写在“〔〕”中，后接序号，应是“国办公开办函〔2019〕60号”“其他〔2019〕112号”，请核对原文号',
    );
  });
});

describe('a known notice cited by its title cut short', () => {
  it('is said (real: 江苏省统计局 2019, `《关于政府信息公开工作年度》`)', () => {
    const overview =
      '深入贯彻落实新修订的《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度》《关于规范政府信息公开平台有关事项的通知》要求。';
    const report = withOverview(overview, 2019);
    expect(messageOf(report, 'notice-citation-unknown:overview:title-2019-60')).toBe(
      '引用的《关于政府信息公开工作年度》名称不全：应是《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号），请补全名称',
    );
  });

  it('a whole title, another document’s, or a title too short to tell is none', () => {
    for (const title of [
      '《关于政府信息公开工作年度报告有关事项的通知》',
      '《国务院办公厅政府信息与政务公开办公室关于政府信息公开年度报告有关项目填报问题的解释》',
      '《关于规范政府信息公开平台有关事项的通知》',
      '《关于政府信息》',
    ])
      expect(
        keys(withOverview(`认真落实${title}要求。`, 2019)).filter((k) =>
          k.startsWith('notice-citation-unknown:overview:title'),
        ),
      ).toEqual([]);
  });
});

describe('the agency read from the title and the preface', () => {
  it('a title’s year without 年 is not the agency’s (real: 粤汉街道 2023)', () => {
    expect(real('274-zhuhui-yuehan-2023.txt').meta.agencyName).toBe('珠晖区粤汉街道');
  });

  it('a title’s year without 年 that is not the report’s is said (real: 粤汉街道 2023)', () => {
    const report = real('274-zhuhui-yuehan-2023.txt');
    expect(report.meta.year).toBe(2023);
    expect(report.source?.titleYear).toBe('2022度');
    expect(messageOf(report, 'statistics-period-mismatch:meta')).toBe(
      '标题中的年份写作“2022度”（缺“年”字），而统计期限为 2023年1月1日至2023年12月31日，报告年度是 2023 年：标题的年份是否写错？',
    );
    // The title's year the text's: kept (since a fix after the measure of 464–493, for the check
    // of a year without 年), not said by this check.
    const text = readFileSync('templates/fixtures/real/274-zhuhui-yuehan-2023.txt', 'utf8');
    const imported = importText(text.replace('2022度', '2023度'));
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.report.source?.titleYear).toBe('2023度');
    expect(keys(imported.report)).not.toContain('statistics-period-mismatch:meta');
  });

  it('a preface naming the report 政务信息公开年度报告 (real: 沣西新城 2019)', () => {
    expect(real('281-fengxi-xincheng-2019.txt').meta.agencyName).toBe(
      '陕西省西咸新区沣西新城管理委员会',
    );
  });
});

describe('the regulation’s order number (what 284–313 showed)', () => {
  it('is said when it is neither 711 nor 492 (real: 福州片区 2024, `(国务院令第771号)`)', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》(国务院令第771号,以下简称《条例》)要求编制。';
    expect(
      messageOf(withPreface(preface, 2024), 'notice-citation-unknown:meta:regulation-order'),
    ).toContain('令号「国务院令第771号」有误');
    // The right numbers, the short name, and another regulation's order in the same sentence.
    for (const text of [
      preface.replace('771', '711'),
      preface.replace('771', '492'),
      '根据《条例》(国务院令第711号)要求编制本报告。',
      '依据《中华人民共和国保守国家秘密法实施条例》(国务院令第646号)和《中华人民共和国政府信息公开条例》(国务院令第711号)编制。',
    ])
      expect(keys(withPreface(text, 2024))).not.toContain(
        'notice-citation-unknown:meta:regulation-order',
      );
  });
});

describe('a notice number with both its year brackets lost (since the measure of 404–433)', () => {
  it('is a broken number (real: 乌恰县 2020, `(国办公开办函201960号)`)', () => {
    const preface =
      '本年度政府信息公开工作报告根据《中华人民共和国政府信息公开条例》《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函201960号)等相关文件要求编制。';
    expect(
      messageOf(withPreface(preface, 2020), 'notice-citation-unknown:meta:broken-number'),
    ).toBe(
      '文号「国办公开办函201960号」残缺：年份应写在“〔〕”中，后接序号，应是“国办公开办函〔2019〕60号”，请核对原文号',
    );
    expect(keys(withPreface(preface.replace('201960号', '〔2019〕60号'), 2020))).not.toContain(
      'notice-citation-unknown:meta:broken-number',
    );
  });
});
