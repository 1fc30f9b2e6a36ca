import { describe, expect, it } from 'vitest';
import { readFrontMatter, readSignature } from './read-front-and-signature';
import { importText } from './import-text';
import { isTitle, readPageDate } from './read-meta';

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('readFrontMatter: the preface is the clerk’s text, not the page around it', () => {
  it('a page’s properties and the title printed again are left out (real: 白银区统计局 2020)', () => {
    const front = readFrontMatter(
      lines(`索  引  号: /2021-172732 生成日期: 2021-01-06
文       号: 关键字: 白银区统计局2020年政府信息公开工作年度报告
所属机构: 白银区 发布机构: 白银区人民政府
白银区统计局2020年政府信息公开工作年度报告
信息来源:区统计局
发布时间:2021-01-06 08:54
浏览次数:
白银区统计局2020年政府信息公开工作年度报告
本报告根据新修订《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《新条例》)要求编写而成。`),
    );
    expect(front.agency).toBe('白银区统计局');
    expect(front.preface).toEqual([
      '本报告根据新修订《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《新条例》)要求编写而成。',
    ]);
  });

  it('the title printed again without its year, as a subtitle (real: 天山区政务服务管理局 2022)', () => {
    const front = readFrontMatter(
      lines(`天山区政务服务管理局2022年度政府信息公开工作年报
2023-01-29 17:32   来源:天山区政务服务管理局   (点击: )
天山区政务服务管理局政府信息公开工作年报
天山区政务服务管理局认真贯彻落实《中华人民共和国政府信息公开条例》,现公布天山区政务服务管理局2022年度政府信息公开工作报告。`),
    );
    expect(front.agency).toBe('天山区政务服务管理局');
    expect(front.preface).toEqual([
      '天山区政务服务管理局认真贯彻落实《中华人民共和国政府信息公开条例》,现公布天山区政务服务管理局2022年度政府信息公开工作报告。',
    ]);
    // A first line of the preface that names the agency in a sentence stays.
    const kept = readFrontMatter(
      lines(`某县审计局2022年政府信息公开工作年度报告
某县审计局政府信息公开工作年度报告编制说明如下:
根据《条例》编制本报告。`),
    );
    expect(kept.preface[0]).toBe('某县审计局政府信息公开工作年度报告编制说明如下:');
  });

  it('properties without colons, buttons, counters and the agency alone (real: 山阳县 2020, 迎宾路街道 2021)', () => {
    expect(
      readFrontMatter(
        lines(`山阳县人民政府2020年政府信息公开工作年度报告
索 引 号 01606072-9-30/2021-0223004 发布机构 市政府办
公开目录 县区政府信息公开年度报告 发布日期 2021-02-20 09:00
名  称 山阳县人民政府2020年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》规定,现公布山阳县人民政府2020年政府信息公开工作年度报告。`),
      ).preface,
    ).toEqual([
      '根据《中华人民共和国政府信息公开条例》规定,现公布山阳县人民政府2020年政府信息公开工作年度报告。',
    ]);
    expect(
      readFrontMatter(
        lines(`迎宾路街道办事处2021年政府信息公开工作年度报告
迎宾路街道办事处
2022年01月18日来源:1
[字体: ] 打印
积极推进政务信息公开是贯彻落实《中华人民共和国政府信息公开条例》的重要举措。`),
      ).preface,
    ).toEqual(['积极推进政务信息公开是贯彻落实《中华人民共和国政府信息公开条例》的重要举措。']);
  });

  it('keeps a preface whose lines a PDF broke mid-sentence, and a short preface of its own (real: 淮安市 2024)', () => {
    const pdf = readFrontMatter(
      lines(`淮安市人民政府2024年政府信息公开工作年度报告
本报告由淮安市人民政府办公室根据《中华人民共和国政府
信息公开条例》（国令第 711 号）要求编制。`),
    );
    expect(pdf.preface).toEqual([
      '本报告由淮安市人民政府办公室根据《中华人民共和国政府',
      '信息公开条例》（国令第 711 号）要求编制。',
    ]);
    expect(
      readFrontMatter(
        lines(`某镇人民政府2024年政府信息公开工作年度报告
本镇年度报告如下`),
      ).preface,
    ).toEqual(['本镇年度报告如下']);
  });

  it('a title broken over two lines, and an agency line ending in 机关 (real: 六盘水市公安局 2020, 城口县人民政府机关 2020)', () => {
    const broken = readFrontMatter(
      lines(`六盘水市公安局2020年度政府信息
公开工作年度报告
概述
本年度报告根据《中华人民共和国政府信息公开条例》要求,由六盘水市公安局编制。`),
    );
    expect([broken.agency, broken.year]).toEqual(['六盘水市公安局', 2020]);
    expect(broken.preface).toEqual([
      '本年度报告根据《中华人民共和国政府信息公开条例》要求,由六盘水市公安局编制。',
    ]);
    const above = readFrontMatter(
      lines(`城口县人民政府机关
2020年政府信息公开工作年度报告
本报告根据《中华人民共和国政府信息公开条例》要求编制。`),
    );
    expect([above.agency, above.year]).toEqual(['城口县人民政府机关', 2020]);
    // Broken inside the name, the title's part naming only the agency's kind (real: 小龙坎街道 2023).
    const kind = readFrontMatter(
      lines(`重庆市沙坪坝区人民政府小龙坎街道
办事处2023年政府信息公开工作年度报告
一、总体情况`),
    );
    expect([kind.agency, kind.year]).toEqual(['重庆市沙坪坝区人民政府小龙坎街道办事处', 2023]);
    // Counterexample: a whole name in the title keeps a line above it out (real: 329's path line is
    // not joined either).
    const whole = readFrontMatter(
      lines(`重庆市沙坪坝区人民政府
小龙坎街道办事处2023年政府信息公开工作年度报告
一、总体情况`),
    );
    expect(whole.agency).toBe('小龙坎街道办事处');
    // A place's name above a title opening with its year: the place's report (real: 大渡口区 2023).
    const place = readFrontMatter(
      lines(`重庆市大渡口区
2023年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》第五章第五十条的规定和要求,制作本报告。`),
    );
    expect([place.agency, place.year]).toEqual(['重庆市大渡口区', 2023]);
    // Counterexample: a sentence ending in a place's name above the title is no agency's line.
    const said = readFrontMatter(
      lines(`本报告由重庆市大渡口区
2023年政府信息公开工作年度报告
一、总体情况`),
    );
    expect(said.agency).not.toBe('本报告由重庆市大渡口区');
    // Broken inside 政府信息, the second half a report's name of its own (real: 蓉江新区经济发展局 2022).
    const word = readFrontMatter(
      lines(`赣州蓉江新区经济发展局2022年政府
信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制。`),
    );
    expect([word.agency, word.year, word.titleAt]).toEqual(['赣州蓉江新区经济发展局', 2022, 0]);
    // A preface broken mid-sentence is not a title, nor two lines of a sentence.
    const sentence = readFrontMatter(
      lines(`根据条例规定,现将本局2020年政府信息
公开工作年度报告
如下。`),
    );
    expect([sentence.title, sentence.agency]).toEqual([null, '']);
  });
});

