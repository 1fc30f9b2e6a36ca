import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Items of 总体情况 off their heading and another department's words, mended after the measure of
 * 2351–2395 (stop 58, helper f77): two false warnings silenced (pieces published on the government's
 * portal; pieces sent up beside a count of what was published), a 平台建设 item telling only the work's
 * reception, another line's cause furthered and another line's 局机关 named as the department's own.
 * From the real wording, with the corpus's wording that must stay silent or stay flagged.
 */

const OFF_TOPIC = 'overview-item-off-topic:overview';
const OTHER_LINE = 'other-line-of-work:overview';
const OTHER_AGENCY = 'other-agency-in-text:meta';

const offTopic = (overview: string): boolean => keys(withOverview(overview)).includes(OFF_TOPIC);

/** An overview of four items, the given text under (一)主动公开情况. */
const withProactive = (said: string, heading = '(一)主动公开情况') =>
  `${heading}\n${said}\n(二)依申请公开情况\n全年未收到政府信息公开申请。\n(三)政府信息管理\n规范文件起草、审核、发布流程。\n(四)政府信息公开平台建设\n维护门户网站政府信息公开专栏。`;

describe('overview-item-off-topic: pieces published on the government’s portal', () => {
  it('stays silent on the real wording (西湖区应急管理局 2023)', () => {
    expect(
      offTopic(
        withProactive(
          '2023年,我局通过区政府门户网站平台,发布了机构职能、工作计划、部门预算决算、工作动态等相关图文信息稿件80条。',
        ),
      ),
    ).toBe(false);
    expect(importedWarns(realText('2365-nanchang-xihu-yjglj-2023.txt'), OFF_TOPIC)).toBe(false);
  });

  it('still flags pieces sent to the media beside the portal it did not use (和田县吾宗肖乡 2023)', () => {
    expect(
      offTopic(
        withProactive(
          '2023年度,吾宗肖乡未通过和田县政府门户网站报送公开信息,共计在中央级、自治区级新闻媒体积极投稿刊发各类视频图文稿件300余篇。',
        ),
      ),
    ).toBe(true);
    expect(importedWarns(realText('1569-hetian-wuzongxiao-2023.txt'), OFF_TOPIC)).toBe(true);
  });
});

describe('overview-item-off-topic: pieces sent up beside a count of what was published', () => {
  it('stays silent on the real wording (岳阳市审计局 2022)', () => {
    expect(
      offTopic(
        withProactive(
          '今年在市审计局门户网、新闻媒体等平台发布信息200余次,同时向市委报送审计工作动态36篇,被采用6次。',
          '(一)主动公开政府信息情况。',
        ),
      ),
    ).toBe(false);
    expect(importedWarns(realText('2370-yueyang-sjj-2022.txt'), OFF_TOPIC)).toBe(false);
  });

  it('still flags pieces sent up with no count of information published (汾阳市文峰街道 2020)', () => {
    expect(
      offTopic(
        withProactive(
          '我街道主动公开各类信息,报送工作信息124次,被山西组工采用4条,汾阳党建采用24条,发布政务公开标准目录1次。',
        ),
      ),
    ).toBe(true);
    expect(importedWarns(realText('1831-fenyang-wenfeng-2020.txt'), OFF_TOPIC)).toBe(true);
  });
});

describe('overview-item-off-topic: a 平台建设 item telling only the work’s reception', () => {
  const withPlatform = (said: string) =>
    `(一)主动公开情况\n全年通过门户网站主动公开政府信息95条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。\n(三)政府信息管理\n规范文件起草、审核、发布流程。\n(四)政府信息公开平台建设。${said}\n(五)监督保障情况。规范了信息发布工作相关制度。`;

  it('flags the real wording (海城市卫生健康局 2025)', () => {
    expect(
      offTopic(
        withPlatform(
          '2025年我局依法进行政府信息公开工作,保障工作信息公开透明,收到良好社会反响,未引起任何不良反响和举报。',
        ),
      ),
    ).toBe(true);
    expect(importedWarns(realText('2388-haicheng-wjj-2025.txt'), OFF_TOPIC)).toBe(true);
  });

  it('stays silent on an item of its catalogue, no reception told (新乡市凤泉区潞王坟乡 2021)', () => {
    expect(
      offTopic(
        withPlatform(
          '根据区政务公开工作要求,紧密结合工作实际和有关要求,适时对乡政府信息主动公开目录进行调整和升级,进一步优化完善政务公开功能。',
        ),
      ),
    ).toBe(false);
    expect(importedWarns(realText('998-fengquan-luwangfen-2021.txt'), OFF_TOPIC)).toBe(false);
  });
});

describe('other-line-of-work: a department furthering another line’s cause', () => {
  const cause = (name: string, said: string) =>
    keys(asAgency(withOverview(said), 'department', name)).includes(OTHER_LINE);

  it('flags the real wording, the bureau read from the first sentence (宜春市应急管理局 2023)', () => {
    expect(
      cause(
        '宜春市应急管理局',
        '强化重点领域信息公开,加快推进政府职能转变,助推全市卫生健康事业高质量发展。',
      ),
    ).toBe(true);
    expect(importedWarns(realText('2364-yichun-yjglj-2023.txt'), OTHER_LINE)).toBe(true);
  });

  it('stays silent on a department furthering its own line’s (安阳县住建局 2025, 江苏省民政厅 2022)', () => {
    expect(cause('安阳县住建局', '以公开促落实,推动住建事业高质量发展。')).toBe(false);
    expect(cause('江苏省民政厅', '推进新时代民政事业高质量发展。')).toBe(false);
    expect(importedWarns(realText('1488-anyang-zjj-2025.txt'), OTHER_LINE)).toBe(false);
  });
});

describe('other-agency-in-text: another line’s 局机关 as the department’s own', () => {
  const organ = (name: string, preface: string) =>
    keys(asAgency(withPreface(preface), 'department', name)).includes(OTHER_AGENCY);

  it('flags the real wording, the bureau read from its own account (西乌珠穆沁旗人力资源和社会保障局 2022)', () => {
    expect(
      organ(
        '西乌珠穆沁旗人力资源和社会保障局',
        '我局认真贯彻落实上级部门政府信息公开工作的相关要求,全面推进政府信息公开工作,持续加大教育局机关信息公开力度。',
      ),
    ).toBe(true);
    expect(importedWarns(realText('2393-xiwuqi-rsj-2022.txt'), OTHER_AGENCY)).toBe(true);
  });

  it('stays silent on a bureau’s own organ (江汉区审计局 2025)', () => {
    expect(organ('江汉区审计局', '通过市审计局机关网站、杂志等公开宣传审计工作。')).toBe(false);
    expect(importedWarns(realText('2371-jianghan-sjj-2025.txt'), OTHER_AGENCY)).toBe(false);
  });
});
