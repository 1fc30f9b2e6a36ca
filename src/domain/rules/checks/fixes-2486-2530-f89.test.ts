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
 * Misses of the measure of 2486–2530 mended after it (stop 61, fixer f89): parts that do not make
 * their whole (a whole of 信息 in 篇 whose parts are in 条; kinds in 条 with one in 份 among them, the
 * whole fitting neither sum; a channel's kinds after 包括, then the next channels after a semicolon) and
 * items of 总体情况 off their topic (the 监督保障 item telling information published; a point `二是依申请
 * 公开` saying nothing of requests; a paragraph of the agency's profile, its units, staff or duties).
 * From the real wording, with nearby wording of the corpus that must stay silent.
 */

const SUM = 'parts-sum-mismatch:overview';
const OFF = 'overview-item-off-topic:overview';

describe('parts-sum-mismatch: wholes and parts of 2486–2530', () => {
  it('reads a whole of 信息 in 篇 against parts in 条 (2489)', () => {
    const overview =
      '(一)主动公开及时迅速。2020年1月1日至2020年12月31日共在开江县人民政府门户网站发布政务信息94篇。其中更新组织机构镇、单位领导数据26条,发布政府动态信息48条,发布公示公告5条,发布预算、决算信息2条,政府信息公开报告1条。';
    const message = messageOf(withOverview(overview, 2020), SUM) ?? '';
    expect(message).toContain('94篇');
    expect(message).toContain('82条');
    expect(importedWarns(realText('2489-kaijiang-renshi-2020.txt'), SUM)).toBe(true);
  });

  it('stays silent on parts in 条 that make the 篇, and on articles in the press', () => {
    for (const fine of [
      '共在县人民政府门户网站发布政务信息94篇。其中更新领导数据26条,发布政府动态信息48条,发布公示公告17条,发布预算、决算信息2条,政府信息公开报告1条。',
      '全年在各级媒体刊发稿件94篇,其中工作动态26条,经验做法48条,公示公告5条,预算决算2条,工作报告1条。',
      '2024年,区统计局主动公开政府信息共148篇,其中发布统计报告25篇、统计数据11期、工作动态42篇、部门动态59篇。',
    ])
      expect(keys(withOverview(fine, 2020))).not.toContain(SUM);
  });

  it('reads kinds in 条 and 份 that make neither sum the whole (2525)', () => {
    const overview =
      '(一)主动公开情况。乌恰县吾合沙鲁乡人民政府2021年通过乌恰县人民政府门户网站共公开信息16条,其中:领导信息5条,便民政策6条,文件5份,向社会公布财政预决算2条;通过乡村两级公示栏、大喇叭等方式公示公开文件210份;便民信息145条。';
    expect(messageOf(withOverview(overview), SUM)).toContain('5条 + 6条 + 5份 + 2条 = 18');
    expect(importedWarns(realText('2525-wuqia-wuheshalu-2021.txt'), SUM)).toBe(true);
  });

  it('stays silent when the kinds make the whole with the 份 or without them', () => {
    for (const fine of [
      // real: 番禺区大石街道 2021, 830 with the 2份.
      '主动公开政府信息830条,其中政府文件类78条,政务动态类696条,财政预决算类31条,政府工作报告类2份,其他信息23条。',
      '共公开信息16条,其中:领导信息5条,便民政策6条,文件5份,向社会公布财政预决算5条。',
      '共公开信息13条,其中:领导信息5条,便民政策6条,文件5份,向社会公布财政预决算2条。',
    ])
      expect(keys(withOverview(fine))).not.toContain(SUM);
  });

  it('reads the channels after the first channel’s kinds (2502)', () => {
    const overview =
      '(二)主动公开政府信息统计。街道主动公开政府信息共计231条。其中,通过网站主动公开政府信息166条,包括:工作动态126条,通知公告17条,政策解读1条,财政数据2条,法定文件15条,政府信息主动公开目录1条,基层政务公开事项标准目录1条,人事信息2条,信息公开年报1条;通过政务微信公众号“凫山街道办事处”公开17条信息;通过其他方式公开59条信息,其中,在学习强国发稿3条,在济宁日报发稿7条。';
    expect(messageOf(withOverview(overview, 2020), SUM)).toContain('166 + 17 + 59 = 242条');
    expect(importedWarns(realText('2502-zoucheng-fushan-2020.txt'), SUM)).toBe(true);
  });

  it('stays silent when the channels make the whole, or a kind’s own kinds follow', () => {
    for (const fine of [
      '街道主动公开政府信息共计231条。其中,通过网站主动公开政府信息166条,包括:工作动态126条,通知公告40条;通过政务微信公众号公开17条信息;通过其他方式公开48条信息。',
      '共发布政府信息300条。其中工作动态信息166条,包括:会议活动126条,通知公告40条;政策解读17条;其他信息59条。',
    ])
      expect(keys(withOverview(fine, 2020))).not.toContain(SUM);
  });
});

describe('overview-item-off-topic: items of 2486–2530', () => {
  it('reads the 监督保障 item telling information published (2499)', () => {
    const overview =
      '4.政府信息公开平台建设情况\n政府信息公开工作由专人负责。\n5.政府信息公开监督保障及教育培训情况\n及时准确发布工作动态、工作情况等相关信息。进一步扩大群众的知情权,增加工作的透明度。官方微博发布3800条,实时更新和展示我局的工作成效、学习培训、受理业务等情况。\n6.全面推进基层政务公开开展情况\n建立健全政府信息公开工作制度。';
    expect(messageOf(withOverview(overview, 2020), OFF)).toContain('没有写监督保障');
    expect(importedWarns(realText('2499-huaxian-xfj-2020.txt'), OFF)).toBe(true);
  });

  it('stays silent on a 监督保障 item that tells supervision first', () => {
    const overview =
      '(五)监督保障。严格落实政府信息公开考核制度,定期开展自查,及时发布工作动态信息。全年通过官方微博发布信息3800条。\n(六)其他情况。无。';
    expect(keys(withOverview(overview))).not.toContain(OFF);
  });

  it('reads the point 二是依申请公开 saying nothing of requests (2507)', () => {
    const overview =
      '一是主动公开。2022年共主动公开政府信息166条。\n二是依申请公开。截至12月31日,本年度我局未发出政府信息处理费收费通知书,不存在收取信息处理费的情况。\n三是政府信息管理。我局及时调整政府信息公开目录。';
    expect(messageOf(withOverview(overview, 2022), OFF)).toContain('二是依申请公开');
    expect(importedWarns(realText('2507-pujiang-wjj-2022.txt'), OFF)).toBe(true);
  });

  it('stays silent on the points that tell the requests (real: 乌海市科学技术局 2022, 建平县林业和草原局 2023, 营山县司法局 2021)', () => {
    for (const fine of [
      '一是主动公开情况。全年主动公开政府信息50条。\n二是依申请公开情况。2022年,我局未收到政府信息公开申请。\n三是政府信息管理情况。严格审查。',
      '一是主动公开情况。全年主动公开政府信息50条。\n二是依申请公开情况。全年共收到政府信息依申请公开1件次,在法定期限内予以答复,未产生行政复议和行政诉讼。\n三是政府信息管理情况。严格审查。',
    ])
      expect(keys(withOverview(fine, 2022))).not.toContain(OFF);
    expect(importedWarns(realText('2012-yingshan-sfj-2021.txt'), OFF)).toBe(false);
  });

  it('reads a paragraph of the agency’s units and staff (2519)', () => {
    const overview =
      '区城管局主要负责中心城区道路的环卫作业。\n下设区城管执法大队、区市容环卫服务中心、区市政园林管理处等3个正科级事业单位,另有全资国有公司1个。\n核定编制150名(行政编制4名,事业编制146名),现有在岗干部职工1686名(在编在岗117名)。';
    expect(messageOf(withOverview(overview, 2020), OFF)).toContain('本机关的概况');
    expect(importedWarns(realText('2519-duodao-cgj-2020.txt'), OFF)).toBe(true);
  });

  it('reads the agency’s duties under the 依申请公开 item (2526)', () => {
    const overview =
      '(一)进一步加强主动公开工作。主动公开是政府信息公开的主要方式。\n(二)进一步做好依申请公开工作。根据县政府关于政府信息公开相关要求,全面梳理依申请公开的政府信息,全面贯彻党和国家的教育方针、政策、法规,管理和指导本辖区基础教育、职业技术教育、成人教育和特殊教育并会同有关部门管理、指导、协调各行';
    expect(messageOf(withOverview(overview), OFF)).toContain('(二)进一步做好依申请公开工作');
    expect(importedMessage(realText('2526-linxi-jyj-2021.txt'), OFF)).toContain('管理和指导');
  });

  it('stays silent on a word or two of the agency said beside the disclosure work', () => {
    for (const fine of [
      '我局按照要求编制了2021年度政府信息公开工作年度报告,局属事业单位同步公开。',
      '坚持党和国家的方针政策,主要负责同志亲自部署,下设政务公开办公室负责日常工作。',
    ])
      expect(keys(withOverview(fine))).not.toContain(OFF);
  });
});
