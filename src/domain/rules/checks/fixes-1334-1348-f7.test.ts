import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses and a false warning of the measure of 1334–1348 mended after it (stop 42, helper f7), all on
 * `government-scope-missing`: a town's profile (`全镇总面积…`) and the fields its items touch (`涉及全镇
 * 安全生产领域`) read as no scope, a scope said only of the requests (`全区各单位共收到…申请122件`) read as
 * saying nothing of the items published, and a town's own office publishing (`党政办及时公开…全年主动公开
 * 信息5条`) read as the government's own figures. From the real wording, with the corpus's texts that
 * must stay as they were.
 */

const SCOPE = 'government-scope-missing';

const town = (overview: string) =>
  asAgency(withOverview(overview, 2025), 'township', '大田县上京镇人民政府');
const district = (overview: string) =>
  asAgency(withOverview(overview, 2023), 'government', '三亚市天涯区人民政府');

describe('government-scope-missing: the real texts of 1334–1348', () => {
  it('warns on 八万镇 2022, 上京镇 2025 and 天涯区 2023', () => {
    expect(importedWarns(realText('1335-lufeng-bawan-2022.txt'), SCOPE)).toBe(true);
    expect(importedMessage(realText('1335-lufeng-bawan-2022.txt'), SCOPE)).toContain(
      '乡镇人民政府',
    );
    expect(importedWarns(realText('1338-datian-shangjing-2025.txt'), SCOPE)).toBe(true);
    expect(importedWarns(realText('1346-tianya-district-2023.txt'), SCOPE)).toBe(true);
    expect(importedMessage(realText('1346-tianya-district-2023.txt'), SCOPE)).toContain('本级政府');
  });
  it('stays silent on 梅山镇 2025, its 党政办 the subject publishing', () => {
    expect(importedWarns(realText('1339-datian-meishan-2025.txt'), SCOPE)).toBe(false);
  });
});

describe('government-scope-missing: a town’s profile and its items’ fields are no scope', () => {
  it('reads 全镇总面积 and 全镇总人口 as the town’s size', () => {
    expect(
      keys(
        town(
          '下辖11个行政村和1个社区,全镇总面积126平方公里,现有总人口近4万人。据统计,行政许可共计处理338宗;行政处罚共计46宗。',
        ),
      ),
    ).toContain(SCOPE);
    expect(keys(town('全镇总人口2万人。全年主动公开政府信息36条。'))).toContain(SCOPE);
  });
  it('reads the fields the items touch as their topics', () => {
    expect(
      keys(
        town(
          '2025年度我镇共制作信息6条,其中主动公开信息数6条。对涉及全镇安全生产领域、农业生产、国土资源等内容进行公开。',
        ),
      ),
    ).toContain(SCOPE);
  });
  it('keeps the whole town’s count as the scope', () => {
    expect(keys(town('全镇共主动公开政府信息36条。'))).not.toContain(SCOPE);
    expect(keys(town('对涉及全镇安全生产领域的信息公开12条。'))).not.toContain(SCOPE);
    expect(keys(town('全镇各村共公开村务信息120条,镇本级公开信息36条。'))).not.toContain(SCOPE);
  });
});

describe('government-scope-missing: a scope said of the requests only', () => {
  it('warns when the items published are counted in a sentence of their own', () => {
    expect(
      keys(
        district(
          '2023年,天涯区在政府网站(信息公开专栏)主动公开政府信息143条。2023年,全区各单位共收到政府信息公开申请122件。',
        ),
      ),
    ).toContain(SCOPE);
    expect(
      keys(town('2023年全年主动公开政府信息102条。2023年,全镇共收到政府信息公开自然人申请10件。')),
    ).toContain(SCOPE);
  });
  it('stays silent when the scope is said of the items published, or no item is counted', () => {
    expect(
      keys(district('全区共主动公开政府信息143条。全区各单位共收到政府信息公开申请122件。')),
    ).not.toContain(SCOPE);
    expect(
      keys(district('2023年,全区各单位共收到政府信息公开申请122件,主动公开政府信息143条。')),
    ).not.toContain(SCOPE);
    expect(keys(district('2023年,全区各单位共收到政府信息公开申请122件。'))).not.toContain(SCOPE);
  });
});

describe('government-scope-missing: a town’s own office publishing (real: 梅山镇 2025)', () => {
  it('reads the office as the subject of the count as the government’s own figures', () => {
    expect(
      keys(
        town(
          '2025年以来,党政办及时公开政府部门权力清单、责任清单等,全年主动公开信息5条,其中乡镇机构职能2条。',
        ),
      ),
    ).not.toContain(SCOPE);
    expect(keys(town('镇党政综合办公室共发布政府信息18条。'))).not.toContain(SCOPE);
  });
  it('still warns on the office named as the work’s home, and on no office', () => {
    expect(
      keys(town('办公室设在镇党政办公室,负责推进政府信息公开工作。全年主动公开信息5条。')),
    ).toContain(SCOPE);
    expect(keys(town('2025年以来,及时公开权力清单等,全年主动公开信息5条。'))).toContain(SCOPE);
    expect(keys(town('党政办及时公开权力清单等。全年主动公开信息5条。'))).toContain(SCOPE);
  });
});
