import { describe, expect, it } from 'vitest';
import { importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2531–2575 mended after it (stop 62, fixer f93): sums of parts (a whole of
 * `各类` information with its kinds in commas, `其中` said twice, the requests carried into next year
 * among the whole), the count of information made public (matters of a mailbox handled are none),
 * points numbered `1.` `2.` counted again inside a point, and 2019 表二's 规章 对外公开总数量 said in the
 * narrative. From the real wording, with nearby
 * wording of the corpus that must stay silent.
 */

const PARTS = 'parts-sum-mismatch:overview';
const PROACTIVE = 'proactive-count-missing:overview';
const REPEATED = 'subheading-number-repeated:overview';

const warns = (overview: string, key: string): boolean =>
  keys(withOverview(overview)).includes(key);

describe('parts-sum-mismatch: sums of 2531–2575', () => {
  it('reads the kinds after a whole of 各类 information, no 其中, up to a kind with a clause run on', () => {
    const real =
      '一是主动公开情况。市商务局积极宣传商务工作,通过市政府门户网站商务局政务信息公开平台发布各类信息150余条,主动公开文件14条,商务动态94条,疫情防控信息12条,“六稳、六保”信息12条,通知公告13条,部门会议17条动态更新我局权责清单和政务服务事项,维护商务清单权威性、准确性。';
    expect(warns(real, PARTS)).toBe(true);
    expect(importedWarns(realText('2548-chaoyang-swj-2021.txt'), PARTS)).toBe(true);
    // Within what 150余 allows (145), or the kinds going out through channels: silent.
    expect(
      warns(
        '通过门户网站发布各类信息150余条,主动公开文件14条,商务动态94条,疫情防控信息12条,通知公告13条,部门会议12条。',
        PARTS,
      ),
    ).toBe(false);
    expect(
      warns('全年发布各类信息150条,门户网站发布100条,微信公众号发布80条,政务微博发布30条。', PARTS),
    ).toBe(false);
  });

  it('reads `其中:其中` as one introducer', () => {
    const real =
      '2020年,楚雄州商务局在门户网站上主动公开政务信息373条(其中:其中本部门文件42条,规划信息1条,统计信息6条,行政许可及办理结果等12条,财政预决算信息2条,招标采购及重大项目实施情况、扶贫信息14条,安全生产信息5条,人大建议1条,政协提案13条,其他信息271条),在楚雄州商务局微信公众号上发布信息197条。';
    expect(warns(real, PARTS)).toBe(true);
    expect(importedWarns(realText('2550-chuxiong-swj-2020.txt'), PARTS)).toBe(true);
    expect(
      warns(
        '主动公开政务信息373条(其中:其中本部门文件42条,规划信息1条,统计信息6条,其他信息324条)。',
        PARTS,
      ),
    ).toBe(false);
  });

  it('reads the requests carried into next year, said last, as among the whole', () => {
    const real = '全年共办理118件,其中本年新受理110件,上年结转8件,转下年办理2件。具体情况如下:';
    expect(warns(real, PARTS)).toBe(false);
    expect(importedWarns(realText('2563-wenling-zrzyghj-2020.txt'), PARTS)).toBe(false);
    // The first parts not making the whole: still told.
    expect(warns('全年共办理118件,其中本年新受理110件,上年结转10件,转下年办理2件。', PARTS)).toBe(
      true,
    );
  });
});

describe('proactive-count-missing: the count of 2554', () => {
  const item = (counts: string) =>
    `(一)依法主动公开情况。对本部门政务公开标准规范进行认真梳理,并及时在政府网站公示发布。本年度,依法公开区公安局2020年度决算,公开区公安局2021年预算。${counts}\n(二)依申请公开情况。本年度未收到政府信息公开申请。\n(三)政府信息管理情况。严格落实公文公开属性认定机制。`;

  it('reads matters of a mailbox or petitions handled as no count of information made public', () => {
    expect(
      warns(
        item(
          '2021年,共办理政府公开信箱事务40件,办理市长公开信箱信访事项10件、局长公开电话信访事项6件,办理群工系统信访事项126件。',
        ),
        PROACTIVE,
      ),
    ).toBe(true);
    expect(importedWarns(realText('2554-kaizhou-gaj-2021.txt'), PROACTIVE)).toBe(true);
    // A count of information made public beside them: silent.
    expect(
      warns(item('全年主动公开政府信息85条。2021年,共办理政府公开信箱事务40件。'), PROACTIVE),
    ).toBe(false);
    expect(warns(item('在政府公开信箱栏目发布信息40条。'), PROACTIVE)).toBe(false);
  });
});

describe('narrative-table-mismatch: 规章对外公开总数量 of 2565', () => {
  it('reads 2019 表二’s 规章 对外公开总数量 said in the table’s own words', () => {
    const key = 'narrative-table-mismatch:overview:regulationsPublished';
    expect(importedWarns(realText('2565-huitong-lyj-2020.txt'), key)).toBe(true);
    // The same words in a list of the table's columns, no count: silent.
    expect(importedWarns(realText('947-cuiping-jxkjj-2021.txt'), key)).toBe(false);
  });
});

describe('subheading-number-repeated: points numbered alike in 2531', () => {
  const points = (first: string) =>
    `${first}\n2.依申请公开办理情况:2021年全年无依申请办理情况。\n3.政务信息管理情况:成立住建局政务公开领导小组。`;

  it('reads `1.…2.…` counted again inside a paragraph opening `1.` beside `2.`', () => {
    const real =
      '1.主动公开情况:按照信息公开范围,对社会影响较大的政务信息主动公开的情况涉及两大领域:1.推进住建领域保障性安居工程、农村危房改造重点领域基层政务公开化标准化栏目公开,共计基层政务信息18条;2.房屋征收与补偿领域公开政务信息3条。';
    expect(warns(points(real), REPEATED)).toBe(true);
    expect(
      importedWarns(realText('2531-lushi-zjj-2021.txt'), 'subheading-number-repeated:meta'),
    ).toBe(true);
    // The inner level in other marks, or a paragraph without numbered siblings: silent.
    expect(
      warns(
        points(
          '1.主动公开情况:主动公开的情况涉及两大领域:(1)推进住建领域基层政务公开,共计基层政务信息18条;(2)房屋征收与补偿领域公开政务信息3条。',
        ),
        REPEATED,
      ),
    ).toBe(false);
    expect(
      warns(
        '主动公开的情况涉及两大领域:1.推进住建领域基层政务公开,共计基层政务信息18条;2.房屋征收与补偿领域公开政务信息3条。',
        REPEATED,
      ),
    ).toBe(false);
  });
});
