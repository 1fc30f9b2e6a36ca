import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import {
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';
import { phraseSlipsIn } from './phrase-slips';

/**
 * Misses of the measure of 1949–1993 mended after it (stop 51, helper f41): phrase slips of the
 * second half (a platform's name lost, 畅通…意识, 中央 run into a level's government, 把…为 without
 * 作, a stray 公开, a stray level before the requests, the key points' name swapped, 主动公开 without
 * 主); a count's unit lost before a kind that ends its line; a contact's bracket left open where the
 * preface ends; a document number's year in round brackets. From the real wording, with the corpus's
 * texts that must stay silent.
 */

const PHRASE = 'phrase-garbled:overview';

describe('phrase-garbled: slips of the second half of 1949–1993', () => {
  const cases: readonly [string, string, string, string, readonly string[]][] = [
    [
      '1976-fengxian-zhen-2024.txt',
      '同时公开党务、政务等群众关注的政策信息,做到了公开透明。2024年我镇在县政府信息公开发布604条信息。',
      '网站',
      'a platform lost after 在县政府信息公开',
      [
        '2024年我镇在县政府信息公开网站发布604条信息。',
        '在博湖县人民政府信息公开发布平台发布信息。',
        '严格落实政府信息公开发布审核制度。',
      ],
    ],
    [
      '1978-yongchun-shigu-2023.txt',
      '不断增强政府工作透明度,畅通群众民主沟通渠道和机关干部的服务群众意识,不断深化效能。',
      '增强',
      '畅通…和…意识',
      [
        '畅通群众民主沟通渠道和增强机关干部的服务群众意识。',
        '畅通群众沟通渠道,增强服务意识。',
        '畅通政民互动渠道和政务服务热线。',
      ],
    ],
    [
      '1979-lianyungang-cgj-2022.txt',
      '全面贯彻党的二十大精神,认真落实中央市政府办公厅有关工作要求,围绕城市管理中心工作。',
      '中央、省、市政府',
      '中央 run into 市政府',
      ['信息涵盖中央省市重大决策部署。', '认真落实中央、省、市政府办公厅有关工作要求。'],
    ],
    [
      '1984-tongxiang-shimen-2020.txt',
      '从便于公众知情为出发点,把桐乡信息公开网站为政府信息公开的第一平台。',
      '作为',
      '把…为 without 作',
      [
        '把桐乡信息公开网站作为政府信息公开的第一平台。',
        '把政府信息公开工作做为加强社会监督的重要内容。',
        '把网站建设成为政务公开的第一平台。',
        '把信息发布以门户网站为主要平台。',
      ],
    ],
    [
      '1986-jiamusi-qiaonan-2023.txt',
      '凝心聚力,守正创新,不断公开规范政务公开内容、加强制度建设、突出公开重点。',
      '不断',
      'a stray 公开 after 不断',
      ['不断规范政务公开内容。', '持续公开规范性文件12件。'],
    ],
    [
      '1986-jiamusi-qiaonan-2023.txt',
      '2023年桥南街道办事处未收到区政府信息公开申请。因政府信息公开申请引发行政复议0件。',
      '“未收到”',
      'a level before the requests none of which came',
      ['2023年桥南街道办事处未收到政府信息公开申请。', '本年度共收到政府信息公开申请3件。'],
    ],
    [
      '1991-minhang-lhsrj-2025.txt',
      '根据《2025年闵行区政务公开要点工作》工作要求,充分发挥区门户网站作用。',
      '公开工作要点》',
      'the key points’ name swapped',
      ['根据《2025年闵行区政务公开工作要点》工作要求。', '做好重点工作的公开。'],
    ],
    [
      '1991-minhang-lhsrj-2025.txt',
      '截止2025年12月31日累计动公开政府信息共53条,其中规划计划类4条。',
      '主动公开',
      '主动公开 without 主',
      [
        '累计主动公开政府信息共53条。',
        '推动公开工作提质增效。',
        '开展主题活动公开征集意见。',
        '变被动公开为主动公开。',
      ],
    ],
    [
      '1986-jiamusi-qiaonan-2023.txt',
      '按照《中华人民共和国政府信息公开条例》的要求和上\n及部门相关要求,严格执行政府公开信息发布制度。',
      '上级',
      '上级 with 级 written 及, across a line break',
      [
        '按照《中华人民共和国政府信息公开条例》的要求和上级部门相关要求。',
        '通过线上及线下方式公开信息。',
        '在政府网站上及时更新信息。',
      ],
    ],
  ];
  for (const [file, overview, right, what, silent] of cases)
    it(`reads ${what} (${file.slice(0, 4)})`, () => {
      expect(messageOf(withOverview(overview, 2023), PHRASE)).toContain(right);
      expect(importedWarns(realText(file), PHRASE)).toBe(true);
      for (const fine of silent) expect(keys(withOverview(fine, 2023))).not.toContain(PHRASE);
    });
});

describe('phrase-garbled: 上级 written 上及 across a line break, on the real text', () => {
  it('reads it in 桥南街道’s overview (1986)', () => {
    const report = importedReport(realText('1986-jiamusi-qiaonan-2023.txt'));
    const slips = phraseSlipsIn(report.narrative.overview ?? '', formatById(report.formatId));
    expect(slips.map((s) => s.phrase)).toContain('上级');
  });
});

describe('count-unit-missing: a kind of a total without its unit before the line’s last kind', () => {
  const UNIT = 'count-unit-missing:overview';
  it('reads 重点工作8, before the last kind of the line (1991)', () => {
    const overview =
      '累计主动公开政府信息共53条,其中规划计划类4条,本部门发文类6条,重点工作8,财政信息类35条1)行政法规、规章和规范性文件';
    expect(messageOf(withOverview(overview, 2025), UNIT)).toContain('重点工作8,');
    expect(importedWarns(realText('1991-minhang-lhsrj-2025.txt'), UNIT)).toBe(true);
    expect(
      keys(
        withOverview(
          '累计主动公开政府信息共53条,其中规划计划类4条,重点工作8条,财政信息类35条\n(二)依申请公开情况',
          2025,
        ),
      ),
    ).not.toContain(UNIT);
  });
});

describe('text-bracket-unclosed: a bracket open where the preface ends, the report going on', () => {
  const OPEN = 'text-bracket-unclosed:meta';
  const file = '1988-weihai-yjj-2020.txt';
  it('reads the contact’s bracket never closed (1988)', () => {
    expect(importedMessage(realText(file), OPEN)).toContain('(地址:威海市人防路2号');
  });
  it('stays silent where the bracket is closed, or the preface is all there is', () => {
    const text = realText(file);
    const closed = text.replace('传真:0631-5234308', '传真:0631-5234308)');
    expect(importedWarns(closed, OPEN)).toBe(false);
    // Without the report going on (a preface alone), not said.
    expect(keys(withPreface('如对本报告有疑问,请联系(电话:0631-5225629'))).not.toContain(OPEN);
  });
});

describe('notice-citation-unknown: a document number’s year in round brackets', () => {
  const BROKEN = 'notice-citation-unknown:meta:broken-number';
  it('reads (国办公开办函(2021)30号) (1962)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》第五十条规定及国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函(2021)30号)文件要求,编制本报告。';
    expect(messageOf(withPreface(preface, 2024), BROKEN)).toContain('国办公开办函〔2021〕30号');
    expect(importedWarns(realText('1962-qiaokou-hanshuiqiao-2024.txt'), BROKEN)).toBe(true);
  });
  it('stays silent on the year in 〔〕 and on a bracketed year that is no number’s', () => {
    for (const fine of [
      '根据《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)文件要求,编制本报告。',
      '根据《关于做好政务公开工作的通知》(2021)要求,编制本报告。',
      '本报告所列数据统计期限(2024)1月1日起至12月31日止。',
    ])
      expect(keys(withPreface(fine, 2024))).not.toContain(BROKEN);
  });
});
