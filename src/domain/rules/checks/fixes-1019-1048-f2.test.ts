import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { corpusIssues } from '@/testing/corpus-issues';
import { formats } from '@templates/index';
import { phraseSlipsIn } from './phrase-slips';

/**
 * Misses of the measure of 1019–1048 mended after it (stop 38, helper f2), from the real wording,
 * with the corpus's right wordings that must stay silent.
 */

const template = formats[0]!;
const slips = (text: string) => phraseSlipsIn(text, template).map((s) => `${s.text}→${s.phrase}`);
const warned = (name: string) => {
  const issues = corpusIssues(realText(name), false, '2026-12-01');
  if (typeof issues === 'string') throw new Error(issues);
  return issues.filter((i) => i.checkId === 'phrase-garbled').map((i) => i.message);
};

describe('common words garbled (phrase-garbled)', () => {
  it('reads 同时 written 同事 opening a clause (real: 昭化区卫子镇 2022)', () => {
    expect(slips('确保公开实效。同事,严格做好政府信息保密审查工作,严格做到')).toEqual([
      '。同事,严格做好政府信息保密审查→。同时,严格做好政府信息保密审查',
    ]);
    expect(slips('确保公开实效。同时,严格做好政府信息保密审查工作')).toEqual([]);
    expect(slips('组织科室同事,学习条例')).toEqual([]);
  });

  it('reads 成立了 with 成 lost where a clause opens (real: 陈仓区贾村镇 2020)', () => {
    expect(slips('5、监督保障。立了以镇长为组长,分管副书记为副组长')).toEqual([
      '。立了以镇长为组长→。成立了（或建立了）以镇长为组长',
    ]);
    expect(slips('5、监督保障。成立了以镇长为组长的领导小组,建立了工作机制,树立了意识')).toEqual(
      [],
    );
  });

  it('reads 依照 with 依 lost before a title (real: 天津市国资委 2025)', () => {
    expect(
      slips(
        '对信息公开工作的具体要求,照《中华人民共和国政府信息公开条例》,健全完善信息公开工作机制',
      ),
    ).toEqual([
      ',照《中华人民共和国政府信息公开条例》→,依照（或按照）《中华人民共和国政府信息公开条例》',
    ]);
    expect(
      slips('对信息公开工作的具体要求,依照《中华人民共和国政府信息公开条例》,遵照《条例》要求'),
    ).toEqual([]);
    expect(slips('据《人民日报》报道,按照《条例》规定')).toEqual([]);
  });

  it('reads 形势 written 形式 after 分析研判 (real: 天生桥镇 2021)', () => {
    expect(slips('正确主动公开有关信息,分析研判形式,强化信息公开督导检查')).toEqual([
      '研判形式→研判形势',
    ]);
    expect(slips('分析研判形势,分析形式多样的解读材料,采用图解等形式')).toEqual([]);
  });

  it('reads 切实把 with its characters out of order (real: 沙河市生态环境分局 2023)', () => {
    expect(slips('不断改进工作,切把实政务公开工作做细做实,更好的服务全市经济')).toEqual([
      '切把实→切实把',
    ]);
    expect(slips('不断改进工作,切实把政务公开工作做细做实,切实将要求落实')).toEqual([]);
  });

  it('reads 得 written 的 in the slogans of plain wording (real: 铜梁区政府机关 2021)', () => {
    expect(slips('努力让人民群众“看得懂、能明白、信得过、用的上”。')).toEqual([
      '、用的上→、用得上',
    ]);
    expect(slips('为群众提供看的懂、找得到、用得上的政府信息')).toEqual(['看的懂→看得懂']);
    expect(
      slips('着力为群众提供看得懂、找得到、用得上的政府信息公开服务,使用的上述材料,核查的清单'),
    ).toEqual([]);
  });

  it('reads 请与…联系 with 与 lost (real: 乌鲁木齐市招商服务局 2023)', () => {
    expect(
      slips('如对本报告有任何疑问,请乌鲁木齐市招商服务局党政办公室联系,联系电话:0991'),
    ).toEqual(['请乌鲁木齐市招商服务局党政办公室联系→请与乌鲁木齐市招商服务局党政办公室联系']);
    for (const right of [
      '如对本报告有任何疑问,请与乌鲁木齐市招商服务局党政办公室联系',
      '如对报告有任何疑问,请联系交口县人民政府办公室(联系电话:0358-5422520)',
      '如对报告有疑问,请及时联系吉林市龙潭区山前街道办事处信息公开办公室',
      '如对本报告有任何疑问,请向区发展和改革委员会办公室联系',
      '请申请人与本机关办公室联系',
      '如有疑问请于工作日与县政府办公室联系',
    ])
      expect(slips(right)).toEqual([]);
  });

  it('warns on the real texts', () => {
    for (const name of [
      '1029-zhaohua-weizi-2022.txt',
      '1034-urumqi-zsfwj-2023.txt',
      '1036-chencang-jiacun-2020.txt',
      '1038-tongliang-zfjg-2021.txt',
      '1041-tianjin-gzw-2025.txt',
      '1043-fuping-tianshengqiao-2021.txt',
      '1044-shahe-sthjfj-2023.txt',
    ])
      expect(warned(name).length, name).toBeGreaterThan(0);
  });
});
