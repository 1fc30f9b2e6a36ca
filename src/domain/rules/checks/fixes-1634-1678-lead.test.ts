import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * A miss of the measure of 1634–1678 that no fixer of stop 47 was given, mended by the lead at stop
 * 48: a point `N、` numbered like the point of its level before it.
 */

const REPEATED = 'subheading-number-repeated:overview';

describe('subheading-number-repeated: a point `1、` after a point `1、` of its level', () => {
  it('flags `1、…` / `(1)…` / `1、…` under one sub-heading (real: 万载县白水乡 2020)', () => {
    const overview =
      '(一)本年度政府信息公开工作的基本情况\n1、主动公开政府信息的情况\n(1)本年度制发公开规范性文件0件。\n(2)本年度没有发生收费情况。\n1、收到和处理政府信息公开申请情况\n本年度新收申请0起。\n2、政府信息公开申请行政复议、提起行政诉讼的情况\n(二)保障措施';
    const report = withOverview(overview, 2020);
    expect(keys(report)).toContain(REPEATED);
    expect(messageOf(report, REPEATED)).toBe(
      '同一层级的序号“1、”连用了两次（中间没有别的小标题），请核对编号',
    );
    expect(importedWarns(realText('1640-wanzai-baishui-2020.txt'), REPEATED)).toBe(true);
  });
  it('is silent on a list that starts again at `1、` under the next sub-heading', () => {
    const overview =
      '(一)主动公开情况\n1、公开文件5件。\n2、公开动态8条。\n(二)依申请公开情况\n1、新收申请0件。\n2、无结转。\n三、其他\n1、无。';
    expect(keys(withOverview(overview, 2020))).not.toContain(REPEATED);
  });
  it('is silent on points that count on, and on `1、` twice within one line', () => {
    const overview =
      '(一)主动公开情况\n1、公开文件5件，见附件1、附件2。\n2、公开动态8条。\n3、其他。';
    expect(keys(withOverview(overview, 2020))).not.toContain(REPEATED);
  });
});
