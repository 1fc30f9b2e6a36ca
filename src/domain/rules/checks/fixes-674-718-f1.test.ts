import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { asAgency, keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 674–718 mended after it (stop 35, helper f1), from the real wording.
 */

const SCOPE = 'government-scope-missing';

const town = (overview: string, name: string, year = 2020): Report =>
  asAgency(withOverview(overview, year), 'township', name);
/** A text whose title the import did not read: no agency named, taken for a department's. */
const nameless = (overview: string, year = 2020): Report =>
  asAgency(withOverview(overview, year), 'department', '');

describe('a town’s or an office’s figures with no scope said (government-scope-missing)', () => {
  it('is said when 全镇 only tells how the work goes (real: 鹤山镇 2020)', () => {
    const heshan =
      '各部门积极做好政府信息发布,全镇政府信息公开呈现出稳固推进、不断深化的良好态势。2020年鹤山镇通过政府网站、微信公众号、政务公开专区及其他渠道或形式主动公开政府信息130余条。';
    expect(keys(town(heshan, '鹤山镇'))).toContain(SCOPE);
  });
  it('is not said when 全镇 gives the count (real: 五蛟镇 2020)', () => {
    const counted = '全镇政府信息公开共计147条。';
    expect(keys(town(counted, '五蛟镇'))).not.toContain(SCOPE);
  });
  it('is said when 本级 names the matters of a hall’s guides (real: 长塘镇 2023)', () => {
    const changtang =
      '我镇在政务公开网站公开了党委文件27份、政府文件14份。政务服务中心窗口提供本级行政审批事项办事指南,供居民取阅。';
    expect(keys(town(changtang, '柳北区长塘镇', 2023))).toContain(SCOPE);
    const own = '镇本级主动公开政府信息41条。';
    expect(keys(town(own, '柳北区长塘镇', 2023))).not.toContain(SCOPE);
  });
  it('reads a nameless text as a town’s by its government at work (real: 落别乡 2024, 成山镇 2019)', () => {
    const luobie =
      '2024年,落别乡人民政府认真贯彻落实《中华人民共和国政府信息公开条例》,强化公开意识。本年度主动公开政府信息达67条。(三)政府信息管理。一是及时收集全乡各站(所)和各村(居)相关工作信息及动态。';
    expect(keys(nameless(luobie, 2024))).toContain(SCOPE);
    const chengshan =
      '本年度报告由成山镇人民政府编制。2019年,主动公开政府信息19条,其中信息公开目录信息更新19条。';
    expect(keys(nameless(chengshan, 2019))).toContain(SCOPE);
  });
  it('is not said when 全乡 gives the whole town’s count, not a source', () => {
    const whole =
      '2024年,落别乡人民政府认真贯彻落实。全乡各站(所)和各村(居)共主动公开政府信息67条。';
    expect(keys(nameless(whole, 2024))).not.toContain(SCOPE);
  });
  it('is not said when the town’s government is the subject of its count (real: 大兴乡 2023, 牛街乡 2019)', () => {
    const daxing =
      '2023年,大兴乡人民政府坚持以习近平新时代中国特色社会主义思想为指导。2023年大兴乡人民政府共主动公开各类政府信息308条。';
    expect(keys(nameless(daxing, 2023))).not.toContain(SCOPE);
    const channel =
      '2023年,大兴乡人民政府坚持以习近平新时代中国特色社会主义思想为指导。通过大兴乡人民政府网站公开各类政府信息308条。';
    expect(keys(nameless(channel, 2023))).toContain(SCOPE);
  });
  it('reads a nameless text as a government’s when it works under the party’s leadership (real: 交口县 2023)', () => {
    const jiaokou =
      '2023年,交口县人民政府在吕梁市委、市政府和交口县委的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导。全年,我县政府门户网站更新政务动态信息1841条。';
    expect(keys(nameless(jiaokou, 2023))).toContain(SCOPE);
    const department =
      '2023年,在县人民政府的坚强领导下,我局坚持以习近平新时代中国特色社会主义思想为指导。全年公开信息84条。';
    expect(keys(nameless(department, 2023))).not.toContain(SCOPE);
  });
  it('reads a nameless text as a government office’s by the office at work (real: 番禺区人民政府办公室 2019)', () => {
    const panyu =
      '2019年,广州市番禺区人民政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》。通过区政府门户网站发布各类信息近1.7万条。2019年,共受理政府信息公开申请55件,全部按时办结。';
    const report = nameless(panyu, 2019);
    expect(keys(report)).toContain(SCOPE);
    expect(messageOf(report, SCOPE)).toContain('办公室');
  });
  it('is not said when the office gives a count in 万 as its own (real: 梅县区人民政府办公室 2019)', () => {
    const meixian =
      '一是主动公开政府信息。2019年,梅县区政府办主动公开政府信息1.17万条,其中通过政府门户网站公开信息5350条。';
    expect(
      keys(asAgency(withOverview(meixian, 2019), 'department', '梅县区人民政府办公室')),
    ).not.toContain(SCOPE);
  });
});

describe('an office’s preface publishing its government’s report (other-agency-in-text)', () => {
  const office = (preface: string, name: string, year: number): Report =>
    asAgency(withPreface(preface, year), 'department', name);
  it('is said (real: 梅县区人民政府办公室 2019, 亳州市人民政府办公室 2025)', () => {
    const meixian =
      '据《中华人民共和国政府信息公开条例》的规定,现公布梅县区人民政府2019年政府信息公开工作年度报告。';
    expect(keys(office(meixian, '梅县区人民政府办公室', 2019))).toContain(
      'other-agency-in-text:meta',
    );
    const bozhou =
      '根据《中华人民共和国政府信息公开条例》规定,发布亳州市人民政府2025年度政府信息公开工作年度报告。';
    expect(keys(office(bozhou, '亳州市人民政府办公室', 2025))).toContain(
      'other-agency-in-text:meta',
    );
  });
  it('is not said when the office publishes its own (real: 周至县人民政府办公室 2021)', () => {
    const zhouzhi = '现公布周至县人民政府办公室2021年政府信息公开工作年度报告。';
    expect(keys(office(zhouzhi, '周至县人民政府办公室', 2021))).not.toContain(
      'other-agency-in-text:meta',
    );
  });
  it('is not said when a government publishes its own', () => {
    const own = '现公布梅县区人民政府2019年政府信息公开工作年度报告。';
    expect(keys(asAgency(withPreface(own, 2019), 'government', '梅县区人民政府'))).not.toContain(
      'other-agency-in-text:meta',
    );
  });
});

describe('agency names (stop 35, 674–718)', () => {
  it('says 政府信息与政务公开办 with 信息 or 政府 lost (real: 井冈山市 2020)', () => {
    const preface = '如对本报告有任何疑问,请与井冈山市政府与政务公开办联系。';
    const overview =
      '2020年,在市政府信息与政务公开办的大力支持下,市信息与政务公开办深入贯彻《条例》。';
    const report = asAgency(
      withOverview(overview, 2020, withPreface(preface, 2020)),
      'government',
      '井冈山市',
    );
    expect(keys(report)).toContain('agency-name-word-lost:meta');
    expect(keys(report)).toContain('agency-name-word-lost:overview');
  });
  it('does not say it whole, nor in a notice’s title (real: 新蔡县 2020)', () => {
    const whole =
      '在市政府信息与政务公开办的大力支持下,依据《国务院办公厅政府与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》。';
    const report = asAgency(withOverview(whole, 2020), 'government', '新蔡县人民政府');
    expect(keys(report).filter((k) => k.startsWith('agency-name-word-lost'))).toEqual([]);
  });
  it('says a department named by its kind alone (real: 资溪县农业农村局 2020)', () => {
    const report = asAgency(
      withOverview('2020年,我局严格按照要求。', 2020),
      'department',
      '农业农村局',
    );
    expect(keys(report)).toContain('agency-name-place-missing');
  });
  it('does not say a park’s committee, a street or a place’s department', () => {
    for (const name of ['五华科技产业园管理委员会', '佳荣里街', '资溪县农业农村局', '国家统计局'])
      expect(
        keys(asAgency(withOverview('我局严格按照要求。', 2020), 'department', name)),
      ).not.toContain('agency-name-place-missing');
  });
  it('says a town’s report publishing on another town’s site (real: 龙湖镇 2023)', () => {
    const longhu = '明确依申请办理流程,告知受理人、通信地址和联系方式,并在木镇镇信息公开网站公开。';
    expect(keys(town(longhu, '龙湖镇', 2023))).toContain('other-agency-in-text:overview');
  });
  it('does not say its own town’s site, however named (real: 凤卧镇 2024, 铺前镇 2020)', () => {
    const fengwo = '在平阳县凤卧镇人民政府信息公开网站公开。';
    expect(keys(town(fengwo, '平阳县凤卧镇人民政府', 2024))).not.toContain(
      'other-agency-in-text:overview',
    );
    const puqian = '在铺前镇政府网站公开政府信息。';
    expect(keys(town(puqian, '文昌市铺前镇人民政府'))).not.toContain(
      'other-agency-in-text:overview',
    );
  });
});
