import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1634–1678 mended after it (stop 47, helper f22): the overview's structure
 * (its sub-headings, points and items) and phrases written with a slip. From the real wording, with
 * the corpus's texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const REPEATED = 'subheading-number-repeated:overview';
const FIRST = 'subheading-first-missing:overview';
const AREAS = 'overview-areas-missing';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const PROACTIVE = 'proactive-count-missing:overview';

const county = (overview: string, year = 2024) =>
  asAgency(withOverview(overview, year), 'government', '清徐县人民政府');

describe('phrase-garbled: fixed wording with a slip', () => {
  const cases: readonly (readonly [string, string, string, string])[] = [
    [
      '深化重点领域信息公开,夯实基层政务信息,着力提升政务公开工作质效。',
      '“夯实基层政务信息”疑为“夯实基层政务公开”',
      '1635-xiangcheng-oumiao-2024.txt',
      '襄城区欧庙镇 2024',
    ],
    [
      '我镇未发布有效规章和政规范性文件。',
      '“和政规范性文件”疑为“和行政规范性文件”',
      '1650-yanjiang-xiaoyuan-2022.txt',
      '雁江区小院镇 2022',
    ],
    [
      '深化落实国办政务公开工作要点,全力做好和上级下达的政务公开重点工作安排。',
      '“做好和上级下达的”疑为“做好上级下达的”',
      '1652-qingzhen-zfb-2023.txt',
      '清镇市政府办 2023',
    ],
    [
      '深入贯彻落实党的二十届四中全会精神和习近平重要讲话和重要批示精神。',
      '“习近平重要”疑为“习近平总书记重要”',
      '1656-chuxiong-donghua-2025.txt',
      '楚雄市东华镇 2025',
    ],
    [
      '定期检查更新情况,全年以来政府网站建设稳步推进。',
      '“全年以来”疑为“全年（或今年以来）”',
      '1659-qingxu-county-2024.txt',
      '清徐县 2024',
    ],
    [
      '文件公开率、重要政策解读率公开率均为100%。',
      '“解读率公开率”疑为“解读率、公开率”',
      '1668-dezhou-tjj-2022.txt',
      '德州市统计局 2022',
    ],
  ];
  it.each(cases)('flags `%s`', (overview, said, file) => {
    expect(messageOf(withOverview(overview), PHRASE)).toContain(said);
    expect(importedWarns(realText(file), PHRASE)).toBe(true);
  });
  it('is silent on the same words used right (the corpus’s own)', () => {
    for (const overview of [
      // 政务信息 counted or named before more words (the corpus's 公开乡镇基层政务信息15条).
      '公开乡镇基层政务信息15条。',
      '推进公共安全等领域基层政务信息全过程公开。',
      '注重基层政务信息化的实用性。',
      '夯实基层政务公开,着力提升政务公开工作质效。',
      // A field's own documents, and 行政规范性文件 whole.
      '公开财政规范性文件3件,我镇未发布规章和行政规范性文件。',
      // Two verbs joined by 和, and 和 naming with whom.
      '全力做好和深化政府信息公开工作,做好和上级部门的沟通衔接。',
      '深入学习贯彻习近平总书记重要讲话和重要指示批示精神。',
      '今年以来政府网站建设稳步推进,全年发布信息30条。',
      '文件公开率、重要政策解读率均为100%。',
    ])
      expect(keys(withOverview(overview))).not.toContain(PHRASE);
  });
});

describe('subheading-number-repeated: points inside a point that is an area’s heading', () => {
  it('is silent on `四是政务公开平台建设情况。一是…二是…` (real: 朝阳市司法局 2025, 建平县医保局 2023)', () => {
    const overview =
      '一是主动公开情况。充分利用政务公开专栏发布信息。\n二是依申请公开情况。全年收到申请0件。\n四是政务公开平台建设情况。一是依托政府门户网站,推进政务公开工作开展。二是充分利用便民大厅,公开办事流程。\n五是督察考核与责任追究情况。定期开展回头看。';
    expect(keys(withOverview(overview))).not.toContain(REPEATED);
    expect(importedWarns(realText('1437-chaoyang-sfj-2025.txt'), REPEATED)).toBe(false);
    expect(importedWarns(realText('1670-jianping-ybj-2023.txt'), REPEATED)).toBe(false);
  });
  it('still flags points inside a point that opens on a measure (real: 德惠市郭家镇 2022)', () => {
    const overview =
      '一是重新梳理公开目录。\n二是突出重点领域信息公开。一是把公共资源配置领域纳入重点。二是把环境保护领域纳入重点。\n三是完善公开平台,拓宽公开渠道。';
    expect(keys(withOverview(overview))).toContain(REPEATED);
    expect(importedWarns(realText('897-dehui-guojia-2022.txt'), REPEATED)).toBe(true);
  });
});

