import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { asAgency, keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 584–613 mended after it (stop 33), from the real wording.
 */

const SCOPE = 'government-scope-missing';

describe('a government’s report that never says whose its figures are (government-scope-missing)', () => {
  // real: 苏家屯区 2022
  const sujiatun =
    '本年度我区政务公开工作坚持“以公开为常态,不公开为例外”的原则,全年通过苏家屯区政府网站主动公开政府文件、重大民生等信息3498条。';
  it('is said of a government read by its region’s bare name (real: 沈阳市苏家屯区 2022)', () => {
    expect(keys(asAgency(withOverview(sujiatun, 2022), 'government', '沈阳市苏家屯区'))).toContain(
      SCOPE,
    );
  });
  it('is not said of a zone’s bare name, nor of a region summing its agencies of every level (real: 西山区 2025)', () => {
    expect(
      keys(asAgency(withOverview(sujiatun, 2022), 'government', '沈阳经济技术开发区')),
    ).not.toContain(SCOPE);
    const xishan = `本报告综合西山区各级行政机关2025年度政府信息公开工作情况编制而成。\n2025年政府网站发布法定主动公开内容5312条。`;
    expect(keys(asAgency(withOverview(xishan, 2025), 'government', '西山区'))).not.toContain(SCOPE);
  });
  // real: 德兴乡 2022
  const dexing =
    '2022年,陇西县德兴乡政务公开工作紧紧围绕县委县政府中心工作,为服务全县经济社会发展提供了重要保障。2022年,主动公开信息1114条。';
  const town = (overview: string) =>
    asAgency(withOverview(overview, 2022), 'township', '陇西县德兴乡');
  it('is said of a 乡 naming only its county whole (real: 陇西县德兴乡 2022)', () => {
    expect(keys(town(dexing))).toContain(SCOPE);
  });
  it('is not said of a 乡 naming itself whole, nor of a county naming itself whole', () => {
    expect(keys(town(dexing.replace('主动公开', '全乡主动公开')))).not.toContain(SCOPE);
    const county = '2022年,全县主动公开政府信息3498条。';
    expect(
      keys(asAgency(withOverview(county, 2022), 'government', '陇西县人民政府')),
    ).not.toContain(SCOPE);
  });
  it('is said when the only scope word is in a document’s title (real: 银川市 2022)', () => {
    const titled =
      '印发《2022年全市政务公开工作要点任务落实台账》。通过政府网站主动公开政府信息20余万条。';
    expect(keys(asAgency(withOverview(titled, 2022), 'government', '银川市人民政府'))).toContain(
      SCOPE,
    );
  });
});

describe('the agency’s name with its kind lost or a word doubled', () => {
  const bureau = (overview: string) =>
    asAgency(withOverview(overview, 2024), 'department', '吉林省文化和旅游厅');
  it('is said of the name as a subject with its last character lost (real: 吉林省文化和旅游厅 2024)', () => {
    expect(
      keys(bureau('2024年，吉林省文化和旅游以习近平新时代中国特色社会主义思想为指导。')),
    ).toContain('agency-name-word-lost:overview');
  });
  it('is not said of the field’s words before a noun, nor of the name whole', () => {
    for (const text of [
      '2024年，吉林省文化和旅游系统认真贯彻条例。',
      '2024年，吉林省文化和旅游工作稳步推进。',
      '2024年，吉林省文化和旅游厅以习近平新时代中国特色社会主义思想为指导。',
    ])
      expect(keys(bureau(text))).not.toContain('agency-name-word-lost:overview');
  });
  it('is said of 政务 written twice in a government’s office (real: 奉贤区 2020)', () => {
    const fengxian = asAgency(
      withOverview(
        '2020年,在区委、区政府的领导下,在市政务政务公开办公室的指导下,我区扎实推进政务公开。',
        2020,
      ),
      'government',
      '上海市奉贤区人民政府',
    );
    expect(keys(fengxian)).toContain('agency-name-word-doubled:overview');
    const once = asAgency(
      withOverview('2020年,在市政务公开办公室的指导下,全区扎实推进政务公开。', 2020),
      'government',
      '上海市奉贤区人民政府',
    );
    expect(keys(once)).not.toContain('agency-name-word-doubled:overview');
  });
});

describe('a township’s preface copied from its county’s report (other-agency-in-text)', () => {
  /** The clean report's texts spoken as a 乡's (`我局` made `我乡`). */
  const township = (preface: string, agencyName = '陇西县德兴乡'): Report => {
    const report = asAgency(withPreface(preface, 2022), 'township', agencyName);
    const narrative = Object.fromEntries(
      Object.entries(report.narrative).map(([k, v]) => [k, v?.replace(/([我本])局/g, '$1乡')]),
    );
    return { ...report, narrative };
  };
  const dexing =
    '根据《中华人民共和国政府信息公开条例》规定,现公布陇西县人民政府2022年政务公开工作年度报告。本报告由陇西县人民政府政务公开办公室编制而成。';
  it('is said of a 乡 publishing its county government’s report (real: 陇西县德兴乡 2022)', () => {
    expect(messageOf(township(dexing), 'other-agency-in-text:meta')).toContain(
      '序言说现公布的是“陇西县人民政府”的年度报告',
    );
  });
  it('is not said of a 乡 publishing its own report, nor of a county publishing its own', () => {
    const own = dexing.replace('陇西县人民政府2022年', '陇西县德兴乡人民政府2022年');
    expect(keys(township(own))).not.toContain('other-agency-in-text:meta');
    const county = asAgency(township(dexing), 'government', '陇西县人民政府');
    expect(keys(county)).not.toContain('other-agency-in-text:meta');
  });
});

describe('characters lost or replaced in a fixed phrase, a list’s numerals lost', () => {
  const report = (overview: string) => withOverview(overview, 2023);
  it('is said of 阳关 for 阳光 (real: 东华门街道 2021)', () => {
    expect(messageOf(report('确保权力在阳关下运行。'), 'phrase-garbled:overview')).toBe(
      '文中“在阳关下运行”疑为“在阳光下运行”（错字），请核对',
    );
    expect(keys(report('确保权力在阳光下运行。'))).not.toContain('phrase-garbled:overview');
  });
  it('is said of 中国局 before a province’s bureau (real: 大同市气象局 2023)', () => {
    expect(
      messageOf(
        report('认真落实中国局、山西省气象局关于政务公开工作的安排部署。'),
        'phrase-garbled:overview',
      ),
    ).toBe('文中“中国局、山西省气象局”疑为“中国气象局、山西省气象局”（缺字），请核对');
    expect(
      keys(report('认真落实中国气象局、山西省气象局关于政务公开工作的安排部署。')),
    ).not.toContain('phrase-garbled:overview');
  });
  it('is said of 发布 without 发 (real: 黑龙江省应急管理厅 2023), not of 信息布局', () => {
    expect(messageOf(report('持续加大政策信息布和解读回应力度。'), 'phrase-garbled:overview')).toBe(
      '文中“信息布和”疑为“信息发布和”（缺字），请核对',
    );
    expect(keys(report('优化政务信息布局和栏目设置。'))).not.toContain('phrase-garbled:overview');
  });
  it('is said of points after 一是 with their numerals lost (real: 黑龙江省应急管理厅 2023)', () => {
    const lost = '一是重点公开安全生产相关情况。是依法公开应急管理相关信息。是进一步强化政策咨询。';
    expect(keys(report(lost))).toContain('subheading-number-skipped:overview');
    const whole =
      '一是重点公开安全生产相关情况。二是依法公开应急管理相关信息。是否公开由科室审核。';
    expect(keys(report(whole))).not.toContain('subheading-number-skipped:overview');
  });
});
