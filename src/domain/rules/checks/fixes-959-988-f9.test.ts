import { describe, expect, it } from 'vitest';
import type { Report } from '@/domain/report/types';
import { importText } from '@/import';
import { asAgency, keys, withOverview } from '@/testing/checked-reports';

/**
 * Misses and a false warning of the measure of 959–988 mended after it (stop 37, helper f9), from
 * the real wording.
 */

const SCOPE = 'government-scope-missing';

describe('a town’s count with nothing said of whose (government-scope-missing)', () => {
  const jiangnan = (fitted: string) =>
    asAgency(
      withOverview(
        [
          '2020年,在县委、县政府的正确领导下,江南镇党委、政府高度重视政府信息公开工作,切实推进了全镇政府信息公开工作。',
          `(二)健全管理制度。我镇根据《条例》和保密审查要求,${fitted},加强和完善政府信息公开制度建设工作,制定了相关制度并认真执行。`,
          '(三)拓宽公开平台。2020年,在安化县人民政府门户网、安化新闻网及相关主流媒体主动公开政府信息数511条。',
        ].join('\n'),
        2020,
      ),
      'township',
      '江南镇',
    );

  it('reads 结合全镇实际 as the work fitted to the town, no scope (real: 江南镇 2020)', () => {
    expect(keys(jiangnan('结合全镇实际'))).toContain(SCOPE);
  });
  it('keeps the whole town’s count as the scope', () => {
    expect(keys(jiangnan('全镇共公开信息511条'))).not.toContain(SCOPE);
  });

  const chaihu = (kinds: string, centre = '全镇围绕大局') =>
    asAgency(
      withOverview(
        [
          '2022年,柴湖镇坚持以习近平新时代中国特色社会主义思想为指导,深入推进政府信息公开工作。',
          '(一)主动公开情况',
          `2022年,${centre},积极贯彻省、市各级部署,突出工作重点,做到应公开尽公开。2022年度,我镇主动公开政府信息120余条。其中,${kinds}3条、规划信息3条、财政资金4条。`,
        ].join('\n'),
        2022,
      ),
      'township',
      '柴湖镇',
    );

  it('reads 本级政府政策 as a kind of information and 全镇围绕大局 as work (real: 柴湖镇 2022)', () => {
    expect(keys(chaihu('本级政府政策(含解读)'))).toContain(SCOPE);
  });
  it('keeps 本级 said of the count as the scope', () => {
    expect(keys(chaihu('镇本级政府信息'))).not.toContain(SCOPE);
  });
  it('keeps the whole town with a count as the scope', () => {
    expect(keys(chaihu('政策文件', '全镇共公开信息120条'))).not.toContain(SCOPE);
  });
});

describe('a district below a province naming 全省 (government-scope-missing)', () => {
  const jinan = (pushed: string, name = '福州市晋安区') =>
    asAgency(
      withOverview(
        [
          '(一)政府信息主动公开情况',
          '2023年,我区共主动公开政府信息906条,历年累计24673条。',
          `(三)政府信息管理方面。一是开展行政规范性文件全面清理工作,高质量发布现行有效行政规范性文件,并同步推送至${pushed}。`,
        ].join('\n'),
        2023,
      ),
      'government',
      name,
    );

  it('reads 全省 as the province above (real: 福州市晋安区 2023)', () => {
    expect(keys(jinan('全省政策文件库'))).toContain(SCOPE);
  });
  it('keeps 全省 as the scope in a province’s report', () => {
    expect(keys(jinan('全省政策文件库', '福建省人民政府'))).not.toContain(SCOPE);
  });
  it('keeps 全区 as the scope', () => {
    expect(keys(jinan('全区政策文件库'))).not.toContain(SCOPE);
  });
});

