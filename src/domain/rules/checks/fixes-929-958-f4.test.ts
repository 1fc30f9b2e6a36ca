import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 929–958 mended after it (stop 37, helper f4), from the real wording.
 */

const OVERVIEW = 'phrase-garbled:overview';
const PREFACE = 'phrase-garbled:meta';

describe('a word written twice in a row (phrase-garbled)', () => {
  it('reads 按照按照 (real: 静安区共和新路街道 2024)', () => {
    const text =
      '围绕区委、区政府中心工作,按照按照《条例》《规定》,以及市、区政务公开工作要点要求,扎实推进政务公开。';
    expect(messageOf(withOverview(text, 2024), OVERVIEW)).toBe(
      '文中“按照按照”疑为“按照”（重字），请核对',
    );
  });
  it('reads 公众号公众号 (real: 渝中区解放碑街道 2024)', () => {
    const text = '通过人民政府门户网站、爱尚解放碑公众号公众号等各类渠道进行公开。';
    expect(messageOf(withOverview(text, 2024), OVERVIEW)).toBe(
      '文中“公众号公众号”疑为“公众号”（重字），请核对',
    );
  });
  it('reads a word doubled in a notice’s title and in the corpus’s sentences', () => {
    expect(
      messageOf(
        withPreface(
          '根据《福建省人民政府办公厅关于关于全面推进基层政务公开标准化规范化工作的通知》要求,编制本报告。',
          2020,
        ),
        PREFACE,
      ),
    ).toBe('文中“关于关于”疑为“关于”（重字），请核对');
    for (const [text, word] of [
      ['在区委、区政府的坚强领导下,大进镇深入学习深入学习贯彻党的二十大精神。', '深入学习'],
      ['二是规范审核审核发布机制。落实政府信息发布审核制度。', '审核'],
      ['涉及公共利益和公众利益和公众权益的重要事项,主动向社会公布。', '利益和公众'],
    ] as const)
      expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
        `文中“${word}${word}”疑为“${word}”（重字），请核对`,
      );
  });
  it('says a phrase’s doubled word once, as the phrase’s slip (real: 安丘市政府办 2022)', () => {
    const text = '做好法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“国家有关规定规定应当主动公开”疑为“国家有关规定应当主动公开”（重字），请核对',
    );
  });
  it('is silent where one compound ends and the next opens, on a page’s buttons, on one character four times', () => {
    for (const text of [
      '现公布2025年连生乡人民政府政府信息公开工作情况报告。',
      '公开方式:主动公开公开时限:常年公开。',
      '2024-01-26 16:32打印打印纠错纠错分享到',
      '电子版可在金厂镇人民政府网站下载下载地址http://xxgk.dc.gov.cn/。',
      '无障碍无障碍简体|繁体长者模式长者模式',
      '各项工作常常常常得到群众好评。',
      '把问题一项一项抓落实。',
      '围绕县本级政务公开400多个公开目录,做好公开工作。',
    ])
      expect(keys(withOverview(text, 2024))).not.toContain(OVERVIEW);
  });
});

describe('the counted noun said before and after its count (phrase-garbled)', () => {
  it('reads 发布信息19135条信息 (real: 彭阳县 2022)', () => {
    const text = '把握好信息发布的时度效,全年累计发布信息19135条信息,其中政府网站发布信息3689条。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“信息19135条信息”疑为“信息19135条”（重字），请核对',
    );
  });
  it('is silent on the noun said once, and where it opens a longer word after the count', () => {
    for (const text of [
      '全年累计发布信息19135条,其中政府网站发布信息3689条。',
      '全年累计发布19135条信息,其中政府网站发布信息3689条。',
      '围绕县本级政务公开400多个公开目录,梳理公开事项。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });
});

describe('我政府, the place’s kind lost (phrase-garbled)', () => {
  it('reads it inside a clause (real: 合作市 2023)', () => {
    const text = '提高了政府工作的透明度,进一步提高了我政府管理工作公信力和透明度。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“我政府”疑为“我市政府（或我县政府等）”（缺字），请核对',
    );
  });
  it('is silent on 我市政府, 我县人民政府, 我镇', () => {
    for (const text of [
      '进一步提高了我市政府管理工作公信力和透明度。',
      '我县人民政府高度重视政府信息公开工作。',
      '2023年,我镇通过政府网站主动公开信息20条。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });
});

describe('年内 with 年 lost opening a clause (phrase-garbled)', () => {
  it('reads 内组织召开 (real: 柳南区 2023)', () => {
    const text =
      '主动公开文件均在规定时间内于柳南区政府门户网站发布,政策性文件同步解读。内组织召开了14场政策说明会,参加单位78家。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“内组织”疑为“年内组织”（缺字），请核对',
    );
  });
  it('is silent on 年内, and on the words that open with 内 (内容, 内设, 内外)', () => {
    for (const text of [
      '政策性文件同步解读。年内组织召开了14场政策说明会。',
      '主动公开政府信息1438条,内容涉及安全检查,环境卫生等。',
      '同时公开了机构职能、领导分工,内设处室和下属单位。',
      '结合工作实际,以点带面,内外并进,逐步深化。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });
});
