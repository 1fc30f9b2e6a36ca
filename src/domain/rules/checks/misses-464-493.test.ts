import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { strayCloser } from './text-slips';

/** What the measure of 464–493 missed: citations and text slips. */

describe('the regulation cited as 国务院令第492号 (the 2007 one)', () => {
  const KEY = 'notice-citation-unknown:meta:regulation-order-492';
  const quanzhou =
    '根据《中华人民共和国政府信息公开条例》(国务院令第492号)(以下简称《条例》),特向社会公布2022年度全州县政府信息公开工作年度报告。';
  it('is said in a report of 2019 or later (real: 全州县 2022)', () => {
    expect(messageOf(withPreface(quanzhou, 2022), KEY)).toBe(
      '引用的条例令号「国务院令第492号」是2007年的原条例：2022年度应依据2019年修订的《中华人民共和国政府信息公开条例》（国务院令第711号），请核对',
    );
    expect(keys(withPreface(quanzhou.replace('2022', '2019'), 2019))).toContain(KEY);
  });
  it('stays silent on 第711号, on a report of before 2019 and on the former regulation named as such', () => {
    expect(keys(withPreface(quanzhou.replace('492', '711'), 2022))).not.toContain(KEY);
    expect(keys(withPreface(quanzhou.replace('2022', '2018'), 2018))).not.toContain(KEY);
    expect(
      keys(
        withPreface(
          '新修订的《中华人民共和国政府信息公开条例》(国务院令第711号)取代了原条例,原《中华人民共和国政府信息公开条例》(国务院令第492号)同时废止。',
          2019,
        ),
      ),
    ).not.toContain(KEY);
  });
});

describe('a notice’s title with words lost from its middle', () => {
  const KEY = 'notice-citation-unknown:meta:title-2019-60';
  const yimen =
    '本报告是根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》的要求,由云南省易门县气象局编制。';
  it('is said when 政府信息公开 is lost (real: 易门县气象局 2023, in a year the notice is for)', () => {
    expect(messageOf(withPreface(yimen, 2020), KEY)).toBe(
      '引用的《国务院办公厅政府信息与政务公开办公室关于工作年度报告有关事项的通知》名称不全：应是《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号），请补全名称',
    );
  });
  it('is said as the notice of other years in a 2021-format year (since a fix of stop 34 after the measure of 614–643), its garbled title too (since a fix of stop 36 after the measure of 869–898)', () => {
    const found = keys(withPreface(yimen, 2023));
    expect(found).toContain('notice-citation-wrong:meta:2019-60');
    expect(found).toContain(KEY);
    // Only 工作 left out is the title shortened: said once, as the notice of other years.
    const short = keys(withPreface(yimen.replace('关于工作年度', '关于政府信息公开年度'), 2023));
    expect(short).toContain('notice-citation-wrong:meta:2019-60');
    expect(short).not.toContain(KEY);
  });
  it('stays silent on the whole title, another document’s and the format’s name without 中华人民共和国', () => {
    for (const sentence of [
      '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制本报告。',
      '根据《关于政府信息公开年度报告有关项目填报问题的解释》填报。',
      '依据《国务院办公厅政府信息与政务公开办公室关于印发政府信息公开工作年度报告格式的通知》编制本报告。',
    ])
      expect(keys(withPreface(sentence, 2023)).filter((k) => k.includes(':title-'))).toEqual([]);
  });
});

describe('a title cited with a number no notice has', () => {
  it('is one finding: the unknown number, not also the notice its title names (real: 吉舒街道 2023)', () => {
    const found = keys(
      withPreface(
        '根据新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2020〕60号),我街编制了吉舒街道2023年政府信息公开工作年度报告。',
        2023,
      ),
    );
    expect(found).toContain('notice-citation-unknown:meta:2020-60');
    expect(found).not.toContain('notice-citation-wrong:meta:2019-60');
  });
  it('keeps the notice cited for another year by its own number', () => {
    expect(
      keys(
        withPreface(
          '根据《关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2019〕60号),编制2023年政府信息公开工作年度报告。',
          2023,
        ),
      ),
    ).toContain('notice-citation-wrong:meta:2019-60');
  });
});

