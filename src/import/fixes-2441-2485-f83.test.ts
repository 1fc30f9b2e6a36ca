import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/**
 * The import's metadata of the measure of 2441–2485 read as the gatherers wrote them (stop 60, fixer
 * f83): a page's 生成日期 over a later 发布时间, a compiler named with the rules in 《》 before
 * `编制本年报`, a body opening the clause of a sentence ending `形成此报告`, two nameplates over the
 * title, a town's government opening the preface under a title naming the town alone, a property
 * row's bracketed `[ 名 称 ]`; and a gazette's `公报标题` and a bracketed year under a title.
 */

const imported = (text: string) => {
  const r = importText(text);
  if (!r.ok) throw new Error('refused');
  return r.report;
};
const BODY = ['一、总体情况', '本单位主动公开政府信息10条。'];

describe('a page’s 生成日期 beside a later 发布时间', () => {
  it('takes 生成日期, as 成文日期 over 发布日期 (2473 眉县市场监管局 2019, 2451 杏滨街道 2021)', () => {
    expect(imported(realText('2473-meixian-scjgj-2019.txt')).meta.reportDate).toBe('2020-01-20');
    expect(imported(realText('2451-jimei-xingbin-2021.txt')).meta.reportDate).toBe('2022-01-04');
  });

  it('keeps the late 发布时间 for the deadline check (2473)', () => {
    expect(imported(realText('2473-meixian-scjgj-2019.txt')).source?.published).toBe('2020-12-14');
  });

  it('leaves pages printing one date alone, and 公文生成日期 as before (1114 湖里区卫生健康局 2022)', () => {
    expect(imported(realText('1114-huli-wjj-2022.txt')).meta.reportDate).toBe('2023-01-06');
    expect(imported(realText('1036-chencang-jiacun-2020.txt')).meta.reportDate).toBe('2021-01-26');
    expect(imported(realText('2438-gaotai-mzj-2023.txt')).meta.reportDate).toBe('2024-01-18');
  });

  it('still takes 成文日期 over 生成日期', () => {
    const text = [
      '某县统计局2021年政府信息公开工作年度报告',
      '成文日期: 2022-01-10',
      '生成日期: 2022-01-12 09:00:00',
      '发布时间: 2022-01-20',
      ...BODY,
    ].join('\n');
    expect(imported(text).meta.reportDate).toBe('2022-01-10');
  });
});

describe('a preface naming its compiler', () => {
  it('reads the rules named in 《》 before `编制本年报` (2452 海沧街道 2021)', () => {
    expect(imported(realText('2452-haicang-haicang-2021.txt')).meta.agencyName).toBe('海沧街道');
  });

  it('reads the body opening a clause of a sentence ending `形成此报告` (2467 抚顺市公安局 2019)', () => {
    expect(imported(realText('2467-fushun-gaj-2019.txt')).meta.agencyName).toBe('抚顺市公安局');
  });

  it('reads no agency from a sentence compiling the report with no body named', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》等相关规定,汇总全县各级各部门的政府信息公开统计数据编制形成本报告。',
      ...BODY,
    ].join('\n');
    expect(imported(text).meta.agencyName).toBe('');
  });
});

describe('the agency of a title', () => {
  it('keeps two nameplates over the title as printed (2476 安康市农业农村局(市茶叶局) 2020)', () => {
    expect(imported(realText('2476-ankang-nyncj-2020.txt')).meta.agencyName).toBe(
      '安康市农业农村局(市茶叶局)',
    );
  });

  it('takes a town’s government opening the preface under a title of the town alone (2477 鹿窝镇 2020)', () => {
    expect(imported(realText('2477-xifeng-luwo-2020.txt')).meta.agencyName).toBe('鹿窝镇人民政府');
  });

  it('keeps the title’s place when the government is named only in the sentence publishing the report', () => {
    expect(imported(realText('166-anxi-futian-2020.txt')).meta.agencyName).toBe('安溪县福田乡');
    const text = [
      '鹿窝镇2020年政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定,特编制鹿窝镇人民政府2020年政府信息公开工作年度报告。',
      ...BODY,
    ].join('\n');
    expect(imported(text).meta.agencyName).toBe('鹿窝镇');
  });

  it('reads a property row’s bracketed `[ 名 称 ]` (2481 榆林市市场监督管理局 2021)', () => {
    expect(imported(realText('2481-yulin-scjgj-2021.txt')).meta.agencyName).toBe(
      '榆林市市场监督管理局',
    );
  });

  it('reads a gazette’s `公报标题` as the title again, naming no other body (2458 黄石市公安局 2021)', () => {
    const report = imported(realText('2458-huangshi-gaj-2021.txt'));
    expect(report.meta.agencyName).toBe('黄石市公安局');
    expect(report.source?.titleAgencyAgain).toBeUndefined();
  });

  it('reads a year in brackets under a title as its year (2463 雄县退役军人事务局 2019)', () => {
    const report = imported(realText('2463-xiongxian-tyjrswj-2019.txt'));
    expect(report.meta.year).toBe(2019);
    expect(report.source?.titleYearless).toBeUndefined();
  });
});