describe('subheading-first-missing: an area’s words without `（一）` over items `1.` `2.`', () => {
  const text = realText('1643-yongtai-wjj-2022.txt');
  it('reads the bare words under a numbered `一、总体情况` as the overview’s (real: 永泰县卫健局 2022)', () => {
    const report = importedReport(text);
    expect(Object.keys(report.source?.headings ?? {})).toEqual(['overview']);
    expect(report.narrative.overview).toContain('主动公开政府信息情况\n1.主动公开政府信息的数量');
    expect(messageOf(report, FIRST)).toBe(
      '这部分的第一个小标题“主动公开政府信息情况”没有序号“（一）”，其下的分项却编作“1.”“2.”：请补上“（一）”',
    );
  });
  it('no longer judges the areas of an overview cut in its first item', async () => {
    const { corpusIssues } = await import('@/testing/corpus-issues');
    const issues = corpusIssues(text, false, '2026-12-01');
    expect(typeof issues === 'string' ? [] : issues.map((i) => i.key)).not.toContain(AREAS);
  });
  it('is silent on a numbered first sub-heading, or on bare headings throughout', () => {
    expect(
      keys(withOverview('(一)主动公开政府信息情况\n1.主动公开政府信息的数量。共6条。\n2.类别。')),
    ).not.toContain(FIRST);
    const bare =
      '总体情况\n本年度工作有序开展。\n主动公开政府信息情况\n1.主动公开政府信息6条。\n2.类别。';
    expect(Object.keys(importedReport(bare).source?.headings ?? {})).toContain('proactive');
  });
});

describe('overview-item-off-topic: information sent up, and published counts under management', () => {
  it('flags an item headed on sending 政务信息 up that counts it (real: 清徐县 2024)', () => {
    const report = county(
      '(二)持续强化平台建设。加强网站信息维护。\n(三)深入有序开展政务信息采集报送工作。为进一步加强政务信息报送工作,不断提高信息报送的数量和质量。截至目前,向市政府办公室报送政务信息180条,报送高质量约稿48篇。\n(四)坚持监督保障。',
    );
    expect(messageOf(report, OFF_TOPIC)).toContain('是向上级报送政务信息（信息工作）');
    expect(importedWarns(realText('1659-qingxu-county-2024.txt'), OFF_TOPIC)).toBe(true);
  });
  it('is silent when the item makes information public too', () => {
    const report = county(
      '(三)深入有序开展政务信息采集报送工作。向市政府办公室报送政务信息180条,在门户网站公开信息20条。\n(四)坚持监督保障。',
    );
    expect(keys(report)).not.toContain(OFF_TOPIC);
  });
  it('flags a cut 政府信息管理 item opening on counts published through platforms (real: 合江县尧坝镇 2022)', () => {
    expect(importedWarns(realText('1649-hejiang-yaoba-2022.txt'), OFF_TOPIC)).toBe(true);
    const managed = county(
      '(三)政府信息管理情况\n2022年,通过门户网站发布信息210条,严格落实信息发布审核制度,做好公开目录的维护和更新,确保信息公开及时准确,不断提高信息管理水平',
    );
    expect(keys(managed)).not.toContain(OFF_TOPIC);
  });
});

describe('proactive-count-missing: 主动公开 named in passing, only cases counted', () => {
  it('flags the overview of 沙坪坝区西永街道 2020 (`共办理市长信箱交办件37件`, no count published)', () => {
    expect(importedWarns(realText('1658-shapingba-xiyong-2020.txt'), PROACTIVE)).toBe(true);
  });
});