describe('a closing quote between words with no opening one', () => {
  it('is found when the next quote opens (real: 广西壮族自治区人民政府办公厅 2020, 四川省文物局 2025)', () => {
    expect(
      strayCloser(
        '深入贯彻落实党中央、国务院关于全面推进政务公开工作的系列部署,围绕建设壮美广西共圆复兴梦想”总目标总要求,全面落实“三大定位”新使命',
      ),
    ).toBe('建设壮美广西共圆复兴梦想”总目标总要');
    expect(
      keys(
        withOverview(
          '在四川省政府新闻举行决胜十四五续写新篇章”系列主题新闻发布会,局领导介绍“十四五”时期四川省文物事业高质量发展的丰硕成果。',
          2025,
        ),
      ),
    ).toContain('text-stray-closer:overview');
  });
  it('stays silent on a `”` used for both quotes, one before punctuation and one with no quote after', () => {
    for (const sentence of [
      '严格落实”三审三校”制度,确保信息准确。',
      '全面落实“三大定位”新使命',
      '落实三审三校”,确保信息准确“零差错”',
      '围绕建设壮美广西共圆复兴梦想”总目标总要求',
    ])
      expect(strayCloser(sentence)).toBeNull();
  });
});

describe('a contact e-mail address with its @ lost', () => {
  const KEY = 'contact-email-at-missing:meta';
  it('is said after 邮箱 or 电子信箱 (real: 泉州市 2019, 金厂镇 2025)', () => {
    const report = withPreface(
      '如对本报告有任何疑问，请与泉州市人民政府办公室联系（地址:泉州市丰泽区东海大街，邮箱:qzxxgkb163.com）。',
      2019,
    );
    expect(messageOf(report, KEY)).toBe(
      '联系邮箱写作“qzxxgkb163.com”：缺少“@”，地址无法使用，请补上（如“用户名@域名”）',
    );
    expect(
      keys(
        withPreface('金厂镇人民政府 电话0435-3461301电子信箱jczdzbgs163.com,邮编134000。', 2025),
      ),
    ).toContain(KEY);
  });
  it('stays silent on whole addresses, a full-width @, counts and a domain named as such', () => {
    for (const sentence of [
      '联系方式：电话0432-68812276,邮箱:905058281@qq.com。',
      '联系邮箱：jfjzhc＠163.com）。',
      '县长信箱有效信件163件,均已办结。',
      '政务邮箱域名为ynws.gov.cn。',
      '电子邮箱:xxgk@gz.gov.cn。',
    ])
      expect(keys(withPreface(sentence, 2023))).not.toContain(KEY);
  });
});

describe('a notice on a year’s annual reports cited with its year lost', () => {
  const KEY = 'notice-citation-unknown:meta:report-notice-year-lost';
  it('is said of `关于做好年度…年度报告` (real: 开阳县统计局 2023)', () => {
    const report = withPreface(
      '根据《中华人民共和国政府信息公开条例》和《省政务公开领导小组办公室关于做好年度政府信息公开工作年度报告编制及发布工作的通知》要求,编制本报告。',
      2023,
    );
    expect(messageOf(report, KEY)).toBe(
      '引用的《省政务公开领导小组办公室关于做好年度政府信息公开工作年度报告编制及发布工作的通知》名称丢了年份：关于年度报告的通知应写明是哪一年度的报告（如“关于做好2023年度政府信息公开工作年度报告…”），请核对通知名称',
    );
  });
  it('stays silent on a title with its year and on the State’s 2019 notice', () => {
    for (const sentence of [
      '根据《省政务公开领导小组办公室关于做好2021年度政府信息公开工作年度报告编制及发布工作的通知》要求,编制本报告。',
      '根据《福州市人民政府办公厅关于做好2023年政府信息公开工作年度报告编制发布有关事项的通知》编制本年度报告。',
      '根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》编制本年度报告。',
    ])
      expect(keys(withPreface(sentence, 2023))).not.toContain(KEY);
  });
});

describe('a body abolished in the 2018–2019 reform named as a current one', () => {
  const KEY = 'agency-abolished-body:overview';
  const anfu =
    '一是民生保障信息公开。县发改委、县公共资源交易中心、县国土资源局、县住建局等单位及时公开项目审批信息。';
  it('is said in a report of 2020 or later (real: 安福县 2020)', () => {
    expect(messageOf(withOverview(anfu, 2020), KEY)).toBe(
      '文中写“县国土资源局”：2018—2019年机构改革后已不再设此机构（职责划入自然资源局等），2020年度的报告仍写原名，请核对机构名称',
    );
    expect(
      keys(withOverview('市环境保护局、市卫生和计划生育局按要求公开行政处罚信息。', 2022)),
    ).toContain(KEY);
  });
  it('stays silent before 2020, on the bodies of today and on the body’s history', () => {
    expect(keys(withOverview(anfu, 2019))).not.toContain(KEY);
    for (const sentence of [
      '县发改委、县自然资源局、县住建局等单位及时公开项目审批信息。',
      '原县国土资源局的职责已划入县自然资源局。',
      '县卫生和计划生育局更名为县卫生健康局后,及时调整公开目录。',
      '机构改革后,县环境保护局整合为市生态环境局县分局。',
    ])
      expect(keys(withOverview(sentence, 2021))).not.toContain(KEY);
  });
});