describe('readFrontMatter: the agency', () => {
  it('a title without its place takes the full name the preface gives (real: 天门市人民政府办公室 2025)', () => {
    const front = (preface: string) =>
      readFrontMatter(['市人民政府办公室2025年政府信息公开工作年度报告', preface]).agency;
    expect(
      front(
        '根据《中华人民共和国政府信息公开条例》要求,现公开天门市人民政府办公室2025年政府信息公开工作年度报告。',
      ),
    ).toBe('天门市人民政府办公室');
    // A preface naming no agency, or another one: the title's words stay.
    expect(front('根据《中华人民共和国政府信息公开条例》要求,编制本报告。')).toBe(
      '市人民政府办公室',
    );
  });

  it('a title after a property label without its colon (real: 西藏自治区政府国资委 2023)', () => {
    const front = readFrontMatter([
      '标      题 西藏自治区政府国资委2023年度信息公开工作报告',
      '索引号 000014349/2024-00162 文      号',
      '根据《中华人民共和国政府信息公开条例》要求,现公布西藏自治区政府国资委2023年政府信息公开工作年度报告。',
    ]);
    expect(front.agency).toBe('西藏自治区政府国资委');
    // Only the label goes: an agency whose name starts like one keeps its name.
    expect(readFrontMatter(['标准化研究院2023年政府信息公开工作年度报告']).agency).toBe(
      '标准化研究院',
    );
  });
});

