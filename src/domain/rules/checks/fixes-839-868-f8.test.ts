import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';
import { lostUnitsIn } from './lost-unit';
import { partsExceedingWhole } from './parts-sum';
import { noneReceivedButSome } from './zero-claims';

/**
 * Misses of the measure of 839–868 mended after it (stop 36, helper f8), from the real wording.
 */

describe('no request received, and requests counted elsewhere (zero-requests-answered)', () => {
  const KEY = 'zero-requests-answered:overview';
  const tianxing = [
    '2025年,天兴乡在洪山区人民政府门户网站主动公开各类政府信息7条。所有政府信息公开全部为主动公开,未收到依申请政府信息公开来信、来电、来访和投诉。',
    '(二)政府信息依申请公开情况',
    '2025年共收到依申请公开2件,政府信息公开行政诉讼0件。',
  ].join('\n');
  const yongan = [
    '2024年我单位共制作信息30条,其中主动公开信息数24条,占比80%;依申请公开信息数6条,占比20%;不予公开信息数0条,占比0%。',
    '(二)依申请公开政府信息的情况',
    '2024年未受理依申请公开信息申请,历年累计受理依申请公开信息申请0条,具体情况详见本文表格。',
  ].join('\n');
  it('says none received against 2 received (real: 洪山区天兴乡 2025)', () => {
    expect(noneReceivedButSome(tianxing)).toEqual({
      none: '未收到依申请政府信息公开来信、来电、来访和投诉',
      some: '收到依申请公开2件',
    });
    const report = asAgency(withOverview(tianxing, 2025), 'township', '洪山区天兴乡人民政府');
    expect(keys(report)).toContain(KEY);
    expect(messageOf(report, KEY)).toContain('未收到申请');
  });
  it('says none received against information made public on request (real: 永安市卫健局 2024)', () => {
    expect(noneReceivedButSome(yongan)?.some).toBe('依申请公开信息数6条');
    expect(keys(withOverview(yongan, 2024))).toContain(KEY);
  });
  it('is silent when both say none, or the none is of one kind of request', () => {
    expect(noneReceivedButSome(tianxing.replace('收到依申请公开2件', '收到依申请公开0件'))).toBe(
      null,
    );
    expect(
      noneReceivedButSome(
        '本年度未收到自然人提出的政府信息公开申请,收到法人或其他组织政府信息公开申请2件,均已按时答复。',
      ),
    ).toBe(null);
    expect(
      noneReceivedButSome('本年度未收到政府信息公开行政复议申请,收到政府信息公开申请3件。'),
    ).toBe(null);
  });
  it('is silent on counts of other years', () => {
    expect(
      noneReceivedButSome(
        '2024年未受理依申请公开信息申请,历年累计受理依申请公开信息申请5条,上年结转政府信息公开申请1件。',
      ),
    ).toBe(null);
    expect(noneReceivedButSome(yongan.replace('依申请公开信息数6条', '依申请公开信息数0条'))).toBe(
      null,
    );
  });
});

describe('a list of channels whose last names its examples (parts-sum-mismatch)', () => {
  const qiannan =
    '2020年全年共主动公开政府信息数1843条,其中在州政府网站、州卫生健康局网站公开信息471条,政务微博公开信息136条,政务微信公开信息1064条,通过报纸、电视台等媒体进行公开131条。建议提案公开办理结果公开共14条,其中人大建议7条,政协提案7条。';
  it('adds 471 + 136 + 1064 + 131 = 1802 short of 1843 (real: 黔南州卫生健康局 2020)', () => {
    const found = partsExceedingWhole(qiannan);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ whole: 1843, parts: [471, 136, 1064, 131], short: 'list' });
  });
  it('still reads 等 ending the list, or naming a kind, as a list that may go on', () => {
    expect(partsExceedingWhole(qiannan.replace('等媒体进行公开131条', '进行公开131条等'))).toEqual(
      [],
    );
    expect(partsExceedingWhole(qiannan.replace('报纸、电视台等媒体', '报纸、电视台等'))).toEqual(
      [],
    );
  });
  it('is silent when the channels make the whole', () => {
    expect(partsExceedingWhole(qiannan.replace('1843条', '1802条'))).toEqual([]);
  });
});

describe('a count ended by a Latin full stop (count-unit-missing)', () => {
  it('reads `0.` at a paragraph’s end as a count without its unit (real: 枞阳县卫健委 2024)', () => {
    const zongyang =
      '二)依申请公开 严格执行条例关于依申请公开的各项规定,依申请公开受理渠道畅通,申请必回复。本年度共受理依申请公开0.\n(三)政府信息管理';
    expect(lostUnitsIn(zongyang)).toEqual([{ item: '共受理依申请公开0.' }]);
    expect(lostUnitsIn('本年度共受理依申请公开0.')).toHaveLength(1);
  });
  it('is silent on a version, a decimal, and a count with its unit', () => {
    expect(lostUnitsIn('持续推进政务公开2.0建设。')).toEqual([]);
    expect(lostUnitsIn('主动公开3.5万条。')).toEqual([]);
    expect(lostUnitsIn('本年度共受理依申请公开0件.\n')).toEqual([]);
  });
});

describe('a county office’s report with a level above it (other-unit-subject, regulations-below-level)', () => {
  const changtu = [
    '2024年,昌图县人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导,认真做好政务公开工作。',
    '(二)依申请公开情况',
    '依照《条例》,依法依规办理依申请公开答复事宜。全年办理市本级依申请公开事项14件,行政复议1件,纠正结果1件。',
    '(三)政府信息管理情况',
    '强化县政府网站的各类栏目建设,切实做好县政府规章及现行有效行政规范性文件的发布及动态更新工作。',
  ].join('\n');
  const office = (overview: string, name = '') =>
    asAgency(withOverview(overview, 2024), 'department', name);
  it('says 市本级 counted in a county office’s report (real: 昌图县人民政府办公室 2024)', () => {
    expect(keys(office(changtu))).toContain('other-unit-subject:overview');
    expect(messageOf(office(changtu), 'other-unit-subject:overview')).toContain(
      '办理市本级依申请公开事项14件',
    );
  });
  it('reads the county’s level from the agency the overview opens with (regulations-below-level)', () => {
    expect(keys(office(changtu))).toContain('regulations-below-level:overview');
  });
  it('is silent in a county-level city’s report, and on a city’s budget named', () => {
    const city = changtu.replace('昌图县人民政府办公室', '永安市人民政府办公室');
    expect(keys(office(city))).not.toContain('other-unit-subject:overview');
    const budget = changtu.replace(
      '全年办理市本级依申请公开事项14件',
      '转载2024年市本级政府预算和部门预算',
    );
    expect(keys(office(budget))).not.toContain('other-unit-subject:overview');
  });
  it('is silent when the opening agency is a city’s', () => {
    const cityOffice = changtu.replace('昌图县人民政府办公室', '铁岭市人民政府办公室');
    expect(keys(office(cityOffice))).not.toContain('regulations-below-level:overview');
  });
});
