import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';
import { partsExceedingWhole } from './parts-sum';
import { shareProblems } from './shares';

/** Misses of the measure of 554–583 in sums, balances and shares, mended after it (stop 33). */

describe('a channel larger than a whole that counts each piece once', () => {
  const jingdezhen =
    '2019年,我区主动公开政务信息共计437条(不同渠道和方式公开相同信息计1条),其中,政府政务公开平台公开信息137条,高新区网站公开信息457条,高新区微信平台公开信息457条,其他网站转载信息共计168条。';
  it('is warned (real: 景德镇高新区 2019)', () => {
    expect(messageOf(withOverview(jingdezhen), 'parts-sum-mismatch:overview')).toContain('457条');
  });
  it('is silent when every channel is within the whole, whatever their sum', () => {
    const within = jingdezhen.replaceAll('457条', '400条');
    expect(partsExceedingWhole(within)).toEqual([]);
  });
});

describe('parts whose counts lost their unit', () => {
  it('are read in the whole’s unit when they add up to more than it (real: 大涌镇 2022)', () => {
    const dayong =
      '全年利用镇政府门户网站和微信公众号等公开载体,主动公开我镇政府信息3548条。其中,利用集约化门户网站发布镇政府政务动态、疫情防控、通知公告、政策文件、财务公开和其它栏目信息共1223,“大涌发布”发布政务微信信息2141、视频信息139条,“大涌公安”发布政务微信信息438条,“大涌镇政务服务大厅”发布政务微信信息45;此外,我镇共发布数据集13个。';
    const [found] = partsExceedingWhole(dayong);
    expect(found?.parts).toEqual([1223, 2141, 139, 438, 45]);
    expect(messageOf(withOverview(dayong), 'parts-sum-mismatch:overview')).toContain('后没有单位');
  });
  it('tell no list short of its whole (real: 四川省地方志办 2021, the list going on in 期)', () => {
    const sichuan =
      '全年主动公开各类信息7333条,其中省地方志办工作动态类信息185条,财务预决算信息6,人事信息5条,政民互动类信息2条,发布通知通告47条,全省地情动态信息7036条,四川要闻52期。';
    expect(partsExceedingWhole(sichuan)).toEqual([]);
  });
});

describe('a catch-all kind, then a semicolon', () => {
  it('ends a list joined by commas (real: 如东县 巨镇 2025)', () => {
    const juzhen =
      '全年主动公开政府信息221条,其中,在如东县人民政府门户网站政府信息公开栏目发布信息31条,其中镇(区)概况栏目17条,公告公示栏目4条,计划总结栏目2条,农业农村工作情况栏目4条,其他栏目2条;通过单位微信公众号公开信息190条。';
    const [found] = partsExceedingWhole(juzhen);
    expect(found).toMatchObject({ whole: 31, parts: [17, 4, 2, 4, 2], short: 'rest' });
  });
  it('is a kind among others in a list joined by semicolons (real: 平潭 财政金融局 2020)', () => {
    const pingtan =
      '全文电子化的主动公开信息数共148条，其中：财税相关政策及解读共3条；财政预算、决算报告共4条；行政执法共2条；突发公共事件的应急预案、预警信息及应对情况共4条；其他文件共1条；工作动态共1条；地方性法规、政府规章和规范性文件共4条；财政资金管理共129条。';
    expect(partsExceedingWhole(pingtan)).toEqual([]);
  });
});

describe('requests carried in said to be among the received', () => {
  const binjiang =
    '2024年,我区共受理政府信息公开申请件455件,其中4件来自上一年度结转,本年度完成451件依申请件答复,8件结转至2025年度办理。';
  it('are read within it, against what was done and carried over (real: 滨江区政府办 2024)', () => {
    const message = messageOf(withOverview(binjiang), 'narrative-balance-mismatch:overview');
    expect(message).toContain('459');
    expect(message).toContain('“其中”改为“另有”');
  });
  it('balance when done and carried over make the received', () => {
    const balanced = binjiang.replace('完成451件', '完成447件');
    expect(keys(withOverview(balanced))).not.toContain('narrative-balance-mismatch:overview');
  });
});

describe('a list of shares all cut off', () => {
  const changjiang =
    '2019年全区各级各部门通过政府网站公开信息1764条,其中行政许可类信息137条,占7.7%;民政扶贫救灾社保就业类信息152条,占8.6%;规划计划类信息134条,占7.5%;科教文体卫生类信息144条,占8.1%;安全生产、应急管理类信息161条,占9.1%;国土资源类信息162条,占9.1%;重大建设项目、为民办实事类信息186条,占10.5%;工作动态类信息392条,占22.2%;财政相关信息157条,占8.9%;其他栏目以及热点专题信息合计139条,占7.8%。';
  it('is warned when many are short of rounding half up (real: 长江区 2019)', () => {
    const [problem] = shareProblems(changjiang);
    expect(problem).toMatchObject({ truncated: 5, expected: '7.8', base: 1764 });
    expect(messageOf(withOverview(changjiang), 'shares-rounding-mismatch:overview')).toContain(
      '舍去了尾数',
    );
  });
  it('is silent when the shares are rounded half up', () => {
    const rounded = changjiang
      .replace('7.7%', '7.8%')
      .replace('7.5%', '7.6%')
      .replace('8.1%', '8.2%')
      .replace('国土资源类信息162条,占9.1%', '国土资源类信息162条,占9.2%')
      .replace('7.8%。', '7.9%。');
    expect(shareProblems(rounded)).toEqual([]);
  });
  it('is silent when only two are short', () => {
    // 100/300 = 33.33%, 101/300 = 33.67%, 98/300 = 32.67%, 1/300 = 0.33%: two cut off.
    const two =
      '共公开信息300条,其中甲类信息100条,占33.3%;乙类信息101条,占33.6%;丙类信息98条,占32.6%;丁类信息1条,占0.3%。';
    expect(shareProblems(two)).toEqual([]);
  });
});