describe('a town’s count given by its government by the short name (government-scope-missing)', () => {
  const shancheng = (subject: string) =>
    asAgency(
      withOverview(
        [
          '(一)主动公开情况',
          `截止2022年12月31日,${subject}累计主动公开政府信息945条。其中,网上公开信息134条,微信公开452条。`,
        ].join('\n'),
        2022,
      ),
      'township',
      '山城镇',
    );

  it('reads 山城镇政府 as the government’s own (real: 山城镇 2022; as 767’s 长白镇人民政府)', () => {
    expect(keys(shancheng('山城镇政府'))).not.toContain(SCOPE);
  });
  it('still asks when the town speaks as 我镇', () => {
    expect(keys(shancheng('我镇'))).toContain(SCOPE);
  });
  it('does not read the town’s government listed as a part (real: 横山镇 2023)', () => {
    expect(keys(shancheng('本镇新增信息,具体包括镇政府公开信息公开年报1条,共'))).toContain(SCOPE);
  });
});

describe('a government’s report giving its office’s count (other-agency-in-text)', () => {
  const KEY = 'other-agency-in-text:overview';
  const report = (
    said: string,
    name = '福州市晋安区',
    kind: Report['meta']['agencyKind'] = 'government',
  ) =>
    asAgency(
      withOverview(
        ['(一)政府信息主动公开情况', '2023年,我区共主动公开政府信息906条。', said].join('\n'),
        2023,
      ),
      kind,
      name,
    );

  it('flags 我办受理…件 in a district government’s report (real: 福州市晋安区 2023)', () => {
    expect(
      keys(report('1、2023年度,我办受理依申请公开179件,主要受理路径为网上申请88件。')),
    ).toContain(KEY);
  });
  it('flags it in a city government’s report (real: 林州市人民政府 2023)', () => {
    expect(keys(report('2023年度我办受理政府信息公开申请96件。', '林州市人民政府'))).toContain(KEY);
  });
  it('stays silent on the office named as the compiler (real: 卓尼县人民政府 2020)', () => {
    expect(
      keys(report('结合我办政府信息公开工作有关统计数据撰写。', '卓尼县人民政府')),
    ).not.toContain(KEY);
  });
  it('stays silent on the office’s own report (real: 福州市晋安区人民政府办公室 2024)', () => {
    expect(
      keys(report('1、2024年度,我办受理依申请公开226件。', '福州市晋安区人民政府办公室')),
    ).not.toContain(KEY);
  });
  it('stays silent on a street office’s report speaking as 我办', () => {
    expect(
      keys(report('2020年,我办共主动公开政府信息131条。', '驻马店高新区古城办事处', 'township')),
    ).not.toContain(KEY);
  });
});

describe('the title printed again with the agency’s first character lost (agency-name-word-lost)', () => {
  const KEY = 'agency-name-word-lost:meta';
  const imported = (again: string) => {
    const result = importText(
      [
        '山东省大数据局2024年政府信息公开工作年度报告',
        '时间:2025-01-22 16:09',
        again,
        '2024年政府信息公开工作年度报告',
        '根据《中华人民共和国政府信息公开条例》要求,结合2024年山东省大数据局政府信息公开工作实际,编制发布本报告。',
        '一、总体情况',
        '今年以来,省大数据局坚持以习近平新时代中国特色社会主义思想为指导,不断提升政务公开工作成效。',
      ].join('\n'),
    );
    if (!result.ok) throw new Error(result.message);
    return result.report;
  };

  it('flags `东省大数据局` (real: 山东省大数据局 2024)', () => {
    expect(imported('东省大数据局').source?.titleAgencyCut).toBe('东省大数据局');
    expect(keys(imported('东省大数据局'))).toContain(KEY);
  });
  it('stays silent on the name printed whole', () => {
    expect(keys(imported('山东省大数据局'))).not.toContain(KEY);
  });
  it('stays silent on a short form dropping the whole place (`省大数据局`)', () => {
    expect(keys(imported('省大数据局'))).not.toContain(KEY);
  });
});
