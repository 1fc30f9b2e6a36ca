import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * False warnings of the measure of 1859–1903 silenced after it (stop 50, the lead's), from the real
 * wording, with the wording that must still be warned.
 */

const CONTACT = 'contact-number-malformed:overview';

describe('contact-number-malformed: a public service number after its area code', () => {
  it('is silent on 0431-12329, the housing fund’s service number (real: 长春市住房公积金管理中心 2021)', () => {
    expect(importedWarns(realText('1901-changchun-gjj-2021.txt'), CONTACT)).toBe(false);
    expect(keys(withOverview('客服电话:0431-12329;传真:0431-89216913。', 2021))).not.toContain(
      CONTACT,
    );
    expect(keys(withOverview('咨询电话:0571-12345。', 2021))).not.toContain(CONTACT);
  });

  it('still warns a local number of five digits that is no service number', () => {
    expect(messageOf(withOverview('联系电话:0431-89216。', 2021), CONTACT)).toContain(
      '这里是 5 位',
    );
  });
});

describe('the 主动公开 item under a heading with its words swapped', () => {
  const overview =
    '(一)公开主动方面\n本年度,新华路街道办事处共发文2则,全文电子化率100%,\n均按时完成公文备案和公开工作,做到全量备案。\n(二)依申请公开方面\n本年度,共受理政府信息公开申请18件。\n(三)政府信息管理\n持续完善政府信息公开属性认定流程。\n(四)平台建设方面\n依托门户网站,持续推进街道子站建设。\n(五)监督保障方面\n加强培训和考核。';

  it('reads the area and the documents issued and all published as its count (real: 新华路街道 2023)', () => {
    const report = withOverview(overview, 2023);
    expect(keys(report)).not.toContain('overview-areas-missing');
    expect(keys(report)).not.toContain('proactive-count-missing:overview');
    const real = realText('1897-changning-xinhualu-2023.txt');
    expect(importedWarns(real, 'overview-areas-missing')).toBe(false);
    expect(importedWarns(real, 'proactive-count-missing:overview')).toBe(false);
  });

  it('still asks the count when the documents issued are not said published', () => {
    const unsaid = overview.replace(
      '均按时完成公文备案和公开工作,做到全量备案。',
      '做到全量备案。',
    );
    expect(keys(withOverview(unsaid, 2023))).toContain('proactive-count-missing:overview');
  });
});
