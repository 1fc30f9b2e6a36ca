import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';

/**
 * Agencies of the measure of 2531–2575 read as their gatherers wrote them (stop 62, fixer f91): a
 * body's name alone on the page's first line over a preface opening with the year and that body, and
 * a title naming the body by its level alone over a signature naming it with its place (署 a body's
 * kind). From the real wording, with nearby shapes that keep what they read.
 */

const agencyOf = (text: string): string => importedReport(text).meta.agencyName;

describe('a body’s name alone on the first line, the preface opening with the year and that body', () => {
  it('is the agency (real: 浑南区民族和宗教事务局 2021)', () => {
    expect(agencyOf(realText('2541-hunnan-mzj-2021.txt'))).toBe('浑南区民族和宗教事务局');
  });

  const preface =
    '2021年,浑南区民族和宗教事务局贯彻落实《中华人民共和国政府信息公开条例》的有关规定,积极做好信息公开工作。本年度报告中所列数据的统计期限为2021年1月1日至2021年12月31日。';
  const body = ['一、总体情况', '1.主动公开方面:2021年,主动公开政府信息15条。'];

  it('reads the line so from a pasted text', () => {
    expect(agencyOf(['浑南区民族和宗教事务局', preface, ...body].join('\n'))).toBe(
      '浑南区民族和宗教事务局',
    );
  });

  it('is not a line the preface does not open with as its subject (a site’s owner over another’s report)', () => {
    const other = preface.replace('浑南区民族和宗教事务局', '浑南区教育局');
    expect(agencyOf(['沈阳市浑南区人民政府', other, ...body].join('\n'))).not.toBe(
      '沈阳市浑南区人民政府',
    );
  });
});

describe('a title naming the body by its level alone over a signature naming it with its place', () => {
  it('takes the signature’s name and keeps the title’s for the check (real: 福田区集体经济发展服务署 2021)', () => {
    const report = importedReport(realText('2570-futian-jtjjfws-2021.txt'));
    expect(report.meta.agencyName).toBe('福田区集体经济发展服务署');
    expect(report.source?.titleAgencyPlaceless).toBe('区集体经济发展服务署');
  });

  it('keeps a level-first title with no signature (real: 区城管委 2021, cut before its end)', () => {
    expect(agencyOf(realText('2437-binhai-cgw-2021.txt'))).toBe('区城管委');
  });

  it('keeps the title where the signature names another body', () => {
    const text = [
      '2021年区城市管理局政府信息公开工作年度报告',
      '一、总体情况',
      '2021年,我局严格按照《中华人民共和国政府信息公开条例》要求,主动公开政府信息35条。',
      '福田区人民政府',
      '2022年1月11日',
    ].join('\n');
    expect(agencyOf(text)).toBe('区城市管理局');
  });
});
