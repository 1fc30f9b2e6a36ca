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
 * Misses of the measure of 2891–2935 mended after it (stop 70, fixer f126): a paragraph under an item of
 * 总体情况 that counts the agency's line work with no word of the disclosure, and information sent to two
 * bodies or more in one paragraph (the reporting of 政务信息). From the real wording, with nearby wording of
 * the corpus that must stay silent.
 */

const OFF = 'overview-item-off-topic:overview';

/** 2906 西城区应急管理局 2021's item `2.主动公开` and its second paragraph, as printed. */
const PROACTIVE_OPENING =
  '2.主动公开。2021年主动公开各类政府信息,积极开展会议开放、政府开放日、向公众报告活动。';
const LINE_WORK =
  '加强对重点行业、重点领域、重点时节的安全生产执法检查,2021年全区累计参加检查人员468244人,监督检查企事业单位和场所296086家,发放宣传材料462217份;安责险工作投保企业8921家,保费1901.6万元。依托保险公司隐患排查走访企业7743家,入户排查7059家;开展综合减灾示范社区创建。';

describe('overview-item-off-topic: a paragraph of an item counting the line work (2891–2935)', () => {
  it('reads the enforcement’s counts under 2.主动公开 (real: 西城区应急管理局 2021)', () => {
    const report = withOverview(
      `1.组织领导。成立区应急局政务公开领导小组。\n${PROACTIVE_OPENING}\n${LINE_WORK}`,
    );
    expect(keys(report)).toContain(OFF);
    expect(messageOf(report, OFF)).toContain('“2.主动公开”之下有一段');
    expect(importedWarns(realText('2906-xicheng-yjj-2021.txt'), OFF)).toBe(true);
  });

  it('reads the same in the older texts their gatherers wrote it down for (1396, 1427)', () => {
    // 迪庆州 2022: `(二)推进“互联网+政务服务”工作情况` / `…全州累计建造通信基站6495座,…`.
    expect(importedMessage(realText('1396-diqing-ju-2022.txt'), OFF)).toContain('通信基站');
    // 吕仙亭街道 2020: `2、政府信息的清理及公开情况` / `低保坚持阳光操作,…新增24户33人10550元,…`.
    expect(importedMessage(realText('1427-yueyanglou-lvxianting-2020.txt'), OFF)).toContain('低保');
  });

  it('stays silent on a paragraph before any item, and on the disclosure’s words in it', () => {
    for (const fine of [
      // The overview's opening on the year's work, before the items.
      `${LINE_WORK}\n${PROACTIVE_OPENING}`,
      // The enforcement's results made public (a word of the disclosure in the paragraph).
      `${PROACTIVE_OPENING}\n${LINE_WORK.replace('开展综合减灾示范社区创建', '检查结果在区政府网站公开')}`,
      // Supervision of the disclosure itself (政务公开监督检查) is its kin.
      `${PROACTIVE_OPENING}\n${LINE_WORK.replace('安全生产执法检查', '政务公开监督检查')}`,
      // Two counts of the line work only.
      `${PROACTIVE_OPENING}\n加强对重点行业、重点领域、重点时节的安全生产执法检查,2021年全区累计参加检查人员468244人,监督检查企事业单位和场所296086家,发放宣传材料462217份,印制具有西城特色的海报和宣传品送至相关行业部门和各街道,提升全区自然灾害防治意识,全力做好汛期安全保障工作。`,
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OFF);
  });

  it('stays silent on the people served beside what was published (real: 平度市公安局 2023)', () => {
    const fine =
      '(一)主动公开\n2023年,共在各级各类新闻媒体刊发稿件1592篇,其中青岛市级以上刊发稿件772篇。通过平度公安微信为群众提供在线服务20余人次,共在“平安平度”微信公众号发布稿件605篇,阅读量达100余万次。平度公安微信粉丝量37056人。通过平度交警抖音等网络渠道主动发布信息400余条,服务群众3000余人次。';
    expect(keys(withOverview(fine, 2023))).not.toContain(OFF);
  });
});

describe('overview-item-off-topic: information sent to the bodies above, listed (2891–2935)', () => {
  it('reads 政务信息 sent to four bodies in one paragraph (real: 北碚区招商投资促进局 2019)', () => {
    const said =
      '2019年,局机关多次向市招商投资促进局报送重大招商项目、招商动态、招商服务和招商成效等信息,向区府办报送招商专报、信息简报等招商信息,向区委宣传部报送2019年西洽会、智博会简报信息,向区委网信办报送网络问政信息复函,严格执行信息发布审核和保密工作,切实把政府信息公开要求落到实处。';
    const report = withOverview(said, 2019);
    expect(keys(report)).toContain(OFF);
    expect(messageOf(report, OFF)).toContain('区府办');
    expect(importedWarns(realText('2913-beibei-zstzj-2019.txt'), OFF)).toBe(true);
  });

  it('stays silent on one body, and on what is sent to a site, the archives or to be made public', () => {
    for (const fine of [
      // One body alone (岳阳市审计局 2022's shape, passed by its gatherer).
      '2022年,我局严格执行信息发布审核制度,向市委报送审计工作动态,切实把政府信息公开要求落到实处。',
      // The archives and the disclosure office (闽侯县 2025, 抚顺市公安局 2019).
      '2025年,向县档案馆报送主动公开文件222件,向公开办报送我局信息公开报表及工作总结。',
      // Sites and what is sent to be published (河东区鲁山道街道 2022).
      '向区政府网站报送信息73篇,向宣文办报送需要公开的文件、信息、报表,向区委报送需要公开的信息。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OFF);
  });
});
