import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2216–2260 mended after it (stop 55, helper f64): names and citations. The
 * agency's short name with its field's opening word lost (`区广旅局` for 文化广电和旅游局), and the
 * 2019 notice's title cited without issuer with words put in (`《关于做好政府信息公开工作年度报告有关
 * 事项的通知》`). From the real wording, with the corpus's nearby wording that must stay silent.
 */

const WORD_LOST = 'agency-name-word-lost:overview';
const TITLE_60 = 'notice-citation-unknown:overview:title-2019-60';

describe('agency-name-word-lost: a short name with its field’s opening word lost', () => {
  const AGENCY = '盐城市亭湖区文化广电和旅游局';
  const asTinghu = (overview: string) =>
    asAgency(withOverview(overview, 2025), 'department', AGENCY);

  it('flags the real wording (盐城市亭湖区文化广电和旅游局 2025)', () => {
    const report = asTinghu(
      '2025年,亭湖区广旅局聚焦群众关切+行业重点双核心重点围绕文化旅游领域重点工作,主动公开各类信息。',
    );
    expect(keys(report)).toContain(WORD_LOST);
    expect(messageOf(report, WORD_LOST)).toContain('丢了“文化”');
    expect(importedWarns(realText('2228-tinghu-wglj-2025.txt'), WORD_LOST)).toBe(true);
    expect(importedMessage(realText('2228-tinghu-wglj-2025.txt'), WORD_LOST)).toContain('区广旅局');
  });

  it('stays silent on short names that keep every word, and on a run of the field', () => {
    for (const overview of [
      '2025年,亭湖区文广旅局聚焦群众关切,主动公开各类信息。',
      '2025年,亭湖区文化广电和旅游局深入贯彻落实《中华人民共和国政府信息公开条例》。',
      // A run of the field names a part of it (an older bureau), not a contraction.
      '原区旅游局的信息已移交本局网站。',
      // Another level's bureau is another body.
      '按照市广旅局的部署,做好政府信息公开工作。',
    ])
      expect(keys(asTinghu(overview))).not.toContain(WORD_LOST);
  });

  it('stays silent on the corpus’s usual contractions (卫健, 发改, 人社, 林草, 资规)', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['永泰县卫生健康局', '2022年,县卫健局主动公开政府信息120条。'],
      ['开福区发展和改革局', '2023年,区发改局主动公开政府信息88条。'],
      ['东乡县人力资源和社会保障局', '2021年,县人社局主动公开政府信息56条。'],
      ['平凉市崆峒区林业和草原局', '2022年,区林草局主动公开政府信息31条。'],
      // 衢州市自然资源和规划局 2024's own `发布机构: 市资规局`.
      ['衢州市自然资源和规划局', '2024年,市资规局主动公开政府信息200条。'],
    ];
    for (const [agency, overview] of cases)
      expect(keys(asAgency(withOverview(overview, 2022), 'department', agency))).not.toContain(
        WORD_LOST,
      );
  });
});

describe('notice-citation-unknown: the 2019 notice’s title with words put in', () => {
  it('flags the real wording in a 2019 report (四平市气象局 2019)', () => {
    const report = withOverview(
      '以深入贯彻实施《关于做好政府信息公开工作年度报告有关事项的通知》为基础,以社会需求为导向,以规范促落实。',
      2019,
    );
    expect(keys(report)).toContain(TITLE_60);
    expect(messageOf(report, TITLE_60)).toContain('多了“做好”');
    expect(importedWarns(realText('2253-siping-qxj-2019.txt'), TITLE_60)).toBe(true);
  });

  it('stays silent on the notice’s own title, a place’s notice, and a year it does not govern', () => {
    for (const overview of [
      '认真贯彻落实《关于政府信息公开工作年度报告有关事项的通知》的规定和精神。',
      // 石家庄高新区 2024, 开远市林业和草原局 2020: a place's notice, its issuer in the title.
      '严格落实《石家庄市人民政府办公室关于做好政府信息公开工作年度报告有关事项的通知》等文件精神。',
      '根据《开远市人民政府办公室关于编制公布政府信息公开工作年度报告有关事项的通知》要求编制。',
      // Its issuer before the title.
      '按照吕梁市人民政府办公室《关于做好政府信息公开工作年度报告有关事项的通知》要求编制。',
      // A province's letter on the year's reports.
      '认真贯彻落实《关于做好2019年全省政府信息公开年度报告工作的函》的规定和精神。',
    ])
      expect(keys(withOverview(overview, 2019))).not.toContain(TITLE_60);
    // 河东乡 2022: in a year the 2019 notice no longer governs, passed by its gatherer.
    expect(importedWarns(realText('643-dean-hedong-2022.txt'), TITLE_60)).toBe(false);
    expect(
      keys(
        withOverview(
          '按照《中华人民共和国政府信息公开条例》规定及《关于做好政府信息公开工作年度报告有关事项的通知》等有关文件精神,认真开展了政务信息公开工作。',
          2022,
        ),
      ),
    ).not.toContain(TITLE_60);
  });
});
