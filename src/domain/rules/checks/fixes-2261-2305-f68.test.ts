import { describe, expect, it } from 'vitest';
import {
  asAgency,
  importedMessage,
  importedWarns,
  keys,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 2261–2305 mended after it (stop 56, helper f68): a report presented by its
 * bureau's bare name before the year, a county's 县 written twice before its government, a 办事处 in a
 * town's text, a town's figures said of no level. From the real wording, with the corpus's wording
 * that must stay silent.
 */

const PLACE = 'agency-name-place-missing:meta';
const DOUBLED = 'agency-name-word-doubled:overview';
const OTHER = 'other-agency-in-text:overview';
const SCOPE = 'government-scope-missing';

describe('agency-name-place-missing: the bare name presented by 现公开 before the year', () => {
  const nameless = (preface: string) => asAgency(withPreface(preface), 'department', '');

  it('flags the real wording (饶河县文化广电和旅游局 2021)', () => {
    expect(
      keys(
        nameless(
          '按照《中华人民共和国政府信息公开条例》规定,现公开县文化广电和旅游局2021年政府信息公开工作年度报告。如有疑问请与饶河县文化广电和旅游局办公室联系。',
        ),
      ),
    ).toContain(PLACE);
    expect(importedMessage(realText('2300-raohe-wglj-2021.txt'), PLACE)).toContain(
      '县文化广电和旅游局',
    );
  });

  it('stays silent where the text never names the place (杨凌区统计局 2023, 黑龙江省市场监管局 2023)', () => {
    expect(
      keys(nameless('根据《条例》规定,现公布区统计局2023年政府信息公开工作年度报告。')),
    ).not.toContain(PLACE);
    expect(importedWarns(realText('004-yangling-tjj-2023.txt'), PLACE)).toBe(false);
    expect(importedWarns(realText('729-heilongjiang-scjg-2023.txt'), PLACE)).toBe(false);
  });

  it('stays silent where the title names the body whole (延边州交通运输局 2022)', () => {
    expect(importedWarns(realText('2299-yanbian-jtj-2022.txt'), PLACE)).toBe(false);
  });
});

describe('agency-name-word-doubled: a county’s 县 twice before its government', () => {
  it('flags the real wording (饶河县文化广电和旅游局 2021)', () => {
    expect(
      keys(
        withOverview(
          '饶河县文化广电和旅游局按照信息公开相关工作的要求,不断加大信息公开力度。通过饶河县县政府门户网推进政务公开。',
        ),
      ),
    ).toContain(DOUBLED);
    expect(importedMessage(realText('2300-raohe-wglj-2021.txt'), DOUBLED)).toContain(
      '饶河县县政府',
    );
  });

  it('stays silent on a county of one character (渠县医疗保障局 2022)', () => {
    expect(
      keys(withOverview('渠县医疗保障局加大公开力度。报告可通过渠县县政府门户网查阅。')),
    ).not.toContain(DOUBLED);
    expect(importedWarns(realText('1259-quxian-ybj-2022.txt'), DOUBLED)).toBe(false);
  });
});

describe('other-agency-in-text: a 办事处 in a town’s text', () => {
  it('flags the real wording (汀泗桥镇 2021)', () => {
    const town = asAgency(
      withOverview(
        '镇机关下设六大部门,其中党政办公室承担办事处日常工作,各级各部门的综合协调工作。',
      ),
      'township',
      '咸宁市咸安区汀泗桥镇人民政府',
    );
    expect(keys(town)).toContain(OTHER);
    expect(importedMessage(realText('2286-xianan-tingsiqiao-2021.txt'), OTHER)).toContain(
      '办事处日常工作',
    );
  });

  it('stays silent on a 街道’s own 办事处 and on 镇办事处 (东四街道 2023, 新兴街道 2025, 周湾镇 2021)', () => {
    expect(importedWarns(realText('323-dongcheng-dongsi-2023.txt'), OTHER)).toBe(false);
    expect(importedWarns(realText('364-anshan-xinxing-2025.txt'), OTHER)).toBe(false);
    expect(importedWarns(realText('066-wuqi-zhouwan-2021.txt'), OTHER)).toBe(false);
    const street = asAgency(
      withOverview('其中党政办公室承担办事处日常工作。'),
      'township',
      '某区某某街道办事处',
    );
    expect(keys(street)).not.toContain(OTHER);
  });
});

describe('government-scope-missing: a nameless town’s report named in its preface with 的', () => {
  it('flags the real wording (巧家县小河镇 2024)', () => {
    expect(importedWarns(realText('2282-qiaojia-xiaohe-2024.txt'), SCOPE)).toBe(true);
  });

  it('stays silent on a town’s bare name at work alone (庆云县尚堂镇 2021, 永嘉县界坑乡 2022)', () => {
    expect(importedWarns(realText('317-qingyun-shangtang-2021.txt'), SCOPE)).toBe(false);
    expect(importedWarns(realText('780-yongjia-jiekeng-2022.txt'), SCOPE)).toBe(false);
  });
});
