import { describe, expect, it } from 'vitest';
import { importedMessage, importedWarns, realText } from '@/testing/checked-reports';

/**
 * Misses and false warnings of the measure of 1049–1078 mended after it (stop 38, helper f6), all in
 * 总体情况's items and sub-headings, from the real wording, with the corpus's texts that must stay
 * silent.
 */

const warned = importedWarns;
const message = importedMessage;

const SKIPPED = 'subheading-number-skipped:overview';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const GARBLED = 'overview-subheading-garbled:overview';
const DATE = 'date-characters-missing:overview';
const NUMBER_MISSING = 'subheading-number-missing:overview';
const PROACTIVE_COUNT = 'proactive-count-missing:overview';

describe('subheading-number-skipped: a point run into the sentence before', () => {
  const ordos = realText('1070-ordos-xzspj-2021.txt');
  it('reads `向社会公布二是及时更新…` as the point between 一是 and 三是 (real: 鄂尔多斯市行政审批和政务服务局 2021)', () => {
    expect(warned(ordos, SKIPPED)).toBe(false);
  });
  it('still says 二是 lost when it is nowhere in the paragraph', () => {
    expect(warned(ordos.replace('向社会公布二是及时更新', '向社会公布。及时更新'), SKIPPED)).toBe(
      true,
    );
  });
});

describe('overview-item-off-topic', () => {
  const ordos = realText('1070-ordos-xzspj-2021.txt');
  it('reads the powers’ list published (`梳理公布我局行政许可36项…`) as information (real: 鄂尔多斯市 2021)', () => {
    expect(warned(ordos, OFF_TOPIC)).toBe(false);
  });
  it('still says an item counting only cases handled', () => {
    const handled = ordos
      .replace('向社会公布二是', '二是')
      .replace('梳理公布我局行政许可36项', '办理行政许可36项');
    const text = handled.replace(/。一是及时编制[^\n]*?三是/, '。三是');
    expect(warned(text, OFF_TOPIC)).toBe(true);
  });

  const wuliyasitai = realText('1069-dongwuqi-wuliyasitai-2021.txt');
  it('says a 主动公开 item that tells only the town’s line work (real: 乌里雅斯太镇 2021)', () => {
    expect(warned(wuliyasitai, OFF_TOPIC)).toBe(true);
    expect(message(wuliyasitai, OFF_TOPIC)).toContain('(一)主动公开情况');
  });
  it('is silent once the item names what was published', () => {
    expect(
      warned(
        wuliyasitai.replace('一是落实生态补奖政策', '一是通过镇政府网站发布生态补奖政策'),
        OFF_TOPIC,
      ),
    ).toBe(false);
  });
  it('is silent on the corpus’s 主动公开 items that tell what was published', () => {
    expect(warned(realText('1071-ewenke-huihe-2024.txt'), OFF_TOPIC)).toBe(false);
    expect(warned(realText('598-heilongjiang-yjglt-2023.txt'), OFF_TOPIC)).toBe(false);
  });

  const zhujiang = realText('1050-nansha-zhujiang-2020.txt');
  it('says a heading on 审计结果公开 whose text never names 审计 (real: 珠江街道 2020)', () => {
    expect(warned(zhujiang, OFF_TOPIC)).toBe(true);
    expect(message(zhujiang, OFF_TOPIC)).toContain('审计');
  });
  it('is silent once the item names the field', () => {
    expect(
      warned(zhujiang.replace('公开部门组织机构', '公开项目审计结果、部门组织机构'), OFF_TOPIC),
    ).toBe(false);
  });
  it('is silent on a heading with a field’s word run into its text (real: 四川省人防办 2022)', () => {
    expect(warned(realText('516-sichuan-rfb-2022.txt'), OFF_TOPIC)).toBe(false);
  });

  const hunan = realText('1054-hunan-sthjt-2023.txt');
  it('says the service window’s cases under the 依申请公开 item (real: 湖南省生态环境厅 2023)', () => {
    expect(warned(hunan, OFF_TOPIC)).toBe(true);
    expect(message(hunan, OFF_TOPIC)).toContain('受理政务服务事项2190');
  });
  it('is silent once those cases are told under no 依申请公开 item', () => {
    expect(
      warned(hunan.replace('(三)做好政府信息依申请公开办理', '(三)做好政务服务工作'), OFF_TOPIC),
    ).toBe(false);
  });
});

describe('overview-subheading-garbled: the words swapped after a verb', () => {
  const hunan = realText('1054-hunan-sthjt-2023.txt');
  it('says `(二)做好政府主动信息公开` (real: 湖南省生态环境厅 2023)', () => {
    expect(warned(hunan, GARBLED)).toBe(true);
    expect(message(hunan, GARBLED)).toContain('（二）做好政府信息主动公开');
  });
  it('is silent on the words in order after the verb', () => {
    expect(warned(hunan.replace('做好政府主动信息公开', '做好政府信息主动公开'), GARBLED)).toBe(
      false,
    );
  });
  it('still says the same words swapped with no verb (real: 湖南省生态环境厅 2024)', () => {
    expect(warned(realText('788-hunan-sthjt-2024.txt'), GARBLED)).toBe(true);
  });
});

describe('date-characters-missing: a day that lost its 日 before a stop', () => {
  const hunan = realText('1054-hunan-sthjt-2023.txt');
  it('says `截至2023年12月31,省厅窗口…` (real: 湖南省生态环境厅 2023)', () => {
    expect(warned(hunan, DATE)).toBe(true);
    expect(message(hunan, DATE)).toContain('2023年12月31');
  });
  it('is silent on the date written whole', () => {
    expect(warned(hunan.replace('12月31,省厅', '12月31日,省厅'), DATE)).toBe(false);
  });
});

describe('subheading-number-missing: an area ended by a stop', () => {
  const huihe = realText('1071-ewenke-huihe-2024.txt');
  it('says `政府信息管理情况。根据…` after (一) and (二) (real: 辉河保护区管理局 2024)', () => {
    expect(warned(huihe, NUMBER_MISSING)).toBe(true);
    expect(message(huihe, NUMBER_MISSING)).toContain('政府信息管理情况');
  });
  it('is silent once its number is printed', () => {
    expect(
      warned(huihe.replace('\n政府信息管理情况。', '\n(三)政府信息管理情况。'), NUMBER_MISSING),
    ).toBe(false);
  });
});

describe('proactive-count-missing: an overview of one paragraph', () => {
  const xinqu = realText('1076-changchun-xinqu-2025.txt');
  it('says `在主动公开方面,…涵盖政策解读、办事指南等内容` with no count (real: 长春新区管委会 2025)', () => {
    expect(warned(xinqu, PROACTIVE_COUNT)).toBe(true);
    expect(message(xinqu, PROACTIVE_COUNT)).toContain('主动公开方面');
  });
  it('is silent once the count is given there', () => {
    expect(
      warned(
        xinqu.replace(
          '涵盖政策解读、办事指南等内容',
          '全年主动公开政府信息312条,涵盖政策解读、办事指南等内容',
        ),
        PROACTIVE_COUNT,
      ),
    ).toBe(false);
  });
});