describe('a column’s name above the title (a fix after the measure of 494–523)', () => {
  it('takes the fuller title under a report’s name without agency or year (real: 廊坊市 2021, 咸宁 2025, 四川 人防办 2022)', () => {
    const langfang = readFrontMatter([
      '您现在的位置:首页>政务公开',
      '政府信息公开工作年度报告',
      '廊坊市人民政府办公室2021年政府信息公开工作年度报告',
      '2022年01月27日 来源: 廊坊市政府信息公开平台 作者: 字体:',
      '依据《中华人民共和国政府信息公开条例》等规定编制本报告。',
    ]);
    expect(langfang.agency).toBe('廊坊市人民政府办公室');
    expect(langfang.year).toBe(2021);
    expect(langfang.title).toBe('廊坊市人民政府办公室2021年政府信息公开工作年度报告');
    const sichuan = readFrontMatter([
      '政府信息公开年度报告',
      '四川省人民防空办公室2022年政府信息公开工作年度报告',
      '发布时间: 2023-01-12 作者: 来源: 点击: 字体:【',
      '按照《中华人民共和国政府信息公开条例》等相关规定,四川省人民防空办公室编制了2022年政府信息公开工作年度报告。',
    ]);
    expect(sichuan.agency).toBe('四川省人民防空办公室');
    expect(sichuan.title).toBe('四川省人民防空办公室2022年政府信息公开工作年度报告');
  });

  it('keeps a report’s name alone when no fuller title follows, or when it has a year (real layouts)', () => {
    // The agency on the line above a bare report's name: read as before.
    expect(
      readFrontMatter([
        '山西省人民政府外事办公室',
        '政府信息公开工作年度报告',
        '本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。',
      ]).agency,
    ).toBe('山西省人民政府外事办公室');
    // A title with its year only (`2022年政府信息公开工作年度报告` / `桃江县松木塘镇人民政府`): not a column.
    expect(
      readFrontMatter([
        '2022年政府信息公开工作年度报告',
        '桃江县松木塘镇人民政府',
        '2022年政府信息公开工作年度报告',
        '本报告根据《中华人民共和国政府信息公开条例》编制。',
      ]).agency,
    ).toBe('桃江县松木塘镇人民政府');
    // A report named inside a sentence below is no title.
    expect(
      readFrontMatter([
        '政府信息公开工作年度报告',
        '根据《中华人民共和国政府信息公开条例》,现公布2021年政府信息公开工作年度报告。',
      ]).agency,
    ).toBe('');
  });
});

