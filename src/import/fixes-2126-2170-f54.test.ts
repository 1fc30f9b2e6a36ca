import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { importText } from './import-text';

/** The import's fields mended after the measure of 2126–2170 (stop 53, helper f54). */

const agencyOf = (text: string): string | null => {
  const r = importText(text);
  return r.ok ? r.report.meta.agencyName : null;
};

const BODY = '\n一、总体情况\n本年度主动公开政府信息10条。\n';

describe('the title after a page label `信息名称:`', () => {
  it('reads the agency without the label (real: 邹区镇 2025)', () => {
    expect(agencyOf(realText('2136-zhonglou-zouqu-2025.txt'))).toBe('钟楼区邹区镇');
    expect(agencyOf(`信息名称:某县某镇2024年度政府信息公开工作年度报告${BODY}`)).toBe('某县某镇');
  });
});

describe('a title printing a bare place, its city before it, the preface naming the government', () => {
  it('takes the preface’s name (real: 通川区 2022)', () => {
    expect(agencyOf(realText('2152-tongchuan-2022.txt'))).toBe('通川区人民政府');
    expect(
      agencyOf(
        `达州市通川区2022年政府信息公开工作年度报告\n现将达州市通川区人民政府2022年政府信息公开年度报告向社会公布。${BODY}`,
      ),
    ).toBe('达州市通川区人民政府');
  });

  it('keeps the title’s place where the preface names no body of it', () => {
    expect(
      agencyOf(
        `达州市通川区2022年政府信息公开工作年度报告\n现将本区2022年政府信息公开年度报告向社会公布。${BODY}`,
      ),
    ).toBe('达州市通川区');
    expect(
      agencyOf(
        `达州市通川区2022年政府信息公开工作年度报告\n现将达川区人民政府2022年政府信息公开年度报告向社会公布。${BODY}`,
      ),
    ).toBe('达州市通川区');
  });
});
