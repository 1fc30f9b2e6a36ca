import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import type { Report } from '@/domain/report/types';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { phraseSlipsIn } from './phrase-slips';

/**
 * Since a fix of stop 33: `phrase-garbled` on the fixed phrases the corpus's reports share and on
 * slips of other shapes, from the real wording (each one a slip its gatherer wrote down), with the
 * corpus's correct wording beside them.
 */

const F2021 = formatById('2021');
const slips = (text: string) =>
  phraseSlipsIn(text, F2021).map((s) => `${s.text}→${s.phrase}:${s.kind}`);

describe('a shared phrase with a slip', () => {
  it('is found (real: 开阳县统计局 2023, 乐清 2022, 通州区 2020, 抚远 海青镇 2025, 思明区 2024, 长春 2024)', () => {
    expect(slips('按照“公开为原则,不公开例外”的总体要求')).toEqual([
      '不公开例外→不公开为例外:lost',
    ]);
    expect(slips('本报告中所列数据的统计限自2022年1月1日至12月31日止')).toEqual([
      '统计限自→统计期限自:lost',
    ]);
    expect(slips('并在北京市通州区人民政府站进行政府信息公开')).toEqual([
      '人民政府站→人民政府网站:lost',
    ]);
    expect(slips('服务水平得到了一进步提升。')).toEqual(['一进步提升→进一步提升:swapped']);
    expect(slips('财政决预算及“三公”经费类信息5条')).toEqual(['财政决预算→财政预决算:swapped']);
    expect(slips('均按规定在法定期内予以答复')).toEqual(['在法定期内→在法定期限内:lost']);
    expect(slips('2025年度累计计发布信息331篇')).toEqual(['累计计发布→累计发布:doubled']);
    expect(slips('具体日常工作由党政办办公室主要负责')).toEqual([
      '党政办办公室→党政办公室:doubled',
    ]);
  });

  it('is not said of the corpus’s correct wording next to those phrases', () => {
    // 东城区东四街道 2023, 南城 2021 (`财政预算、决算`), 宝山区吴淞 2021 `常态化`, 宋楠 2020, 漳州 2021
    // `政府信息公开栏`, 建水 2025 `作为`, 清水 2025 `现行有效数量`.
    for (const text of [
      '公开2023年财政预算信息和2022年财政决算信息',
      '公开财政预算决算报告',
      '严格落实依申请公开转主动公开常态化审查机制',
      '对2010年以来公文类政府信息开展公开属性审查',
      '在政府信息公开栏目发布',
      '将政府信息公开作为推进法治政府建设的重要抓手',
      '废止数量0条及现行有效数量0条',
      '通过区政府网站和政务新媒体发布',
      '在法定期限内予以答复',
    ])
      expect(slips(text), text).toEqual([]);
  });
});

describe('a slip of another shape', () => {
  it('is found (real: 莆田市农业农村局 2024, 咸宁 2025, 平潭 2025, 乌恰县 2020, 保康县 2021, 清原县 2022, 平潭 2023)', () => {
    expect(slips('2024莆田市农业农村局府信息公开工作在市委的统一部署')).toEqual([
      '府信息公开→政府信息公开:lost',
    ]);
    expect(slips('(四)府信息公开平台建设情况')).toEqual(['府信息公开→政府信息公开:lost']);
    expect(slips('一是需一步加大政策解读力度')).toEqual(['一步加大→进一步加大:lost']);
    expect(slips('请联系乌恰县人民政务公开办公室')).toEqual(['人民政务→人民政府政务:lost']);
    expect(slips('明确局办公室为为信息公开负责股室')).toEqual(['为为→为:doubled']);
    expect(slips('二是是通过微博、微信公开政府信息')).toEqual(['二是是→二是:doubled']);
    expect(slips('主要存在在与群众互动不够紧密')).toEqual(['存在在→存在:doubled']);
  });

  it('is not said of the words it resembles', () => {
    for (const text of [
      '政府信息公开工作',
      '区府信息公开专栏', // 区府 for 区政府
      '进一步加大政策解读力度',
      '第一步加强制度建设',
      '坚持以人民为中心',
      '我局认为为民服务',
      '作为为民办实事的重要内容',
      '一是政府信息公开',
      '搭建实实在在的宣传阵地',
      '存在在线办理不够便捷的问题',
    ])
      expect(slips(text), text).toEqual([]);
  });
});

const as = (report: Report, agencyName: string): Report => ({
  ...report,
  meta: { ...report.meta, agencyName, agencyKind: 'government' },
});

describe('the own place’s level written twice before its government', () => {
  it('is warned (real: 南屏瑶族乡 2021, 衡龙桥镇 2020)', () => {
    const overview = '主动公开政府信息29条,通过上思县县政府门户网站向社会公开发布。';
    expect(
      messageOf(
        as(withOverview(overview), '上思县南屏瑶族乡人民政府'),
        'agency-name-word-doubled:overview',
      ),
    ).toBe('文中的机关名称“…上思县县政府”里“县”重复了一次，请删去多余的“县”');
    const preface = '如有疑问,请与党政办公室联系(地址:赫山区衡龙桥镇镇人民政府)。';
    expect(keys(as(withPreface(preface), '益阳市赫山区衡龙桥镇人民政府'))).toContain(
      'agency-name-word-doubled:meta',
    );
  });
  it('is silent on a place whose name ends with its level’s character (real: 龙游县湖镇镇 2020)', () => {
    const preface = '如有疑问,请联系:龙游县湖镇镇人民政府综合督考办公室。';
    expect(keys(as(withPreface(preface), '龙游县湖镇镇人民政府'))).not.toContain(
      'agency-name-word-doubled:meta',
    );
  });
});

describe('the agency named with one character of its name lost', () => {
  it('is warned, not when the lost one joins two words (`文化旅游局`)', () => {
    const lost = '如有疑问,请联系五常市营商环境建设监局。';
    expect(keys(as(withPreface(lost), '五常市营商环境建设监督局'))).toContain(
      'agency-name-word-lost:meta',
    );
    const joined = '如有疑问,请联系某某县文化旅游局。';
    expect(keys(as(withPreface(joined), '某某县文化和旅游局'))).not.toContain(
      'agency-name-word-lost:meta',
    );
  });
});
