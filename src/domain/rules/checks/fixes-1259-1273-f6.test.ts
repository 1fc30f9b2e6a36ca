import { describe, expect, it } from 'vitest';
import { shortTitleName } from '@/domain/format/report-name';
import { keys, messageOf, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1259–1273 flagged after it (stop 40, helper f6): phrases and names,
 * from the real wording, with counter-examples from the corpus the rules must leave alone.
 */

const PHRASE = 'phrase-garbled:overview';
const DATE = 'date-characters-missing:overview';
const DOCUMENT = 'notice-citation-unknown:overview:title-2019-54';

const overview = (text: string) => keys(withOverview(text));

describe('phrase-garbled: the slips of 1259–1273', () => {
  it('flags 全区 with 区 lost before 政务公开 (real: 鹤岗市兴安区 2020)', () => {
    const report = withOverview('狠抓各项重点任务落实,进一步提升全政务公开工作水平。突出重点,');
    expect(messageOf(report, PHRASE)).toContain('全区（或全县等）政务公开');
  });
  it('is silent on 健全政务公开 (the corpus’s other texts)', () => {
    expect(overview('不断健全政务公开制度,健全政务公开协调机制。')).not.toContain(PHRASE);
  });

  it('flags 坚 lost from 坚持以公开为常态 (real: 凤庆县凤山镇 2024)', () => {
    const report = withOverview(
      '完善政府信息公开各项制度,持以公开为常态、不公开为例外,确保信息公开及时准确。',
    );
    expect(messageOf(report, PHRASE)).toContain('坚持以公开为常态');
  });
  it('is silent on 秉持 and 坚持 (real: 省地方志办 2021)', () => {
    expect(
      overview('2021年省地方志办继续秉持公开为常态、不公开为例外原则,做好公开。'),
    ).not.toContain(PHRASE);
    expect(overview('始终坚持以公开为常态、不公开为例外。')).not.toContain(PHRASE);
  });

  it('flags 聚焦 written 聚集 before its content (real: 鹤岗市兴安区 2020)', () => {
    const report = withOverview(
      '牢牢把握“专栏姓专”的基本定位,聚集法定主动公开内容,以专门性内容为主。',
    );
    expect(messageOf(report, PHRASE)).toContain('聚焦法定');
  });
  it('is silent on 要闻聚集 counted (the corpus’s one other 聚集)', () => {
    expect(overview('其中疫情通报364条、要闻聚集578条、防控举措8条。')).not.toContain(PHRASE);
  });

  it('flags 互联网+政务服务 with its + lost (real: 渠县医疗保障局 2022)', () => {
    const report = withOverview(
      '围绕人民群众重点关切问题,借力“互联网政务服务”,及时、准确公开政府信息。',
    );
    expect(messageOf(report, PHRASE)).toContain('互联网+政务服务');
  });
  it('is silent on the national platform’s name (the corpus)', () => {
    expect(overview('建设权威、便捷、高效的一体化互联网政务服务平台。')).not.toContain(PHRASE);
  });
});

describe('date-characters-missing: 年 lost before 月份 (real: 庐江县政府办 2019)', () => {
  it('flags `20197月份`', () => {
    const report = withOverview(
      '认真贯彻《中华人民共和国政府信息公开条例》,20197月份,利用办公室召开全体会议。',
      2019,
    );
    expect(messageOf(report, DATE)).toContain('20197月份');
  });
  it('is silent on `2019年7月份` and on `12月份` alone', () => {
    expect(overview('2019年7月份,利用办公室召开全体会议。')).not.toContain(DATE);
    expect(overview('共召开会议12次,12月份召开全体会议。')).not.toContain(DATE);
  });
});

describe('report-name-garbled: 年度报告 written 年报 in a title', () => {
  it('reads the title’s 年报 as a short name (real: 庐江县政府办 2019; 天山区 2022)', () => {
    expect(shortTitleName('庐江县政府办2019年政府信息公开工作年报')).toBe('政府信息公开工作年报');
    expect(shortTitleName('天山区政务服务管理局2022年度政府信息公开工作年报')).toBe(
      '政府信息公开工作年报',
    );
  });
  it('is silent on the regulation’s name and on a column’s title with no year (武汉市发改委 2023)', () => {
    expect(shortTitleName('庐江县政府办2019年政府信息公开工作年度报告')).toBeNull();
    expect(shortTitleName('政府信息公开工作年报')).toBeNull();
  });
});

describe('notice-citation-unknown: 国办发〔2019〕54号 cited by another title', () => {
  it('flags 政府信息公开 for 政务公开 in its title (real: 土泉乡应急局 2021)', () => {
    const report = withOverview(
      '加强平台建设。根据《国务院办公厅关于全面推进基层政府信息公开标准化规范化工作的指导意见》(国办发〔2019〕54号)要求,完善政府信息公开专栏。',
    );
    expect(messageOf(report, DOCUMENT)).toContain(
      '《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》',
    );
  });
  it('is silent on the real title, with or without its issuer (东升街道 2023, the corpus)', () => {
    expect(
      overview(
        '依照《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》(国办发〔2019〕54号)要求,推进标准化建设。',
      ),
    ).not.toContain(DOCUMENT);
    expect(
      overview(
        '依照《关于全面推进基层政务公开标准化规范化工作的指导意见》(国办发〔2019〕54号)要求,推进标准化建设。',
      ),
    ).not.toContain(DOCUMENT);
  });
});
