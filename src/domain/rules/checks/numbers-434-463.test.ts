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

describe('a rate said of the counts right before it', () => {
  const changfeng =
    '2021年,长风新村街道办事处主动公开政府信息36条,全文电子化率100%。公开公文类信息11件,主动公开10件,公开率90%。';
  it('is said when no reading gives it rounded half up (real: 长风新村街道 2021, 10/11 cut to 90%)', () => {
    expect(messageOf(withOverview(changfeng), 'shares-rounding-mismatch:overview')).toBe(
      '文中“公开公文类信息11件,主动公开10件,公开率90%”：10/11 = 90.91%，四舍五入应为 91%，不是 90%（舍去了尾数，没有四舍五入），前面所说的各个数相加相除也都得不到这个数：请按 11件 重新计算',
    );
    expect(keys(withOverview(changfeng.replace('公开率90%', '公开率91%')))).not.toContain(
      'shares-rounding-mismatch:overview',
    );
  });
  it('is not said when a reading fits, nor of a rate no count before it is named for', () => {
    for (const text of [
      // Real wording of the corpus, each right.
      '共上报河南省政府网站信息1947条,采用1900条,采用率97.6%。',
      '2025年,制发公文 1666 件,主动公开 1609 件,公开率96.58%,已解读公文 113 件。',
      '全年收到政府信息公开申请81件(含重复申请事项),上年结转政府信息公开申请2件,办结80件,结转下年度继续办理3件,办结率96.4%。',
      '收到群众诉求348件,现场解决162件,跟进解决186件,办结率100%。',
      '受理群众诉求1059件,办结1000件,满意率达99.9%以上。',
      '受理群众诉求1059件,办结1000件,满意率90%。',
      '收到申请37个,已公开37个,公开率达100%。',
    ])
      expect(keys(withOverview(text))).not.toContain('shares-rounding-mismatch:overview');
  });
});

describe('parts that do not make their whole', () => {
  const sum = (overview: string) =>
    messageOf(withOverview(overview), 'parts-sum-mismatch:overview');

  it('in a bracket after a count, more than it (real: 雁塔区投资合作局 2020)', () => {
    const yanta =
      '2020年,区投资合作局全年主动公开政府信息46条。其中新闻动态13篇,政务公开29篇,经济发展栏目4篇,(部门计划2篇,招商政策6篇,项目推介7篇共计35个项目)。';
    expect(sum(yanta)).toBe(
      '文中“经济发展栏目4篇”后的括号里列出的各项 2 + 6 + 7 = 15篇，比 4篇 多 11篇：括号里应是这4篇的分项，请核对各项和总数',
    );
    expect(
      sum(
        yanta.replace('部门计划2篇,招商政策6篇,项目推介7篇', '部门计划1篇,招商政策1篇,项目推介2篇'),
      ),
    ).toBeUndefined();
    // A part's own parts, or a note on it (real: 海南省地震局 2024); a total said in the bracket.
    for (const text of [
      '发布信息349条,其中工作动态信息292条(省局动态197条、市县动态95条)、公告公示信息57条(含采购公告公示16条)。',
      '经济发展栏目15篇(部门计划2篇,招商政策6篇,项目推介7篇,共计15篇)。',
    ])
      expect(sum(text)).toBeUndefined();
  });

  it('the three kinds of a website’s statistics, all of its total whatever their share (real: 凉山州审计局 2023)', () => {
    const liangshan =
      '2023年,凉山州审计局门户网站共更新信息1335条,其中概况类信息9条,政务动态信息183条,信息公开目录信息215条。全年领导信箱共公开信件6件。';
    expect(sum(liangshan)).toBe(
      '文中的总数为 1335条，随后按概况类、政务动态、信息公开目录三类列出的 9 + 183 + 215 = 407条，比总数少 928条：网站发布的信息按这三类统计，三类合起来应是全部，请核对总数和各项',
    );
    // Exact (real: 句容市 2022); a fourth kind besides them (real: 甘谷县 2024); three other kinds
    // making less than half (highlights).
    for (const text of [
      '经统计,2022年主动公开各类信息2331条,其中概况类信息17条,政务动态信息1915条,信息公开目录信息399条;发布解读信息8条。',
      '县政府网站累计发布各类政务信息 10300条,其中发布概况类信息 32条,政务动态信息 3129条,信息公开目录发布 4282 条,解读信息发布152条,微信公众号“甘谷政务”发布信息75条,收到留言56条,已全部办理。',
      '门户网站共更新信息1335条,其中审计公告9条,工作动态183条,通知公告215条。',
    ])
      expect(sum(text)).toBeUndefined();
  });

  it('a list whose last count ran on into the next area, one kind counted in 个 (real: 威远县乡村振兴局 2021)', () => {
    const weiyuan =
      '全年主动公开政府信息105条,其中:政策文件4个、文件解读2条、工作动态73条、公示公告23条、预决算公开2依申请公开1无行政复议诉讼、举报投诉等情况。\n(二)依申请公开方面\n2021年,县乡村振兴局收到1条自然人公开信息申请。';
    expect(sum(weiyuan)).toBe(
      '文中的总数为 105条，随后列出的 5 项（“2”后没有单位，按“条”计） 4个 + 2条 + 73条 + 23条 + 2条 = 104，比总数少 1条：请核对总数和各项；若只列出了其中几类，请在最后写“等”',
    );
    expect(sum(weiyuan.replace('105条', '104条'))).toBeUndefined();
    // The rest counted after the list, in the same area (real: 西关街道 2024), still makes it.
    expect(
      sum(
        weiyuan.replace(
          '\n(二)依申请公开方面\n2021年,县乡村振兴局收到1条自然人公开信息申请。',
          '微信公众号全年共推送信息1条。',
        ),
      ),
    ).toBeUndefined();
  });
});
