import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/types';
import { keys, messageOf, withPreface } from '@/testing/checked-reports';

/** Report names and years in the preface, mended after the measures of 434–463. */

describe('a year whose 年 was lost after a stop, before the report’s name', () => {
  it('is said (real: 兴庆区智慧城市运营中心 2023, `,2023政府信息公开工作报告如下`)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》文件精神结合我中心工作实际,2023政府信息公开工作报告如下:';
    expect(messageOf(withPreface(preface, 2023), 'date-characters-missing:meta')).toBe(
      '文中“2023政府信息公开工作报告如下”的年份后缺“年”字（应为“2023年政府信息公开工作报告如下”），请补上',
    );
  });
  it('is not said of `2022年度报告`, of a year with 年, nor of a number’s digits', () => {
    for (const preface of [
      // real: 乐清经济开发区 2022
      '2022年度报告根据新修订《中华人民共和国政府信息公开条例》编制。',
      '现将2023年政府信息公开工作报告如下:',
      '全年访问量3.2023政府信息公开专栏访问12万次。',
    ])
      expect(keys(withPreface(preface, 2023))).not.toContain('date-characters-missing:meta');
  });
});

describe('the agency named with a word of its name lost', () => {
  const named = (agencyName: string, preface: string): Report => {
    const report = withPreface(preface, 2022);
    return { ...report, meta: { ...report.meta, agencyName } };
  };
  it('is said of the contact (real: 五常市营商环境建设监督局 2022)', () => {
    expect(
      messageOf(
        named(
          '五常市营商环境建设监督局',
          '报告所列数据统计期限为2022年1月1日起至2022年12月31日止。如有疑问,请联系五常市营商环境建设局。地址:五常市金山大街667号。',
        ),
        'agency-name-word-lost:meta',
      ),
    ).toBe(
      '文中把本机关写作“五常市营商环境建设局”，少了“监督”：与机关名称“五常市营商环境建设监督局”不一致，请核对',
    );
  });
  it('is said of a 街道 whose own name was lost (real: 泉城路街道 2024)', () => {
    expect(
      keys(
        named(
          '济南市历下区泉城路街道办事处',
          '如对本报告有任何疑问,请与济南市历下区街道办事处联系(电话:0531-86081234)。',
        ),
      ),
    ).toContain('agency-name-word-lost:meta');
  });
  it('is not said of the usual short forms, a superior, nor a quoted name', () => {
    for (const [agency, preface] of [
      // real: 北戴河区 2022, 人民 left out
      ['北戴河区人民政府办公室', '如对本报告有疑问,请与北戴河区政府办公室联系。'],
      // real: 平潭 2023, the place shortened
      ['平潭综合实验区行政审批局', '如对本报告有疑问,请与平潭综合区行政审批局联系。'],
      // real: 冯三镇 2020, the county's government named
      ['开阳县冯三镇人民政府', '根据开阳县人民政府的部署,编制本报告。'],
      // real: 扎格斯台苏木 2023, the banner's government named (a 苏木 is a township)
      ['正蓝旗扎格斯台苏木人民政府', '按照正蓝旗人民政府的统一部署,编制本报告。'],
      // real: 平潭综合执法与应急管理局 2019, a WeChat account's name
      [
        '平潭综合实验区综合执法与应急管理局',
        '通过“平潭综合实验区综合执法局”微信公众平台发表文章39篇。',
      ],
      ['五常市营商环境建设监督局', '如有疑问,请联系五常市营商环境建设监督局。'],
    ] as const)
      expect(keys(named(agency, preface))).not.toContain('agency-name-word-lost:meta');
  });
});
