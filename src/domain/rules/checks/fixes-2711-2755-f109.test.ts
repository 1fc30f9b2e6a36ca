import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2711–2755 mended after it (stop 66, fixer f109): a review's steps counted
 * in 级 against those listed, items joined by 以及 against their 共…项, the requests' results against
 * the requests received, a long point of 总体情况 saying no word of the disclosure work; and two false
 * warnings silenced (封 as a unit; a count after a long list of kinds). From the real wording, with
 * nearby wording of the corpus that must stay silent.
 */

const LIST = 'list-count-mismatch:overview';
const SUM = 'parts-sum-mismatch:overview';
const OFF = 'overview-item-off-topic:overview';
const UNIT = 'count-unit-missing:overview';
const PROACTIVE = 'proactive-count-missing:overview';

describe('list-count-mismatch: steps in 级 and items in 项 (2711–2755)', () => {
  it('reads three steps said four (real: 县住建局 2025)', () => {
    const said =
      '(三)政府信息管理。完善信息公开审核分级负责制,建立“股室初审、分管领导复审、主要领导终审”的四级审核机制,确保信息安全。';
    expect(messageOf(withOverview(said), LIST)).toContain('共 3 级');
    expect(importedWarns(realText('2752-weixi-zjj-2025.txt'), LIST)).toBe(true);
  });

  it('stays silent where the steps match their count (the corpus wording)', () => {
    for (const fine of [
      '严格落实撰稿人、科室负责人、分管领导、主要领导四级审核制度。',
      '健全“初审—复审—终审”三级审核机制。',
      '通过部门负责人、分管领导及主要领导三级联审,确保信息准确。',
      '所有拟公开信息均须经过业务科室初审、办公室复核、分管领导终审的“三级审核”。',
      '对拟发布信息的必要性、保密性、敏感性等公开属性进行三级审查。',
      '严格执行“三审三校”三级审查制度。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(LIST);
  });

  it('reads five items said six (real: 高平市文化和旅游局 2023)', () => {
    const said =
      '(四)政府信息公开平台建设\n为做到应公开尽公开,公共文化服务领域常设公共文化机构免费开放、群众文化活动、展览讲座、非物质文化遗产以及文博单位共六项,省定民生实事对免费送戏下乡工程进行了公开。';
    expect(messageOf(withOverview(said), LIST)).toContain('共 5 项');
    expect(importedWarns(realText('2729-gaoping-wlj-2023.txt'), LIST)).toBe(true);
  });

  it('stays silent on items matching their total, or closed by 等', () => {
    for (const fine of [
      '公开免费开放、群众文化活动、展览讲座、非物质文化遗产以及文博单位共五项。',
      '涵盖机构职能、法律法规、发展规划、业务及服务以及动态信息等六项。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(LIST);
  });
});

describe('parts-sum-mismatch: the results of the requests (2711–2755)', () => {
  it('reads 3 results of 11 requests (real: 赣县区住建局 2024)', () => {
    const said =
      '(二)依申请公开\n这一年,我局共收到11件政府信息公开申请。在处理这些申请时,严格遵循法定程序。具体处理结果为:予以公开2件,部分公开1件。';
    expect(messageOf(withOverview(said), SUM)).toContain('比收到的少 8 件');
    expect(importedWarns(realText('2736-ganzhou-ganxian-zjj-2024.txt'), SUM)).toBe(true);
  });

  it('stays silent on results making the whole, a list after 其中, or requests carried over', () => {
    for (const fine of [
      '部门新收依申请公开数量为4件,办理结果为予以公开1件,无法提供2件,不予处理1件;',
      '全年受理依申请信息公开21件,全部在规定时间内办结。其中予以公开10件,部分公开2件。',
      '共收到11件政府信息公开申请,处理结果为:予以公开2件,部分公开1件;结转下年度办理8件。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(SUM);
  });
});

describe('overview-item-off-topic: a long point with no word of the disclosure work (2711–2755)', () => {
  it('reads the agency’s reforms (real: 如东县行政审批局 2023)', () => {
    expect(importedWarns(realText('2753-rudong-xzspj-2023.txt'), OFF)).toBe(true);
    expect(importedMessage(realText('2753-rudong-xzspj-2023.txt'), OFF)).toContain(
      '3.加大重点工作推进力度',
    );
  });

  it('stays silent on a point of proposals, of leadership, or under a later part read in', () => {
    for (const fine of [
      '一、总体情况\n(二)建议提案办理做到“三个满意”。2020年,我委不断加强组织领导、健全工作机制、创新工作方法,着力提高人大建议和政协提案办理工作整体质量。全年共收到市、区两级交办的人大建议和政协提案12件,均按时办结,办结率100%,代表委员满意率100%,进一步提升了工作水平和服务质量。',
      '2021年,我局认真做好政府信息公开工作。\n二、林草业生产工作完成情况\n1、京津风沙源治理工程。2021年京津风沙源治理工程林业计划任务1万亩(人工造林5000亩、封山育林5000亩),灌木造林1200亩未完成,其余均已完成。封山育林均完成网围栏建设。沙源工程草原任务2020年度饲草料基地2000亩,2019年度暖棚3000平方米、储草棚20000平方米,已全部完成。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OFF);
  });
});

describe('false warnings of 2711–2755 silenced', () => {
  it('封 is a unit (real: 深圳市文化广电旅游体育局 2025)', () => {
    expect(
      keys(withOverview('共收到依申请公开件27封,办结的13封申请中涉及体育类7封、旅游类6封。')),
    ).not.toContain(UNIT);
    expect(importedWarns(realText('2731-shenzhen-wgltj-2025.txt'), UNIT)).toBe(false);
    expect(keys(withOverview('办结的13封申请中涉及体育类7旅游类6封。'))).toContain(UNIT);
  });

  it('a count after a long list of kinds closed by 等 (real: 重庆市渝北区城市管理局 2022)', () => {
    expect(importedWarns(realText('2734-chongqing-yubei-cgj-2022.txt'), PROACTIVE)).toBe(false);
  });
});
