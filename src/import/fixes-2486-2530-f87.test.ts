import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/**
 * The import's agency of the measure of 2486–2530 read as the gatherers wrote them (stop 61, fixer
 * f87): a preface publishing the report with 现把 (as 现将), and a body that 撰写 the report (as 编制).
 */

const imported = (text: string) => {
  const r = importText(text);
  if (!r.ok) throw new Error('refused');
  return r.report;
};
const BODY = ['一、总体情况', '本单位主动公开政府信息10条。'];

describe('a preface naming the report’s body', () => {
  it('reads `现把X…年度…报告如下` as `现将` (2490 长治市信访局 2019)', () => {
    expect(imported(realText('2490-changzhi-xfj-2019.txt')).meta.agencyName).toBe('长治市信访局');
  });

  it('reads `X撰写了…年度报告` as `X编制了…` (2507 浦江县卫生健康局 2022)', () => {
    expect(imported(realText('2507-pujiang-wjj-2022.txt')).meta.agencyName).toBe(
      '浦江县卫生健康局',
    );
  });

  it('reads no agency from `现把本局…` or a report written by no body', () => {
    const mine = ['根据《条例》,现把本局2021年度政府信息公开工作情况报告如下:', ...BODY];
    expect(imported(mine.join('\n')).meta.agencyName).toBe('');
    const none = ['根据《条例》要求,认真撰写了2021年度政府信息公开工作年度报告。', ...BODY];
    expect(imported(none.join('\n')).meta.agencyName).toBe('');
  });

  it('keeps a title’s town over a preface publishing its government (1230 安溪县魁斗镇 2020)', () => {
    expect(imported(realText('1230-anxi-kuidou-2020.txt')).meta.agencyName).toBe('安溪县魁斗镇');
  });
});
