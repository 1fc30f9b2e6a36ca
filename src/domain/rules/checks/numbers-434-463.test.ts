import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';
import { lostUnitsIn } from './lost-unit';

/** What the texts 434–463 showed of numbers in the narrative, mended after their measure. */

describe('a count of information whose unit was lost', () => {
  it('is said once per section, with how many there are (real: 兴庆区智慧城市运营中心 2023)', () => {
    const xingqing =
      '(一)主动公开。中心通过宁夏政务服务网、宁夏回族自治区政府网站集约化平台管理系统等各类平台主动公开信息38其中,发布“为民办实事”开放日等活动相关信息30发布普法责任制清单、普法工作计划、部门预算决算等信息8\n(二)依申请公开。';
    expect(lostUnitsIn(xingqing).map((l) => l.item)).toEqual([
      '平台主动公开信息38其',
      '日等活动相关信息30发',
      '门预算决算等信息8',
    ]);
    expect(messageOf(withOverview(xingqing), 'count-unit-missing:overview')).toBe(
      '文中“平台主动公开信息38其”：数字后缺少单位（条、件等）（同一部分共 3 处），请补上单位和标点',
    );
  });

  it('is found before a comma and before the next words run on (real: 古城办事处 2020, 威远县乡村振兴局 2021)', () => {
    expect(
      lostUnitsIn(
        '2020年,我办共主动公开政府信息131,主要为街道党工委文件和办事处工作动态类的信息。',
      ),
    ).toEqual([{ item: '主动公开政府信息131,' }]);
    expect(
      lostUnitsIn('公示公告23条、预决算公开2依申请公开1无行政复议诉讼、举报投诉等情况。').map(
        (l) => l.item,
      ),
    ).toEqual(['3条、预决算公开2依', '公开2依申请公开1无']);
    // Spaces between the words and the number (real: 平潭 自然资源局 2023, `…类信息 45，其他类4条`).
    expect(lostUnitsIn('国土资源城乡建设环保能源类信息 45，其他类4条。')).toHaveLength(1);
  });

  it('is not said of a count with its unit, nor of a number that is no count', () => {
    for (const text of [
      '全年主动公开政府信息131条,主要为街道党工委文件。',
      '根据《中华人民共和国政府信息公开条例》,现公布2021年度政府信息公开工作年度报告。',
      '本报告由区政府办公室编制,政府信息公开2020年度报告全文在门户网站公布。',
      '公开公文类信息11件,主动公开10件,公开率90%。',
      '推进政务公开2.0版建设,发布12大类272项办税指南。',
      '通过政府信息公开12345热线受理咨询。',
      '发布信息(1386)条,其中工作动态1200条。',
      '全年公开3次,发布4期,推送5篇。',
      '联系电话:0838-8221492,邮编:642450,第711号。',
      '主动公开政府信息2023年1月1日起执行。',
      '特向社会公布2024鹤岗市工农区人民政府信息公开工作情况报告。',
    ])
      expect(lostUnitsIn(text)).toEqual([]);
  });

  it('is not said of the last characters of a text, where an excerpt may have cut it', () => {
    expect(lostUnitsIn('科教文体卫生类信息16条,安全生产、应急管理类信息51')).toEqual([]);
    expect(keys(withOverview('全年公开政府信息962条,其中财政预决算信息2'))).not.toContain(
      'count-unit-missing:overview',
    );
  });
});
