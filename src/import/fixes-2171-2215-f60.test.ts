import { describe, expect, it } from 'vitest';
import { realText } from '@/testing/checked-reports';
import { guessAgencyKind } from './read-meta';
import { importText } from './import-text';

/** The import's agency mended after the measure of 2171–2215 (stop 54, helper f60). */

const agencyOf = (text: string): string | null => {
  const r = importText(text);
  return r.ok ? r.report.meta.agencyName : null;
};

const BODY = '\n一、总体情况\n本年度主动公开政府信息10条。\n';

describe('a title with two versions named in one bracket, a row of pipes after it', () => {
  it('reads the title’s agency (real: 杭州市审管办 2020)', () => {
    expect(agencyOf(realText('2183-hangzhou-sgb-2020.txt'))).toBe('杭州市审管办');
    expect(agencyOf(`某市某局2020年政府信息公开工作年度报告(文字版、图解版) | ||||${BODY}`)).toBe(
      '某市某局',
    );
  });
});

describe('a customs house named in the preface', () => {
  it('reads 海关 and its 关区 as a body (real: 湛江海关 2023)', () => {
    expect(agencyOf(realText('2203-zhanjiang-hg-2023.txt'))).toBe('湛江海关关区');
    expect(agencyOf(`根据《条例》规定,特编制广州海关2023年政府信息公开工作年度报告。${BODY}`)).toBe(
      '广州海关',
    );
  });

  it('takes a customs house for a department, 山海关区 for a government', () => {
    expect(guessAgencyKind('湛江海关关区')).toBe('department');
    expect(guessAgencyKind('广州海关')).toBe('department');
    expect(guessAgencyKind('秦皇岛市山海关区')).toBe('government');
  });
});

describe('a national body’s regional bureau named in the preface', () => {
  it('reads 国家…局 + region + 局 (real: 国家矿山安全监察局广西局 2024)', () => {
    expect(agencyOf(realText('2208-guangxi-ksj-2024.txt'))).toBe('国家矿山安全监察局广西局');
  });

  it('still takes no bureau named without its place', () => {
    expect(agencyOf(`现公布信访局2021年政府信息公开工作年度报告。${BODY}`)).toBe('');
    expect(agencyOf(`现公布国家信访局2021年政府信息公开工作年度报告。${BODY}`)).toBe('');
  });
});