describe('the agency from the page around the title (fixes after the measures of 434–463)', () => {
  it('a title naming its place only takes the government the source line under it names (real: 东溪镇 2025, 民勤县 2022)', () => {
    const front = (source: string) =>
      readFrontMatter([
        '苍溪县东溪镇2025年政府信息公开工作年度报告',
        source,
        '根据《中华人民共和国政府信息公开条例》有关要求,特向社会公布苍溪县东溪镇2025年政府信息公开情况。',
      ]).agency;
    expect(front('时间:2026-01-23 来源:苍溪县东溪镇人民政府 打印 关闭本页')).toBe(
      '苍溪县东溪镇人民政府',
    );
    expect(
      readFrontMatter([
        '民勤县2022年政府信息公开工作年度报告',
        '信息来源: 民勤县人民政府 发布日期: 2023-01-09 15:51 浏览次数:',
      ]).agency,
    ).toBe('民勤县人民政府');
    // A department of the place (another body's report), or another place: the title's words stay.
    expect(front('来源:苍溪县东溪镇农业服务中心')).toBe('苍溪县东溪镇');
    expect(front('来源:苍溪县人民政府')).toBe('苍溪县东溪镇');
  });

  it('a title alone on a row with a page’s bar after it is the title (real: 滨海新区人民政府办公室 2020)', () => {
    const r = importText(
      '天津市滨海新区人民政府办公室2020年度政府信息公开工作年度报告 |\n本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。\n一、总体情况\n本年度滨海新区政府办公室坚持从日常管理入手。',
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.report.meta.agencyName).toBe('天津市滨海新区人民政府办公室');
    expect(r.report.meta.year).toBe(2020);
  });
});

describe('readFrontMatter: a title under a page’s menu, and a region’s title whose 政府 is shared', () => {
  it('finds the title after more than six menu lines, before the text’s first sentence (real: 五蛟镇 2020)', () => {
    const front = readFrontMatter(
      lines(`手机版
|
繁體版
|
无障碍版
|
政务微信
关怀版
华池县人民政府
政府信息公开
全文检索
五蛟镇人民政府2020年政府信息公开年度报告
来源:五蛟镇 发布时间:2021-04-09 08:59:08 浏览次数: 【字体:
2020年来,我镇按照县委、县政府的统一部署,把政府信息公开工作作为一项重要工作来抓,全面落实政府信息公开工作。`),
    );
    expect([front.agency, front.year]).toEqual(['五蛟镇人民政府', 2020]);
    expect(front.preface).toEqual([
      '2020年来,我镇按照县委、县政府的统一部署,把政府信息公开工作作为一项重要工作来抓,全面落实政府信息公开工作。',
    ]);
  });

  it('takes no report named inside the text for a title: after the first sentence, none is looked for (real wording: 吉林市 2020)', () => {
    const front = readFrontMatter(
      lines(`登录 注册
根据国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》,编制了本报告。
一
二
三
四
五
吉林市人民政府2020年政府信息公开工作年度报告`),
    );
    expect([front.title, front.agency]).toEqual([null, '']);
  });

  it('a region’s title whose 政府 is also the report’s takes the government the preface names (real: 伊宁县 2023)', () => {
    const front = (preface: string) =>
      readFrontMatter([
        '伊宁县政府信息公开工作2023年度报告',
        '2024-01-26   伊宁县人民政府办公室',
        preface,
      ]).agency;
    expect(
      front(
        '根据《中华人民共和国政府信息公开条例》要求,现向社会公布伊宁县人民政府2023年政府信息公开工作年度报告。',
      ),
    ).toBe('伊宁县人民政府');
    // A preface that names no government: the title's region stays.
    expect(front('根据《中华人民共和国政府信息公开条例》要求,编制本报告。')).toBe('伊宁县');
    // A region's title without 政府 right after the name (`某县2020年政府信息公开…`) keeps its name.
    expect(
      readFrontMatter([
        '山阳县2020年政府信息公开工作年度报告',
        '根据《中华人民共和国政府信息公开条例》规定,现公布山阳县人民政府2020年政府信息公开工作年度报告。',
      ]).agency,
    ).toBe('山阳县');
  });
});

describe('readSignature: a contact note under the 落款', () => {
  const AGENCY = '平潭综合实验区交通与建设局';
  it('reads the date above `（联系人：…）` and takes the note with the signature (real: 平潭综合实验区交通与建设局 2020)', () => {
    const s = readSignature(
      [
        '暂无。',
        '平潭综合实验区交通与建设局',
        '2021年1月26日',
        '（联系人：林耀，联系方式：0591-23163387）',
      ],
      AGENCY,
    );
    expect(s).toEqual({ date: '2021-01-26', dateValid: true, agency: AGENCY, consumed: 3 });
  });

  it('leaves a contact sentence with no date above it to the text', () => {
    const s = readSignature(['暂无。', '（联系人：林耀，联系方式：0591-23163387）'], AGENCY);
    expect(s.date).toBeNull();
    expect(s.consumed).toBe(0);
  });
});

