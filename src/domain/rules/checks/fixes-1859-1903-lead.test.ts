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
