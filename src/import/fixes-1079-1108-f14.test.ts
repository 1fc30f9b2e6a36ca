import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { fullerSignedName, readFrontMatter } from './read-front-and-signature';

/** What the import reads since the fixes of the measure of 1079–1108 (stop 38, helper f14). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('a 街道’s 办事处 on the page’s source line is not taken over its title’s name', () => {
  // real: 敬亭山街道 2021, the site's header line, a breadcrumb, the title, the page's properties.
  const page = (office: string, place: string) => [
    office,
    `您现在所在的位置: 网站首页 > 政府信息公开 > ${office} > 政府信息公开年报`,
    `${place}2021年政府信息公开工作年度报告`,
    `发布时间:2022-01-26 00:00 来源:${office} 字体:[ ]`,
    `本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,汇总2021年度${place}的政务公开年度报告编制而成。`,
  ];

  it('keeps the title’s 街道 (real: 敬亭山街道 2021)', () => {
    expect(readFrontMatter(page('敬亭山街道办事处', '敬亭山街道')).agency).toBe('敬亭山街道');
  });

  it('still takes a town’s 人民政府 on the same layout (real: 杨柳镇 2021, 何店镇 2021)', () => {
    expect(readFrontMatter(page('杨柳镇人民政府', '杨柳镇')).agency).toBe('杨柳镇人民政府');
    expect(
      readFrontMatter([
        '何店镇2021年政府信息公开工作年度报告',
        '  • 发布时间:2022-01-13 08:51',
        '  • 信息来源:何店镇人民政府',
      ]).agency,
    ).toBe('何店镇人民政府');
  });
});

describe('a signature under which the page prints a button, its full name over the title’s', () => {
  // real: 桂花坪街道 2020.
  const TEXT = [
    '首页 > 政务公开 > 区属街道信息公开目录 > 桂花坪街道 > 信息公开年报',
    '桂花坪街道2020年政府信息公开工作年度报告',
    '发布时间 : 2021-01-25 来源:桂花坪街道 字体大小:',
    '一、总体情况',
    '2020年,桂花坪街道在做好疫情防控的前提下,统筹推进疫情防控和抓紧抓实抓细街道各项工作。',
    '六、其他需要报告的事项',
    '本单位无其他需要报告的事项。',
    '',
    '',
    '长沙市天心区桂花坪街道办事处',
    '',
    '2021年1月20日',
    '',
    '扫一扫在手机打开当前页',
  ];

  it('reads the signature’s date and name (real: 桂花坪街道 2020)', () => {
    const r = imported(TEXT.join('\n'));
    expect(r.report.meta.reportDate).toBe('2021-01-20');
    expect(r.report.meta.agencyName).toBe('长沙市天心区桂花坪街道办事处');
    expect(r.recognised.meta.agencyName).toBe('signature');
    expect(r.recognised.meta.reportDate).toBe('signature');
    // The names agree: no mismatch recorded, no warning.
    expect(r.report.source?.signatureAgency).toBeUndefined();
    expect(r.warnings.some((w) => w.includes('落款'))).toBe(false);
    // The page's date is still the date it was put out.
    expect(r.report.source?.published).toBe('2021-01-25');
  });

  it('takes the signature’s name only when it is the title’s place in full', () => {
    expect(fullerSignedName('桂花坪街道', '长沙市天心区桂花坪街道办事处')).toBe(
      '长沙市天心区桂花坪街道办事处',
    );
    expect(fullerSignedName('何店镇', '何店镇人民政府')).toBe('何店镇人民政府');
    // Another body, another place, or a title naming a department: the title's name stays.
    expect(fullerSignedName('桂花坪街道', '桂花坪街道党工委')).toBeNull();
    expect(fullerSignedName('桂花坪街道', '长沙市天心区人民政府')).toBeNull();
    expect(fullerSignedName('桂花坪街道', '本报告由桂花坪街道办事处')).toBeNull();
    expect(fullerSignedName('天心区统计局', '长沙市天心区统计局')).toBeNull();
    expect(fullerSignedName('桂花坪街道', null)).toBeNull();
  });

  it('keeps the title’s name over a signature naming another body, with its warning', () => {
    const text = TEXT.map((l) =>
      l === '长沙市天心区桂花坪街道办事处' ? '长沙市天心区人民政府' : l,
    );
    const r = imported(text.join('\n'));
    expect(r.report.meta.agencyName).toBe('桂花坪街道');
    expect(r.report.meta.reportDate).toBe('2021-01-20');
    expect(r.report.source?.signatureAgency).toBe('长沙市天心区人民政府');
  });
});
