import { describe, expect, it } from 'vitest';
import { asAgency, keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 899–928 mended after it (stop 37, helper f3), from the real wording.
 */

describe('a government speaking as 我市 with no scope of its figures (government-scope-missing)', () => {
  const KEY = 'government-scope-missing';
  const tongcheng = (budgets: string) =>
    asAgency(
      withOverview(
        [
          '2021年,我市认真贯彻落实国家、省、安庆市政务公开工作相关部署,政务公开质量显著提高。',
          `(一)主动公开政府信息情况。主动公开政府信息21132 条。“桐城市规划蓝图”专题全面公开“十五”至“十四五”规划纲要,${budgets},及时发布惠农资金发放信息,成效明显。发布政策解读 565条。`,
        ].join('\n'),
        2021,
      ),
      'government',
      '桐城市',
    );

  it('reads the units whose budgets were published as no scope (real: 桐城市 2021)', () => {
    expect(keys(tongcheng('全市86 家单位预决算、“三公”经费等财政信息均按要求公开'))).toContain(KEY);
  });
  it('keeps the region’s units counted with the figures as the scope (real: 桐梓县 2022)', () => {
    expect(keys(tongcheng('全县26家行政机关通过政务新媒体账号公开信息5994条'))).not.toContain(KEY);
  });
  it('keeps a scope word beside a budget with a count of items', () => {
    expect(keys(tongcheng('全市86家单位预决算均按要求公开,共公开预决算信息172条'))).not.toContain(
      KEY,
    );
  });
});

describe('a town whose 全镇 names the work, cut in the text (government-scope-missing)', () => {
  const KEY = 'government-scope-missing';
  const datang = (end: string) =>
    asAgency(
      withOverview(
        [
          '(一)主动公开。高度重视政务公开工作,有力地推动了我镇的政府信息公开工作。2020年,全年主动公开政府信息共计127条,公开信息内容涵盖脱贫攻坚文件、工作动态等各类信息。',
          '(二)依申请公开。2020年度,未收到政府信息公开申请。',
          `(三)政府信息管理。一是重视政务公开工作,安排专人负责${end}`,
        ].join('\n'),
        2020,
      ),
      'township',
      '平塘县大塘镇人民政府',
    );

  it('reads 负责全镇的政府信息公… as work (real: 平塘县大塘镇人民政府 2020)', () => {
    expect(keys(datang('全镇的政府信息公'))).toContain(KEY);
    expect(keys(datang('全镇的政府信息公开工作。'))).toContain(KEY);
  });
  it('keeps the whole town with a count as the scope (real: 五蛟镇人民政府 2020)', () => {
    expect(keys(datang('全镇的政府信息公开,全镇共公开信息127条。'))).not.toContain(KEY);
  });
});

describe('every outcome of the requests listed against the requests handled (parts-sum-mismatch)', () => {
  const KEY = 'parts-sum-mismatch:overview';
  const tonglu = (outcomes: string) =>
    withOverview(
      `(二)依申请公开\n2023年,全县共收到政府信息公开申请163件,申请量同比增长6.54%,2022年结转政府信息公开申请7件,结转至2024年9件。2023年,进一步规范政府信息公开申请答复流程,办复率94.7%,其中${outcomes}。`,
      2023,
    );

  it('says 160 of 161 (real: 桐庐县 2023)', () => {
    expect(
      messageOf(
        tonglu(
          '予以公开或部分公开96件、占56.47%;不予公开2件、占1.18 %;无法提供40件、占23.53%;不予处理1件、占0.59%;其他处理21件、占12.35%',
        ),
        KEY,
      ),
    ).toBe(
      '文中说收到政府信息公开申请 163 件，加上年结转 7 件，减结转下年度 9 件，应办结 161 件，但随后列出的全部办理结果 予以公开或部分公开96件 + 不予公开2件 + 无法提供40件 + 不予处理1件 + 其他处理21件 = 160 件，比应办结的少 1 件：各种办理结果合起来应是全部办结的申请，请核对各项和收到、结转的件数',
    );
  });
  it('is silent when they make the requests handled', () => {
    expect(
      keys(tonglu('予以公开或部分公开97件;不予公开2件;无法提供40件;不予处理1件;其他处理21件')),
    ).not.toContain(KEY);
  });
  it('is silent on a list leaving an outcome out (real: 亳州市人民政府办公室 2025)', () => {
    const text =
      '(二)依申请公开办理全年共收到政府信息公开申请70件(其中网络渠道申请30件,信函申请40件,线下提交0件)。依法对全部申请进行了审慎处理和规范答复,其中“予以公开”17件;“不予公开”6件;“无法提供”21件;“其他处理”12件。转结下年度办理1件。';
    expect(keys(withOverview(text, 2025))).not.toContain(KEY);
  });
  it('is silent on whole lists that fit (real: 高淳区 2022, 松江区 2024, 济南市 2024)', () => {
    for (const [text, year] of [
      [
        '2、依申请公开情况。2022年,全区共收到政府信息公开申请130件,申请量同比增长103%。办复率100%,其中予以公开或部分公开59件、占45.3%;不予公开32件、占24.6%;无法提供26件、占20%;不予处理1件、占0.7%;其他处理12件、占9.2%。',
        2022,
      ],
      [
        '今年,受理政府信息公开申请1416件,在法定期限内答复1336件(结转到2025年80件)。予以公开376件,占28%;部分公开24件,占2%;不予公开65件,占5%;无法提供603件,占45%;不予处理49件,占4%;其他处理219件,占16%。',
        2024,
      ],
      [
        '2、对申请的办理情况:2024年全区受理的226件申请件其中224件申请已按规定在法定期限内予以答复,其中“予以公开”67件、“部分公开”8件,“不予公开”26件、“无法提供”115件、“不予处理”6件、“其他处理”2件。其余2件结转到下一年度答复。',
        2024,
      ],
    ] as const)
      expect(keys(withOverview(text, year))).not.toContain(KEY);
  });
});
