import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';
import { agencyInPreface } from './read-meta';

// Since fixes of stop 49 after the measure of 1769–1813 (the lead's): the agency and the date the
// import reads from shapes the measure met, and the corpus's one convention for a body named as the
// report's compiler (templates/fixtures/real/README.md, "Stop 49: one convention").

describe('the body a preface names, in the shapes of 1724–1813', () => {
  it('reads a compiler with the rules it went by before 编制 (real: 梁山县住建局 2021, 济宁市体育局 2025, 昌江区委信访局 2022)', () => {
    expect(
      agencyInPreface(
        '本报告由梁山县住房和城乡建设局按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求编制。',
      ),
    ).toBe('梁山县住房和城乡建设局');
    expect(
      agencyInPreface(
        '本报告由济宁市体育局按照《中华人民共和国政府信息公开条例》(以下简称《条例》)要求编制。',
      ),
    ).toBe('济宁市体育局');
    expect(agencyInPreface('本报告由昌江区委信访局结合有关统计数据编制。')).toBe('昌江区委信访局');
    // Its office inside it dropped, as stop 45 says (real: 黄花乡 2019).
    expect(
      agencyInPreface(
        '本报告由黄花乡人民政府办公室按照《中华人民共和国政府信息公开条例》第五十条规定要求,结合我乡实际进行编制。',
      ),
    ).toBe('黄花乡人民政府');
  });

  it('reads the year inside the name, the name with 工作 lost as a subject, 制定, and the year first before 情况', () => {
    expect(agencyInPreface('现编制并发布襄阳市农业农村局政府信息公开工作2022年度报告。')).toBe(
      '襄阳市农业农村局',
    );
    expect(
      agencyInPreface(
        '天津市疾控局2025年政府信息公开年度报告根据《中华人民共和国政府信息公开条例》第五十条的规定编制。',
      ),
    ).toBe('天津市疾控局');
    expect(
      agencyInPreface('根据…要求,制定梅河口市住房和城乡建设局2020年政府信息公开工作年度报告。'),
    ).toBe('梅河口市住房和城乡建设局');
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》要求,现公布2022年阳新县自然资源和规划局政府信息公开工作情况。本报告中所列数据…',
      ),
    ).toBe('阳新县自然资源和规划局');
    expect(agencyInPreface('…通知要求,现公布东街办事处2020年政府信息公开工作年度报告。')).toBe(
      '东街办事处',
    );
  });

  it('reads no body from a bare 办事处 or a report compiled as a summary', () => {
    expect(agencyInPreface('现公布办事处2020年政府信息公开工作年度报告。')).toBeNull();
    expect(
      agencyInPreface(
        '本年度报告根据《条例》要求,汇总2021年度大东坝镇人民政府的政务公开年度报告编制而成。',
      ),
    ).toBeNull();
  });
});

describe('a title without its place over the page’s fuller name', () => {
  it('takes the publisher’s name and the bracketed 成文日期 (real: 郯城县交通运输局 2023)', () => {
    const imported = importedReport(realText('1803-tancheng-jtysj-2023.txt'));
    expect(imported.meta.agencyName).toBe('郯城县交通运输局');
    expect(imported.source?.titleAgencyPlaceless).toBe('县交通运输局');
    expect(imported.meta.reportDate).toBe('2024-01-11');
  });

  it('takes the preface’s full name under a short title name (real: 梅河口市住建局 2020)', () => {
    const imported = importedReport(realText('1804-meihekou-zjj-2020.txt'));
    expect(imported.meta.agencyName).toBe('梅河口市住房和城乡建设局');
    expect(imported.source?.titleAgencyPlaceless).toBe('住建局');
  });
});
