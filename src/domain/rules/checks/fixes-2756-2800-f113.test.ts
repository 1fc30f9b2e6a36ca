import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import type { Report } from '@/domain/report/types';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2756–2800 mended after it (stop 67, fixer f113): a contact field given
 * twice, an e-mail address run into the next sentence's year, a counted item listed twice, a contact
 * address without its 号, the 政府信息管理 sub-heading written as the website's, the platform's
 * sub-heading naming the 12345 hotline's, and an item whose text is an earlier paragraph's copied.
 * From the real wording, with nearby wording of the corpus that must stay silent.
 */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';
const ADDRESS = 'phrase-garbled:contact.address';
const HEADING = 'overview-subheading-garbled:overview';
const OFF = 'overview-item-off-topic:overview';

const withAddress = (address: string, report: Report = clean2021.report): Report => ({
  ...report,
  meta: { ...report.meta, contact: { ...report.meta.contact, address } },
});

describe('phrase-garbled: contact lines (2756–2800)', () => {
  it('reads a contact field given twice (real: 青阳县丁桥镇 2022)', () => {
    const said =
      '如对本报告有任何疑问,请与池州市青阳县丁桥镇党政综合办公室联系(地址:池州市青阳县丁桥镇丁明路政府办公大楼 ,电话:0566-5666803,邮编:242807,邮箱:ahqyfx@126.com,邮编:242807)。';
    expect(messageOf(withPreface(said), META)).toContain(
      '邮编:242807,邮箱:ahqyfx@126.com,邮编:242807',
    );
    expect(importedWarns(realText('2766-qingyang-dingqiao-2022.txt'), META)).toBe(true);
  });

  it('stays silent on each field once, or two numbers of one kind', () => {
    for (const fine of [
      '请与丁桥镇党政综合办公室联系(地址:丁明路1号,电话:0566-5666803,邮编:242807,邮箱:ahqyfx@126.com)。',
      '请与本局办公室联系(办公室电话:0551-2345678,受理窗口电话:0551-8765432,邮编:230001)。',
      '联系电话:0566-5666803,传真:0566-5666803。',
    ])
      expect(keys(withPreface(fine)), fine).not.toContain(META);
  });

  it('reads an e-mail address run into the next sentence’s year (real: 蓬溪县鸣凤镇 2023)', () => {
    const said =
      '(二)依申请公开\n我镇依申请公开政府信息接收地址为蓬溪县鸣凤镇人民政府党政办公室;邮编:629111;电子邮箱:1078994674@qq.com2023年,我镇未发生因政府信息公开申请行政复议、提起行政诉讼的情况。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('1078994674@qq.com。2023年');
    expect(importedMessage(realText('2758-pengxi-mingfeng-2023.txt'), OVERVIEW)).toContain(
      '同一部分共 2 处',
    );
  });

  it('stays silent on an address closed by its stop, or a label run in (passed by 1058’s gatherer)', () => {
    for (const fine of [
      '电子邮箱:1078994674@qq.com。2023年,我镇未发生行政复议。',
      '电子邮箱:zxlbmfw@163.com邮编450041)。',
      '邮箱:wssxxgk@ynws.gov.cn。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);
  });

  it('reads the contact block’s address without 号 (real: 东胜区天骄街道 2023)', () => {
    expect(messageOf(withAddress('东胜区体育街2'), ADDRESS)).toContain('东胜区体育街2号');
    expect(importedWarns(realText('2770-dongsheng-tianjiao-2023.txt'), ADDRESS)).toBe(true);
  });

  it('stays silent on an address with its 号, or one the preface prints (read there)', () => {
    expect(keys(withAddress('东胜区体育街2号'))).not.toContain(ADDRESS);
    expect(keys(withAddress('鄂尔多斯市东胜区天骄路'))).not.toContain(ADDRESS);
    const printed = withAddress(
      '和硕县文化二街71',
      withPreface('请与和硕文化体育广播电视和旅游局联系(地址:和硕县文化二街71),邮编:841200。'),
    );
    expect(keys(printed)).not.toContain(ADDRESS);
  });
});

describe('phrase-garbled: a counted item listed twice (2756–2800)', () => {
  it('reads the item written twice in a comma-joined list (real: 蓬溪县鸣凤镇 2023)', () => {
    const said =
      '(一)主动公开\n严格按照格式、口径、时间等要求公开鸣凤镇财政决算报告1条,2022年度法治政府建设工作情况的报告1条,2022年度四川省蓬溪县鸣凤镇人民政府部门决算1条,2022年度法治政府建设工作情况的报告1条,未发布规范性文件。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain(
      '2022年度法治政府建设工作情况的报告1条,…,2022年度法治政府建设工作情况的报告1条',
    );
  });

  it('stays silent on items each listed once, or the same count of other items', () => {
    for (const fine of [
      '公开财政决算报告1条,法治政府建设工作情况的报告1条,部门决算1条,政府工作报告1条。',
      '主动公开政策文件15条,机关简介14条,工作动态161条。',
      '其中政策文件1条,会议信息1条;工作动态1条,会议信息1条。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);
  });
});

describe('overview-subheading-garbled: another work at the area’s number (2756–2800)', () => {
  it('reads 政府网站管理 at 政府信息管理’s number (real: 红桥区人民政府办公室 2024)', () => {
    const said =
      '(一)主动公开方面。持续推动行政规范性文件主动公开。\n(二)依申请公开方面。2024年共受理信息公开申请50件。\n(三)政府网站管理方面。强化政府信息公开“三审三校”,确保信息公开准确率。\n(四)平台建设方面。持续优化政府网站专栏。\n(五)监督保障方面。加强培训。';
    expect(messageOf(withOverview(said), HEADING)).toContain('（三）政府信息管理');
    expect(importedWarns(realText('2776-hongqiao-zfb-2024.txt'), HEADING)).toBe(true);
  });

  it('reads the 12345 hotline’s platform at 平台建设’s number (real: 明山区卫生健康局 2024)', () => {
    const said =
      '(三)政府信息管理情况\n严格执行信息发布审核制度。\n(四)12345政务服务平台建设情况\n区卫健局指派专人负责管理12345政务服务便民热线服务平台,办理诉求件229件。\n(五)监督保障情况\n纳入考核。';
    expect(messageOf(withOverview(said), HEADING)).toContain('12345政务服务平台建设情况');
    expect(importedWarns(realText('2794-mingshan-wjj-2024.txt'), HEADING)).toBe(true);
  });

  it('stays silent on the website headed elsewhere, or the platforms’ own words', () => {
    for (const fine of [
      '(一)扎实做好网站维护管理。及时更新。\n(二)依申请公开。未收到申请。',
      '(三)政府网站管理。加强审核。\n(四)监督保障。加强考核。',
      '(五)加强政府网站建设管理。定期巡查。',
      '(四)政务公开平台建设情况。优化政府网站。',
      '(二)推进“互联网+政务服务”工作情况。全面推行网上办理。\n(四)政府信息公开平台建设。优化专栏。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(HEADING);
  });
});

describe('overview-item-off-topic: an item copied from an earlier paragraph (2756–2800)', () => {
  it('reads (三) that copies the opening paragraph (real: 明山区卫生健康局 2024)', () => {
    const said =
      '2024年明山区卫生健康局认真执行主动公开、依申请公开、政府信息管理、平台建设、监督保障等文件规定相关内容,在行政执法、医疗机构设置、注销等各方面认真做好信息公开工作。\n(一)主动公开情况\n全年发布政府信息116件。\n(三)政府信息管理情况\n区卫健局按照区委、区政府统一部署,执行主动公开、依申请公开、政府信息管理、平台建设、监督保障等文件规定相关内容,在行政执法、医疗机构设置、注销等各方面认真做好信息公开工作。';
    expect(messageOf(withOverview(said), OFF)).toContain('一字不差');
    expect(importedMessage(realText('2794-mingshan-wjj-2024.txt'), OFF)).toContain(
      '(三)政府信息管理情况',
    );
  });

  it('reads (四) that repeats (三)’s last sentence (real: 红桥区人民政府办公室 2024)', () => {
    expect(importedMessage(realText('2776-hongqiao-zfb-2024.txt'), OFF)).toContain(
      '(四)平台建设方面',
    );
  });

  it('stays silent on lists of the same kinds, or items of one template around their counts', () => {
    for (const fine of [
      '(一)主动公开\n公开机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息。\n(三)政府信息管理\n本年度,对机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等变动情况进行实时更新。',
      '(一)主动公开\n2.社会服务管理信息公开。2021年,办事处通过西秀区政府官网公开社会服务管理16条。\n(二)群众工作\n3.群众工作管理信息公开。2021年,办事处通过西秀区政府官网公开群众工作管理15条。',
      '(一)主动公开\n紧扣社会广泛关注、事关群众切身利益的信息,紧紧围绕行政决策、执行、管理、服务、结果公开。\n(二)重点领域\n本年度我局围绕重点领域,紧扣社会广泛关注、事关群众切身利益的信息,紧紧围绕行政决策、执行、管理、服务、结果公开,全面推进财政预决算、重大建设项目、公共资源配置、社会公益事业等领域的信息公开,累计发布各类信息多条,群众满意度进一步提升。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OFF);
  });
});
