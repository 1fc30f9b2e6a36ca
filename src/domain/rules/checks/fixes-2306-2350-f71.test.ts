import { describe, expect, it } from 'vitest';
import {
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2306–2350 mended after it (stop 57, helper f71): two prepositions of a basis
 * run together (按照根据, 依据依照), 根据 cut to 根 before 按, 实施 for 实时 before publishing, 制发 of
 * requests, a rate of information with its kind lost, a list's item with its verb lost, a 是-sentence
 * cut short after the law, documents counted with no verb; and a false warning silenced (none received
 * read across a 、). From the real wording, with the corpus's nearby wording that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';
const PHRASE_META = 'phrase-garbled:meta';

describe('phrase-garbled: slips of 2306–2350 (overview)', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '2345-shuangliao-jyj-2020.txt',
      '双辽市教育局严格按照根据《中华人民共和国政府信息公开条例》有关规定要求,认真开展信息公开工作。',
      '“按照根据”疑为“按照（或根据）”',
      'two prepositions of a basis run together',
      [
        '双辽市教育局严格按照《中华人民共和国政府信息公开条例》有关规定要求,认真开展信息公开工作。',
        '根据《条例》和上级要求,按照“谁公开谁审查”的原则开展审查。',
        '依据《条例》第二十条,依照程序主动公开。',
      ],
    ],
    [
      '2328-jiayu-mzj-2023.txt',
      '2023年我局根按规定在嘉鱼县人民政府网站上及时公开相关信息。',
      '“根按”疑为“根据（或按）”',
      '根据 cut to 根 before 按',
      [
        '2023年我局根据规定在嘉鱼县人民政府网站上及时公开相关信息。',
        '2023年我局按规定在嘉鱼县人民政府网站上及时公开相关信息。',
        '干部扎根按需服务群众一线。',
      ],
    ],
    [
      '2331-huanggang-sthjj-2021.txt',
      '全年每日发布空气质量日报及预报,实施发布地表水自动监测信息,共发布环境质量信息365条。',
      '“实施发布地表水自动监测信息”疑为“实时发布地表水自动监测信息”',
      '实施 for 实时 before publishing',
      [
        '全年每日发布空气质量日报及预报,实时发布地表水自动监测信息。',
        '严格实施发布审核制度,确保信息准确。',
        '认真实施发布前保密审查,未发生泄密事件。',
      ],
    ],
    [
      '2337-sunitezuoqi-wjw-2023.txt',
      '2023年我委共制发依申请公开0件,收到社会公众申请公开政府信息0件。',
      '“制发依申请公开0件”疑为“办理依申请公开0件”',
      '制发 of requests counted',
      [
        '2023年我委共收到依申请公开0件,收到社会公众申请公开政府信息0件。',
        '全年制发行政规范性文件3件,均已公开。',
        '印发依申请公开工作流程,规范办理程序。',
      ],
    ],
    [
      '2348-dongcheng-wb-2021.txt',
      '本办2021年共主动公开政府信息23条,其中全文电子化率达100%。外事工作动态信息率100%。',
      '“信息率”疑为“信息公开率（或更新率）”',
      'a rate of information with its kind lost',
      [
        '本办2021年共主动公开政府信息23条,其中全文电子化率达100%。',
        '外事工作动态信息公开率100%。',
        '政府信息公开申请按时答复率100%。',
      ],
    ],
    [
      '2345-shuangliao-jyj-2020.txt',
      '加强信息发布、解读和回应,扩大公开范围,细化公开内容,与公众的沟通交流,积极开展网上公共服务。',
      '“与公众的沟通交流”疑为“加强与公众的沟通交流”',
      'a list’s item with its verb lost',
      [
        '扩大公开范围,细化公开内容,加强与公众的沟通交流,积极开展网上公共服务。',
        '在办理过程中,与申请人保持良好的沟通联系,确保按时答复。',
        '通过政务新媒体,与群众进行互动交流,回应关切。',
      ],
    ],
    [
      '2345-shuangliao-jyj-2020.txt',
      '(一)切实落实责任。推进政府信息公开制度是双辽市教育局贯彻实施《中华人民共和国政府信息公开条例》。双辽市教育局加强领导,落实责任。',
      '的重要举措”（缺宾语）',
      'a 是-sentence cut short after the law',
      [
        '推进政府信息公开制度是双辽市教育局贯彻实施《中华人民共和国政府信息公开条例》的重要举措。',
        '一是认真贯彻落实《中华人民共和国政府信息公开条例》。二是加强平台建设。',
        '特别是贯彻落实《中华人民共和国政府信息公开条例》。',
      ],
    ],
    [
      '2336-houqi-wjw-2022.txt',
      '确保政府信息“应公开、尽公开”。《科左后旗卫生健康委员会2022年“双随机一公开”工作实施方案》等15项政策解读材料,对最新的政策、法规进行及时解读。',
      '疑为“发布了《科左后旗卫生健康委员会2022年“双随机一公开”工作实施方案》等15项政策解读材料”',
      'documents counted with no verb',
      [
        '确保政府信息“应公开、尽公开”。发布了《科左后旗卫生健康委员会2022年“双随机一公开”工作实施方案》等15项政策解读材料,对最新的政策、法规进行及时解读。',
        '主要有：《关于加强政务公开工作的通知》等3个文件,均已公开。',
        '。《条例》等法律法规,均按要求公开。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2022), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2022))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: two prepositions of a basis in the preface (413, a gatherer’s slip)', () => {
  it('reads 依据依照', () => {
    const said = '本报告依据依照《中华人民共和国政府信息公开条例》要求,由白鹿镇人民政府编制。';
    expect(messageOf(withPreface(said, 2023), PHRASE_META)).toContain('“依据依照”疑为');
    expect(importedWarns(realText('413-lushan-bailu-2023.txt'), PHRASE_META)).toBe(true);
  });
});

describe('phrase-garbled: none received of the handling, not across a 、 (2317 silent)', () => {
  it('stays silent on the list’s next item, its own negation (永春县石鼓镇 2025)', () => {
    expect(
      keys(
        withOverview('(二)依申请公开情况。2025年,我镇未收到政府信息公开申请、无相关申请处理情况。'),
      ),
    ).not.toContain(PHRASE);
    expect(importedWarns(realText('2317-yongchun-shigu-2025.txt'), PHRASE)).toBe(false);
  });

  it('still reads the handling received (蒙城县乡村振兴局 2023)', () => {
    expect(
      messageOf(withOverview('2023年度我局未收到依申请公开政府信息办理情况。'), PHRASE),
    ).toContain('未收到政府信息公开申请');
    expect(importedWarns(realText('1354-mengcheng-xczxj-2023.txt'), PHRASE)).toBe(true);
  });
});
