import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';
import { importText } from '@/import';

/**
 * Misses of the measure of 2351–2395 mended after it (stop 58, helper f75): the import's reading of a
 * site's header and of a covering letter printed above the report, and three names of the report (a
 * government's with a department in brackets, a short name written up by 编写, 公开 put after 年度). From
 * the real wording, with the corpus's texts that must stay silent.
 */

const NAME = 'report-name-garbled:meta';

describe('import: the agency and date of 2351–2395', () => {
  it('a site’s header under its banner is no agency (real: 金口河区交通运输局 2025)', () => {
    const report = importedReport(realText('2374-jinkouhe-jtj-2025.txt'));
    expect(report.meta.agencyName).toBe('');
    expect(report.meta.year).toBe(2025);
    expect(report.source?.titleName).toBe('政府信息公开年报');
    expect(importedWarns(realText('2374-jinkouhe-jtj-2025.txt'), 'government-scope-missing')).toBe(
      false,
    );
  });

  it('a site’s header is the agency where no source names another body', () => {
    const text = [
      '欢迎访问某某县人民政府门户网站',
      '某某县人民政府',
      '2025年度政府信息公开年报',
      '一、总体情况',
      '2025年,某某县人民政府主动公开政府信息120条。',
    ].join('\n');
    const r = importText(text);
    expect(r.ok && r.report.meta.agencyName).toBe('某某县人民政府');
  });

  it('a header with its own office as the source stays the agency', () => {
    const text = [
      '欢迎访问某某县人民政府门户网站',
      '某某县人民政府',
      '2025年度政府信息公开年报',
      '发布日期:2026-01-20   信息来源:某某县人民政府办公室',
      '一、总体情况',
      '2025年,某某县人民政府主动公开政府信息120条。',
    ].join('\n');
    const r = importText(text);
    expect(r.ok && r.report.meta.agencyName).toBe('某某县人民政府');
  });

  it('the title below a covering letter, the letter’s date signing it (real: 泉州台商投资区管理委员会市场监督管理局 2025)', () => {
    const text = realText('2351-quanzhou-tsq-scjgj-2025.txt');
    const report = importedReport(text);
    expect(report.meta.agencyName).toBe('泉州台商投资区管理委员会市场监督管理局');
    expect(report.meta.reportDate).toBe('2026-01-12');
    // The letter is still read as the page's (its addressee kept before the preface).
    expect(importedWarns(text, 'report-is-cover-letter')).toBe(true);
  });
});

describe('report-name-garbled: names of 2351–2395', () => {
  it('a government’s report with the department in brackets (real: 黄山市交通运输局 2021)', () => {
    const text = realText('2363-huangshan-jtysj-2021.txt');
    expect(importedWarns(text, NAME)).toBe(true);
    expect(importedMessage(text, NAME)).toContain('市交通运输局');
  });

  it('`本级政府(机关)` and a government’s office in brackets stay silent', () => {
    expect(
      keys(withPreface('特向社会公布2019年度本级政府(机关)信息公开工作年度报告。', 2019)),
    ).not.toContain(NAME);
    expect(
      keys(
        withPreface('现向社会公布2019年度庐江县人民政府(政府办公室)信息公开工作年度报告。', 2019),
      ),
    ).not.toContain(NAME);
    expect(importedWarns(realText('2128-huangdao-jd-2022.txt'), NAME)).toBe(false);
  });

  it('a short name written up by 编写 (real: 珙县卫生健康局 2023)', () => {
    const text = realText('2375-gongxian-wjj-2023.txt');
    expect(importedWarns(text, NAME)).toBe(true);
    expect(importedMessage(text, NAME)).toContain('“工作”');
  });

  it('编写 of the full name, or of 本报告, stays silent', () => {
    expect(keys(withPreface('我局研究编写了2024年政府信息公开工作年度报告。', 2024))).not.toContain(
      NAME,
    );
    expect(importedWarns(realText('116-guangdong-zfsg-2024.txt'), NAME)).toBe(false);
  });

  it('公开 after 年度 in an item’s name (real: 湘阴县民政局 2024)', () => {
    expect(
      importedWarns(realText('2376-xiangyin-mzj-2024.txt'), 'report-name-garbled:overview'),
    ).toBe(true);
    expect(keys(withOverview('主动公开信息公开指南1条、信息年度公开报告1条等。', 2024))).toContain(
      'report-name-garbled:overview',
    );
  });

  it('`年度信息公开报告` and `信息工作公开化` stay silent (real: 商南县过风楼镇 2022, 台州市气象局 2024)', () => {
    expect(
      importedWarns(realText('282-shangnan-guofenglou-2022.txt'), 'report-name-garbled:overview'),
    ).toBe(false);
    expect(
      keys(withOverview('积极推进政府信息工作公开化、制度化、规范化建设。', 2024)),
    ).not.toContain('report-name-garbled:overview');
  });
});
