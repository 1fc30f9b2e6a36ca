import { describe, expect, it } from 'vitest';
import { asAgency, importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2756–2800 mended after it (stop 67, fixer f111): a town's figures said of no
 * level beside the whole town rated, a 街道 whose place holds 道 named short of it; and three false
 * warnings silenced (a town's own site with its county written short; a government office's figures
 * after its self-word, or its requests alone). From the real wording, with nearby wording of the corpus
 * that must stay silent.
 */

const SCOPE = 'government-scope-missing';
const LOST = 'agency-name-word-lost:overview';
const OTHER = 'other-agency-in-text:overview';

const town = (text: string) => asAgency(withOverview(text, 2022), 'township', '铜陵市郊区陈瑶湖镇');
const office = (text: string, name = '同心县人民政府办公室') =>
  asAgency(withOverview(text, 2023), 'department', name);

describe('government-scope-missing: the whole town rated is no scope said (2756–2800)', () => {
  it('reads the town’s count as said of no level (real: 2765 陈瑶湖镇 2022)', () => {
    const said =
      '2022年以来,陈瑶湖镇严格落实相关规定。全镇在区政务公开测评中成绩稳定,在市政务公开抽测中郊区排名第一。\n(一)主动公开情况\n2022年全年,陈瑶湖镇在政府信息公开网站主动公开更新信息745条与去年基本持平。';
    expect(keys(town(said))).toContain(SCOPE);
    expect(importedWarns(realText('2765-jiaoqu-chenyaohu-2022.txt'), SCOPE)).toBe(true);
  });

  it('stays silent where the whole town’s items are counted', () => {
    for (const fine of [
      '全镇在年度考核中排名第一,全年共公开政府信息120条。',
      '2022年,全镇共主动公开政府信息745条。',
    ])
      expect(keys(town(fine)), fine).not.toContain(SCOPE);
  });
});

describe('government-scope-missing: a government office’s own figures (2756–2800)', () => {
  it('is silent on the year’s total right after the office’s self-word (real: 2774 同心县人民政府办公室 2023)', () => {
    const own =
      '(一)主动公开扎实推进。2023年,我办重点围绕经济社会发展、民生保障等热点领域问题,认真做好政府信息公开工作,确保信息公开工作抓出实效。今年主动公开政府信息1211条,其中通过政府门户网站公开信息1034条,通过政务新媒体公开信息177条。\n(二)依申请公开规范全面。全年共受理依申请公开事项16件。';
    expect(keys(office(own))).not.toContain(SCOPE);
    expect(importedWarns(realText('2774-tongxin-zfb-2023.txt'), SCOPE)).toBe(false);
  });

  it('is silent on an office counting only the requests made to it (real: 2776 红桥区人民政府办公室 2024)', () => {
    const requests =
      '2024年,我办坚持以习近平新时代中国特色社会主义思想为指导,持续深化政务公开。\n(一)主动公开方面。持续推动行政规范性文件主动公开。\n(二)依申请公开方面。2024年共受理信息公开申请50件,其中结转2023年3件。';
    expect(keys(office(requests, '红桥区人民政府办公室'))).not.toContain(SCOPE);
    expect(importedWarns(realText('2776-hongqiao-zfb-2024.txt'), SCOPE)).toBe(false);
  });

  it('still asks where the count is the portal’s or paragraphs away from the self-word (real: 239, 2744, 2779)', () => {
    for (const text of [
      '2023年,我办认真贯彻落实《中华人民共和国政府信息公开条例》,紧紧围绕县委、县政府重大决策部署,依托政府门户网站组织发布信息3470条。全年共收到依申请公开35件。',
      '2023年,我办坚持以习近平新时代中国特色社会主义思想为指导,认真落实政务公开的系列部署。\n全年公开各类政府信息3050条、政务动态信息更新2944条。\n全年收到依申请公开申请2条。',
      '2024年,我办坚持以习近平新时代中国特色社会主义思想为指导。\n(二)依申请公开方面。2024年共受理信息公开申请50件。全年公开政府信息300条。',
      '2024年,我办坚持以习近平新时代中国特色社会主义思想为指导。\n(二)依申请公开方面。2024年共受理信息公开申请50件。全年公开规范性文件20件。',
      '2022年,主动公开政府信息20余万条。受理答复政府信息公开申请28件。',
    ])
      expect(keys(office(text)), text).toContain(SCOPE);
    expect(importedWarns(realText('2744-gangcha-zfb-2023.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('2779-zhengding-zfb-2025.txt'), SCOPE)).toBe(true);
  });
});

describe('agency-name-word-lost: a 街道 whose place holds 道 (2756–2800)', () => {
  const street = (text: string) =>
    asAgency(withOverview(text, 2023), 'township', '包头市昆都仑区前进道街道办事处');

  it('reads the place short of its 道 (real: 2768 前进道街道 2023)', () => {
    const said =
      '2023年,前进街道办事处坚持以习近平新时代中国特色社会主义思想为指导,着力提高政府信息公开质量。';
    expect(keys(street(said))).toContain(LOST);
    expect(importedWarns(realText('2768-kundulun-qianjindao-2023.txt'), LOST)).toBe(true);
  });

  it('stays silent on the place written whole, and on a 街道 without 道 in its place', () => {
    const whole =
      '2023年,前进道街道办事处坚持以习近平新时代中国特色社会主义思想为指导,着力提高政府信息公开质量。';
    expect(keys(street(whole))).not.toContain(LOST);
    const plain =
      '2023年,解放街道办事处坚持以习近平新时代中国特色社会主义思想为指导,着力提高政府信息公开质量。';
    expect(
      keys(asAgency(withOverview(plain, 2023), 'township', '四平市铁东区解放街道办事处')),
    ).not.toContain(LOST);
  });
});

describe('other-agency-in-text: a town’s own site, its county written short (2756–2800)', () => {
  const mingfeng = (text: string) => asAgency(withOverview(text, 2023), 'township', '蓬溪县鸣凤镇');

  it('is silent on the town’s own site (real: 2758 蓬溪县鸣凤镇 2023)', () => {
    const own = '2023年我镇线上通过蓬溪鸣凤镇人民政府信息公开网“依申请公开”栏目收到申请0条。';
    expect(keys(mingfeng(own))).not.toContain(OTHER);
    expect(importedWarns(realText('2758-pengxi-mingfeng-2023.txt'), OTHER)).toBe(false);
  });

  it('still says another town’s site, the same county written short', () => {
    const other = '2023年我镇线上通过蓬溪文井镇人民政府信息公开网“依申请公开”栏目收到申请0条。';
    expect(keys(mingfeng(other))).toContain(OTHER);
  });
});