describe('readFrontMatter and readPageDate: a page’s properties as a list (fixes after the measure of 344–373)', () => {
  it('does not take a list’s line for the title (real: 面甸镇 2025, 天水市乡村振兴局 2021)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》要求,现公布2025年度政府信息公开工作年度报告。';
    const bullets = readFrontMatter([
      '登录 | 注册',
      '  • 乡镇政府信息公开年度报告',
      '  • 发布机构',
      '    建水县面甸镇人民政府',
      '建水县面甸镇2025年政府信息公开工作年度报告',
      preface,
    ]);
    expect(bullets.agency).toBe('建水县面甸镇');
    expect(bullets.year).toBe(2025);
    const dashed = readFrontMatter([
      '- 发文机关: 天水市人民政府',
      '- 发布时间: 2022-01-17',
      '- 标题: 天水市乡村振兴局2021年政府信息公开工作年度报告',
      '天水市乡村振兴局2021年政府信息公开工作年度报告',
      preface,
    ]);
    expect(dashed.agency).toBe('天水市乡村振兴局');
    // Counterexample: a title with no list mark (a dash inside a site's name is not a list's mark).
    expect(readFrontMatter(['上街区人民政府2020年政府信息公开工作年度报告', preface]).agency).toBe(
      '上街区人民政府',
    );
  });

  it('reads a list’s date label without its colon and the date on the next line', () => {
    expect(readPageDate(['  • 发布日期', '    2026-01-21', '  • 时效性'])?.iso).toBe('2026-01-21');
    expect(readPageDate(['  • 成文日期:', '  • 2023-01-13'])?.iso).toBe('2023-01-13');
    // Counterexample: `日期` alone without a colon is a word, not a label; nothing read.
    expect(readPageDate(['日期', '2026-01-21'])).toBeNull();
    // A label with no date after it reads nothing.
    expect(readPageDate(['  • 发布日期', '  • 时效性'])).toBeNull();
  });
});

describe('since a fix of stop 35 after the measure of 719–748: the page’s date after the title', () => {
  const preface =
    '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,由上海市杨浦区人民政府办公室编制。';

  it('a title with the page’s date after a space is the title (real: 杨浦区 2022)', () => {
    const front = readFrontMatter([
      '上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20',
      '2023年1月20日',
      preface,
    ]);
    expect(front.title).toBe('上海市杨浦区政府2022年政府信息公开工作年度报告');
    expect(front.agency).toBe('上海市杨浦区政府');
    expect(front.year).toBe(2022);
    expect(front.preface).toEqual([preface]);
    const r = importText(
      `上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20\n\n\n2023年1月20日\n\n${preface}\n\n一、总体情况\n\n2022年,杨浦区政府坚持以习近平新时代中国特色社会主义思想为指引。\n`,
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.report.meta.agencyName).toBe('上海市杨浦区政府');
    expect(r.report.meta.reportDate).toBe('2023-01-20');
  });

  it('counter-examples: a date without a space, or with other text after it, is not a title’s', () => {
    expect(isTitle('上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20 10:15')).toBe(true);
    expect(isTitle('上海市杨浦区政府2022年政府信息公开工作年度报告2023-01-20')).toBe(false);
    expect(isTitle('上海市杨浦区政府2022年政府信息公开工作年度报告 2023-01-20 来源:本网')).toBe(
      false,
    );
    // A sentence citing a report and a date is no title.
    expect(isTitle('现公布2022年政府信息公开工作年度报告,发布日期 2023-01-20')).toBe(false);
  });
});
