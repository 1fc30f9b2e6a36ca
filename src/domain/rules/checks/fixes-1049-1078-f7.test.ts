import { describe, expect, it } from 'vitest';
import { keys, importedReport, realText } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1049–1078 mended after it (stop 38, helper f7), from the real wording,
 * with the corpus's texts that must stay silent.
 */

const keysOf = (text: string): string[] => keys(importedReport(text));

describe('other-agency-in-text: a township speaking as another kind of township', () => {
  const yanglin = realText('1078-hulan-yanglin-2021.txt');
  it('says a 乡’s preface calling itself 我镇 (real: 呼兰区杨林乡 2021)', () => {
    expect(keysOf(yanglin)).toContain('other-agency-in-text:meta');
  });
  it('stays silent once the preface says 我乡, and on 我乡镇, 本乡镇', () => {
    const own = yanglin.replace('在总结我镇2021年', '在总结我乡2021年');
    expect(keysOf(own)).not.toContain('other-agency-in-text:meta');
    expect(keysOf(yanglin.replace('在总结我镇2021年', '在总结我乡镇2021年'))).not.toContain(
      'other-agency-in-text:meta',
    );
    expect(keysOf(yanglin.replace('在总结我镇2021年', '在总结本乡镇2021年'))).not.toContain(
      'other-agency-in-text:meta',
    );
  });
  it('keeps a 乡’s own 乡政府信息公开工作领导小组 silent (翠云路街道’s sentence in 杨林乡’s text)', () => {
    const own = yanglin
      .replace('在总结我镇2021年', '在总结我乡2021年')
      .replace('及时组织开展信息公开工作督查检查', '及时完善乡政府信息公开工作领导小组');
    expect(own).toContain('及时完善乡政府信息公开工作领导小组');
    expect(keysOf(own).filter((k) => k.startsWith('other-agency-in-text'))).toEqual([]);
  });

  const cuiyunlu = realText('1051-luolong-cuiyunlu-2019.txt');
  it('says a 街道’s report telling of its 乡政府信息公开工作 (real: 翠云路街道办事处 2019)', () => {
    expect(keysOf(cuiyunlu)).toContain('other-agency-in-text:overview');
  });
  it('stays silent on 城乡, 乡镇 and the 街道’s own word', () => {
    for (const said of [
      '及时完善城乡政府信息公开工作',
      '及时完善乡镇政府信息公开工作',
      '及时完善街道政府信息公开工作',
    ])
      expect(
        keysOf(cuiyunlu.replace('及时完善乡政府信息公开工作', said)).filter((k) =>
          k.startsWith('other-agency-in-text'),
        ),
      ).toEqual([]);
  });
  const hushi = realText('058-tianmen-hushi-2019.txt');
  it('stays silent on a 镇’s own 我镇 and on 我乡村振兴 (real: 胡市镇 2019)', () => {
    const other = (text: string) =>
      keysOf(text).filter((k) => k.startsWith('other-agency-in-text'));
    expect(other(hushi)).toEqual([]);
    expect(
      other(
        hushi.replace(
          '2019年,我镇政府信息公开工作',
          '2019年,为服务我乡村振兴,我镇政府信息公开工作',
        ),
      ),
    ).toEqual([]);
    expect(
      other(hushi.replace('2019年,我镇政府信息公开工作', '2019年,我乡政府信息公开工作')),
    ).not.toEqual([]);
  });
});

describe('agency-name-place-missing: a 中心 named without its place', () => {
  const huzhu = realText('1059-huzhu-zwfwzx-2020.txt');
  it('says `政务服务中心` as the agency (real: 互助县政务服务中心 2020)', () => {
    expect(keysOf(huzhu)).toContain('agency-name-place-missing');
  });
  it('stays silent once the place is written', () => {
    const placed = huzhu.replaceAll('政务服务中心2020年', '互助县政务服务中心2020年');
    expect(keysOf(placed)).not.toContain('agency-name-place-missing');
  });
});

describe('government-scope-missing: the town’s organs’ board is a channel, not a scope', () => {
  const dexing = realText('1065-motuo-dexing-2022.txt');
  it('says the town’s bare name as the subject of its counts (real: 墨脱县德兴乡 2022)', () => {
    expect(dexing).toContain('乡机关公示栏公示61次');
    expect(keysOf(dexing)).toContain('government-scope-missing');
  });
  it('still reads the town’s organs as the scope (`镇机关本部及下属事业单位`)', () => {
    expect(
      keysOf(dexing.replace('乡机关公示栏公示61次', '乡机关及下属事业单位公示61次')),
    ).not.toContain('government-scope-missing');
  });
});
