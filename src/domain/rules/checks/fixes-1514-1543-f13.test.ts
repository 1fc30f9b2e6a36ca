import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1514–1543 mended after it (stop 45, helper f13): counts, shares, numbering
 * and years, from the real wording, with the corpus's wording the rules must leave alone.
 */

const overview = (text: string, year = 2021) => keys(withOverview(text, year));

describe('count-unit-missing: a total said with 共 and a bare number before a comma', () => {
  const UNIT = 'count-unit-missing:overview';
  it('flags `重点工作共15,` (real: 亳州市谯城区薛阁街道 2025)', () => {
    const report = withOverview(
      '一是我街道涉及2025年政务公开重点工作共15,为确保各项政务公开重点工作落到实处,街道调整了政务公开工作领导小组。',
      2025,
    );
    expect(messageOf(report, UNIT)).toBe(
      '文中“政务公开重点工作共15”：数字后缺少单位（条、件等），请补上单位和标点',
    );
  });
  it('flags `其它栏目信息共1223,` (real: 中山市大涌镇 2022)', () => {
    expect(
      overview(
        '利用集约化门户网站发布通知公告、政策文件、财务公开和其它栏目信息共1223,视频信息139条。',
      ),
    ).toContain(UNIT);
  });
  it('is silent on a total with its unit, and on a PDF line broken between number and unit', () => {
    expect(
      overview('我街道涉及2025年政务公开重点工作共15项,为确保各项工作落到实处。'),
    ).not.toContain(UNIT);
    expect(overview('截至目前，全市在运维政务新媒体共计 95\n个，合格率均为 100%。')).not.toContain(
      UNIT,
    );
    expect(overview('全年共计2025,全面推进政务公开。')).not.toContain(UNIT);
  });
});

describe('shares-rounding-mismatch: a list opening with what it is part of, one share cut off', () => {
  const SHARES = 'shares-rounding-mismatch:overview';
  const luofang =
    '2021年度我单位共制作信息15条,其中主动公开信息数15条,占比100%;依申请公开信息数0条,占比0%;不予公开信息数0条,占比0%。公开信息中,机构设置、主要职能信息2条,占比13.3%;科教文体卫生类信息2条,占13.3%;安全生产、应急管理类信息4条,占比26.6%,民政扶贫救灾社会保障就业';
  it('flags `4条,占比26.6%` of the 15条 of the sentence before (real: 永安市罗坊乡 2021)', () => {
    expect(messageOf(withOverview(luofang), SHARES)).toBe(
      '文中“4条,占比26.6%”：4/15 = 26.667%，这里是舍去尾数，而同一处的其他占比都是四舍五入，按同样的取法应为 26.7%',
    );
  });
  it('is silent on the share rounded half up', () => {
    expect(overview(luofang.replace('26.6%', '26.7%'))).not.toContain(SHARES);
  });
  it('is silent on a list cut off throughout with two shares short (real: 福田区华富街道 2022)', () => {
    const huafu =
      '2022年共主动公开政府信息165条,其中工作动态类信息31条,占比18%;通知公告类信息91条,占比55%;办事指南类信息27条,占比16%;其他信息16条,占比9%。';
    expect(overview(huafu, 2022)).not.toContain(SHARES);
  });
  it('is silent on a whole in the sentence before that its `…中,` list does not fit', () => {
    const other =
      '全年共发布信息40条。主动公开信息中,为农业生产类信息2条,占33.3%;卫生健康类信息1条,占16.7%;其他信息3条,占50%。';
    expect(overview(other)).not.toContain(SHARES);
  });
});

describe('subheading-number-style-mixed: items numbered 1. 2. 3. and then 一、', () => {
  const MIXED = 'subheading-number-style-mixed:overview';
  const hongshan =
    '(一)主动公开内容的公开情况\n2021年度,主动公开政府信息8条。\n1.机构设置、主要职能:本年度新增信息3条。\n2.贯彻落实国家关于农村工作政策的情况:本年度新增信息2条。\n3.应主动公开的其他信息:本年度新增信息3条。\n(二)依申请公开情况\n2021年,未收到政府信息公开申请。\n(三)政府信息管理情况\n一、为做好我镇的政府信息公开工作,镇政府高度重视,确定专门工作人员负责。';
  it('flags `一、为做好…,` under `(三)` after `1.` `2.` `3.` under `(一)` (real: 石狮市鸿山镇 2021)', () => {
    expect(messageOf(withOverview(hongshan), MIXED)).toBe(
      '“(三)政府信息管理情况”之下的分项写作“一、为做好我镇的政府信息…”，用了部分标题的“一、”，而前面的分项编作“1.机构设置、主要职能:…”等：同一层级的分项编号请统一，如“1.…2.…”',
    );
  });
  it('is silent on the items numbered 1. alike, and on `一、` with no digit items before', () => {
    expect(overview(hongshan.replace('一、为做好', '1.为做好'))).not.toContain(MIXED);
    const alone =
      '(一)主动公开情况\n共计580条。\n(三)政府信息管理情况\n一、为做好我镇的政府信息公开工作,镇政府高度重视。';
    expect(overview(alone)).not.toContain(MIXED);
  });
});

describe('wrong-year-in-text: the preface compiling the report by another year’s outline', () => {
  const YEAR = 'wrong-year-in-text:meta:2019';
  const zhushan =
    '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)以及景德镇市2019年度的政府信息公开年度报告提纲编制。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。';
  it('flags `2019年度的政府信息公开年度报告提纲编制` in a 2022 report (real: 珠山区文广新旅局 2022)', () => {
    expect(messageOf(withPreface(zhushan, 2022), YEAR)).toBe(
      '前言说本报告依据“2019年度的政府信息公开年度报告提纲编制”，而报告年度是 2022 年：应依据2022年度的年报提纲（格式）编制，年份是否写错（照抄了往年的前言）？',
    );
  });
  it('is silent on the year’s own outline, a format’s edition, and a notice in 《》', () => {
    const keysOf = (text: string) => keys(withPreface(text, 2022));
    expect(keysOf(zhushan.replace('2019年度', '2022年度')).join()).not.toContain(
      'wrong-year-in-text:meta',
    );
    expect(keysOf('本报告按照2021年版政府信息公开工作年度报告格式要求编制。').join()).not.toContain(
      'wrong-year-in-text:meta',
    );
    expect(
      keysOf('本报告根据《关于做好2019年度政府信息公开工作年度报告编制要求的通知》编制。').join(),
    ).not.toContain('wrong-year-in-text:meta:2019');
  });
});
