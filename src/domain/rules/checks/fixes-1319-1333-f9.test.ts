import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedReport,
  importedWarns,
  keys,
  messageOf,
  realText,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1319–1333 mended after it (stop 41, helper f9): a column's mark printed
 * before the title (`【2019】马关县交通运输局…`), the title printed again over two lines with the year's
 * 年 lost (`上海市宝山区生态环境局2024` / `政府信息公开工作年度报告`), and two sites of different names
 * given one address. From the real wording, with the corpus's texts that must stay silent.
 */

const NAME = 'report-name-garbled:meta';
const TITLE_YEAR = 'date-characters-missing:title';
const ADDRESS = 'website-address-repeated:meta';

const page = (title: string, rest = ''): string =>
  `当前位置: 网站首页 > 政府信息公开年报 > 2019年 > 正文\n\n${title}\n\n来源: 更新时间:2020/01/18\n\n${rest}一、总体情况\n\n2019年,我局主动公开政府信息70余条。\n`;

describe('report-name-garbled: a mark printed before the title (real: 马关县交通运输局 2019)', () => {
  it('reads the agency without the mark, and says the mark', () => {
    const text = realText('1330-maguan-jtj-2019.txt');
    expect(importedReport(text).meta.agencyName).toBe('马关县交通运输局');
    expect(importedWarns(text, NAME)).toBe(true);
    expect(importedMessage(text, NAME)).toContain('“【2019】”');
  });
  it('says a stray year before the agency too (real: 湖口县大垅乡 2025)', () => {
    const text = realText('931-hukou-dalong-2025.txt');
    expect(importedReport(text).meta.agencyName).toBe('湖口县大垅乡');
    expect(importedMessage(text, NAME)).toContain('“2025”');
    expect(importedMessage(text, NAME)).toContain('年份重出');
  });
  it('stays silent on a title without a mark', () => {
    const text = page('马关县交通运输局2019年政府信息公开工作年度报告');
    expect(importedReport(text).meta.agencyName).toBe('马关县交通运输局');
    expect(importedWarns(text, NAME)).toBe(false);
  });
});

describe('date-characters-missing: the title printed again with its 年 lost (real: 宝山区生态环境局 2024)', () => {
  it('says the year on the agency’s line, the name on the next', () => {
    const text = realText('1331-baoshan-sthjj-2024.txt');
    expect(importedWarns(text, TITLE_YEAR)).toBe(true);
    expect(importedMessage(text, TITLE_YEAR)).toContain('“2024”后缺“年”');
  });
  it('stays silent on the title printed again with its 年', () => {
    const text = page(
      '上海市宝山区生态环境局2024年政府信息公开工作年度报告',
      '上海市宝山区生态环境局2024年\n\n政府信息公开工作年度报告\n\n',
    );
    expect(importedWarns(text, TITLE_YEAR)).toBe(false);
  });
});

describe('website-address-repeated: two sites given one address (real: 黔南州农业农村局 2020)', () => {
  const warns = (preface: string): boolean => keys(withPreface(preface, 2020)).includes(ADDRESS);
  it('says the real sentence', () => {
    const preface =
      '本年报的电子版可在黔南州人民政府门户网站(http://znyncj.qiannan.gov.cn)和黔南州农业农村局门户网站(http://znyncj.qiannan.gov.cn)下载。';
    expect(warns(preface)).toBe(true);
    expect(messageOf(withPreface(preface, 2020), ADDRESS)).toContain(
      '“黔南州人民政府门户网站”和“黔南州农业农村局门户网站”',
    );
    expect(importedWarns(realText('1332-qiannan-nyncj-2020.txt'), ADDRESS)).toBe(true);
  });
  it('stays silent on two sites with their own addresses, or one site named twice', () => {
    expect(
      warns(
        '本年报的电子版可在黔南州人民政府门户网站(http://www.qiannan.gov.cn)和黔南州农业农村局门户网站(http://znyncj.qiannan.gov.cn)下载。',
      ),
    ).toBe(false);
    expect(
      warns(
        '本报告电子版可在黔南州人民政府门户网站(www.qiannan.gov.cn)下载。如有疑问请登录黔南州人民政府门户网站(http://www.qiannan.gov.cn)留言。',
      ),
    ).toBe(false);
  });
});
