import { describe, expect, it } from 'vitest';
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
 * Misses of the measure of 2801–2845 mended after it (stop 68, fixer f116): the report's basis with
 * no verb run into the data's sentence, a place cut to one character before 的发展, `作为…来抓` run
 * into the next clause, 专人 with no verb before its task; and a false warning silenced: the verb of
 * where the report can be read given on the next line, after the address. From the real wording,
 * with nearby wording of the corpus that must stay silent.
 */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

describe('phrase-garbled: the report’s basis with no verb (2801–2845)', () => {
  it('reads the basis run into the data’s sentence (real: 黄龙县自然资源局 2023)', () => {
    const said =
      '报告根据《中华人民共和国政府信息公开条例》《黄龙县人民政府办公室关于做好2023年度政府信息公开工作年度报告编制工作的通知》要求,本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
    expect(messageOf(withPreface(said), META)).toContain('要求编制。');
    expect(importedWarns(realText('2804-huanglong-zrzyj-2023.txt'), META)).toBe(true);
  });

  it('stays silent on the verb written, or a basis clause with no report before it', () => {
    for (const fine of [
      '本报告根据《中华人民共和国政府信息公开条例》要求编制,本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,由县自然资源局编制,本报告中所列数据的统计期限自2023年1月1日起。',
      '根据《中华人民共和国政府信息公开条例》(中华人民共和国国务院令第711号)(以下简称《条例》)要求,本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      '本年度报告依据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求,发布本年度报告,年报中所列数据的统计期限自2023年1月1日起。',
    ])
      expect(keys(withPreface(fine)), fine).not.toContain(META);
  });
});

describe('phrase-garbled: a place cut, a clause run on (2801–2845)', () => {
  const dongxiang =
    '2021年,县交通局政务公开工作在县委、县政府的统一领导下,改善了机关作风,为安的发展营造良好的环境。我局始终把政府信息公开作为加强和改进作风建设、提高工作效能的一项重要的工作来抓同时根据县政府的有关要求,对局政府信息公开工作版栏进行重新设置改良。';

  it('reads both slips of one paragraph (real: 东乡县交通运输局 2021)', () => {
    const message = messageOf(withOverview(dongxiang), OVERVIEW) ?? '';
    expect(message).toContain('为安的发展');
    expect(message).toContain('同一部分共 2 处');
    expect(importedMessage(realText('2809-dongxiang-jtysj-2021.txt'), OVERVIEW)).toContain(
      '同一部分共 2 处',
    );
  });

  it('reads the stop lost after 来抓 alone', () => {
    const said = '我局把政府信息公开作为一项重要的工作来抓同时根据县政府的有关要求,重新设置栏目。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('来抓。同时');
  });

  it('stays silent on the place whole, a word before 为, or 来抓 going on', () => {
    for (const fine of [
      '改善了机关作风,为全县的发展营造良好的环境。',
      '改善了机关作风,为东乡的发展营造良好的环境。',
      '坚持以人民为中心的发展思想,全面推进政务公开。',
      '始终坚持执政为民,为民的发展办实事。',
      '把政府信息公开作为一项重要工作来抓。同时根据县政府的有关要求,重新设置栏目。',
      '把政府信息公开工作作为重点工作来抓落实,同时根据要求做好公开。',
      '把政务公开工作作为一项重要工作来抓紧、抓实。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: 专人 with no verb (2801–2845)', () => {
  it('reads the task straight after 专人 (real: 开平市水口镇 2022, 长白县马鹿沟镇 2023)', () => {
    const said = '建立建强信息联络员队伍,明确专人信息公开材料收集,落实各股室信息公开工作任务职责。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('明确专人负责信息公开');
    expect(importedWarns(realText('2820-kaiping-shuikou-2022.txt'), OVERVIEW)).toBe(true);
    expect(importedWarns(realText('1226-changbai-malugou-2023.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on 专人 with its verb', () => {
    for (const fine of [
      '明确专人负责信息公开材料收集。',
      '明确专人具体负责政府信息公开工作。',
      '指定专人专职负责政府网站内容更新。',
      '落实专人对政府信息公开专栏进行维护。',
      '安排专人及时更新信息公开内容。',
      '公开栏有专人管理。',
    ])
      expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);
  });
});

describe('phrase-garbled: the verb on the next line, after the address (2801–2845)', () => {
  it('stays silent on the address and verb on the next line (real: 湖东街道 2024)', () => {
    const said =
      '本报告的电子版可在“湖州市吴兴区人民政府”门户网站湖东街道政府信息公开专栏\n(http://www.wuxing.gov.cn/col/col1229234141/index.html?s=505)下载。如对本报告有任何疑问,请联系湖东街道办事处党政办公室。';
    expect(keys(withPreface(said))).not.toContain(META);
    expect(importedWarns(realText('2819-wuxing-hudong-2024.txt'), META)).toBe(false);
  });

  it('still reads the verb lost with no verb after the address (real: 宿城区中扬镇 2022)', () => {
    for (const said of [
      '本报告的电子版本可在宿城区人民政府网站中扬镇人民政府板块(http://www.sqsc.gov.cn/zyz/)。',
      '本报告的电子版可在本局门户网站政府信息公开专栏\n(http://www.example.gov.cn/)。如有疑问,请与本局办公室联系。',
      '本报告的电子版可在本局门户网站政府信息公开专栏\n如有疑问,请与本局办公室联系。',
    ])
      expect(messageOf(withPreface(said), META), said).toContain('缺谓语');
  });
});
