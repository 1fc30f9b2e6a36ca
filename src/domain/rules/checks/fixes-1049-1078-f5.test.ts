import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/** Misses of the measure of 1049–1078 mended after it (stop 38, helper f5), from the real wording. */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

describe('a long part name with a word of two lost (phrase-garbled)', () => {
  it('flags `收到和处理政府信息申请情况` (real: 上街区济源路街道 2020)', () => {
    const preface =
      '本报告根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况、主动公开政府信息情况、收到和处理政府信息申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
    expect(messageOf(withPreface(preface, 2020), META)).toContain(
      '“收到和处理政府信息申请情况”疑为“收到和处理政府信息公开申请情况”（缺字）',
    );
  });
  it('is silent on the short forms of shorter names and on 主要 left out (real: corpus)', () => {
    for (const preface of [
      '本报告包括总体情况、主动公开信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的问题及改进情况、其他需要报告的事项。',
    ])
      expect(keys(withPreface(preface, 2020))).not.toContain(META);
  });
});

describe('the leadership clause with its 在 lost (phrase-garbled)', () => {
  it('flags `中心路街道办事处上街区委、区政府的坚强领导下` (real: 上街区中心路街道 2020)', () => {
    const text =
      '2020年,中心路街道办事处上街区委、区政府的坚强领导下,认真贯彻落实《中华人民共和国政府信息公开条例》。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toContain(
      '“中心路街道办事处上街区委、区政府的坚强领导下”疑为“在…的领导下”（缺字）',
    );
  });
  it('is silent where 在 opens the clause (real: corpus)', () => {
    for (const text of [
      '2020年,在区委、区政府的坚强领导下,我街道认真贯彻落实《条例》。',
      '中心路街道办事处在上街区委、区政府的正确领导下,扎实推进政务公开工作。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });
});

describe('a stray character inside 主动公开 (phrase-garbled)', () => {
  it('flags `主动算公开` (real: 上街区中心路街道 2020)', () => {
    const text = '2020年,主动算公开1条发布各类信息50余条。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toContain(
      '“主动算公开”疑为“主动公开”（多字）',
    );
  });
  it('is silent on an adverb or a preposition between (real: corpus)', () => {
    for (const text of [
      '严格按照《条例》的要求,积极主动地公开了各类政府信息,具体情况如下。',
      '按照文件要求,主动将公开的政府信息的纸质文本送交档案馆。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });
});

describe('其中 written twice across a colon (phrase-garbled)', () => {
  it('flags `其中:其中` (real: 天水市商务局 2019)', () => {
    const text = '共主动公开各类重要政府信息410条,其中:其中党政建设更新30条。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toContain('疑为“其中”（重字）');
  });
  it('is silent on 其中 once before its colon', () => {
    const text = '共主动公开各类重要政府信息410条,其中:党政建设更新30条。';
    expect(keys(withOverview(text, 2019))).not.toContain(OVERVIEW);
  });
});

describe('a stray 件 after 收到 (phrase-garbled)', () => {
  it('flags `共收到件依申请公开` (real: 沈阳市大东区 2023)', () => {
    const text = '2023年大东区人民政府共收到件依申请公开政府信息78件,均已按时办结。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toContain('“收到件”疑为“收到”（多字）');
  });
  it('is silent on 收到件数 and a count after 收到', () => {
    for (const text of [
      '2023年共收到依申请公开政府信息78件,收到件数较上年有所增加。',
      '2023年共收到78件依申请公开政府信息。',
    ])
      expect(keys(withOverview(text, 2023))).not.toContain(OVERVIEW);
  });
});

describe('the preface citing the regulation twice with 根据 (phrase-garbled)', () => {
  it('flags `…(以下简称《条例》),根据《条例》编制本报告` (real: 铁东区旧堡街道 2023)', () => {
    const preface =
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),根据《条例》编制本报告。报告数据统计期限为2023年1月1日起至2023年12月31日。';
    expect(messageOf(withPreface(preface, 2023), META)).toContain('（重字）');
  });
  it('is silent on the short name used by another verb (real: corpus)', () => {
    for (const preface of [
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》),按照《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制本报告。',
      '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制本报告。',
    ])
      expect(keys(withPreface(preface, 2023))).not.toContain(META);
  });
});

describe('过渡 written 过度 (phrase-garbled)', () => {
  it('flags `平稳过度` (real: 牡丹江市政府办 2019)', () => {
    const text = '按照新《条例》要求,及时调整公开目录,确保有序衔接、平稳过度。';
    expect(messageOf(withOverview(text, 2019), OVERVIEW)).toContain(
      '“平稳过度”疑为“平稳过渡”（错字）',
    );
  });
});

describe('a count through a site with the verb lost after its column (phrase-garbled)', () => {
  it('flags `…门户网站政务公开招投标信息57条` (real: 南沙区珠江街道 2020)', () => {
    const text = '2020年,珠江街通过广州市南沙区人民政府门户网站政务公开招投标信息57条。';
    expect(messageOf(withOverview(text, 2020), OVERVIEW)).toContain('（缺谓语）');
  });
  it('is silent where a verb follows the column (real: corpus)', () => {
    for (const text of [
      '2022年度区政府国资局通过区政府门户网站政务公开专栏主动公开政府信息4条。',
      '通过公众号公开信息数529条,通过政府网站政务公开平台公开信息数16条。',
      '全年通过中国平潭门户网政府信息公开专栏公开政府信息38条。',
    ])
      expect(keys(withOverview(text, 2020))).not.toContain(OVERVIEW);
  });
});
