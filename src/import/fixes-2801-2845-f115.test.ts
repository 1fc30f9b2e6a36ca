import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * The agency of the measure of 2801–2845 read as its gatherer wrote it (stop 68, fixer f115): an untitled
 * text whose preface presents the report's name, the year first, the government's 政府 shared with
 * 政府信息公开, and publishes it (`现将…予以公布`).
 */

const agencyOf = (text: string) => importedReport(text).meta.agencyName;

const body = [
  '一、总体情况',
  '2023年,我镇坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。',
].join('\n');
const withPreface = (preface: string) => `${preface}\n${body}`;

describe('a preface presenting 现将<year><town>人民政府信息公开…报告 and publishing it', () => {
  it('reads the 人民政府 (real: 2822 陇县城关镇 2023)', () => {
    expect(agencyOf(realText('2822-longxian-chengguan-2023.txt'))).toBe('陇县城关镇人民政府');
    expect(
      agencyOf(
        withPreface(
          '根据《中华人民共和国政府信息公开条例》要求,现将2023年某县某镇人民政府信息公开工作年度报告(以下简称“报告”)予以公布。',
        ),
      ),
    ).toBe('某县某镇人民政府');
  });

  it('reads no agency from a report presented but not published, or one said compiled (普润镇’s)', () => {
    for (const preface of [
      '现将2023年某县某镇人民政府信息公开工作情况报告如下:',
      '现编制2021年隆昌市普润镇人民政府信息公开工作年度报告。',
    ])
      expect(agencyOf(withPreface(preface)), preface).toBe('');
  });
});
