import { describe, expect, it } from 'vitest';
import { importedReport, realText } from '@/testing/checked-reports';
import { agencyInPreface } from './read-meta';

// Misses of the importer at the measure of 1904–1948 mended after it (stop 51, the lead's): fields not
// read as the gatherers wrote them. The texts are the corpus's own.

const meta = (text: string) => importedReport(text).meta;

describe('a 供销联社 named as the report’s compiler', () => {
  it('reads `由宜城市供销联社结合工作实际编制` (real: 宜城市供销联社 2023)', () => {
    expect(
      agencyInPreface(
        '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,由宜城市供销联社结合工作实际编制。',
      ),
    ).toBe('宜城市供销联社');
    expect(meta(realText('1904-yicheng-gxs-2023.txt')).agencyName).toBe('宜城市供销联社');
  });
});

describe('the signature opening the page, its title cut off', () => {
  it('reads the date under the agency’s line, the preface right after (real: 青浦公安分局 2021)', () => {
    expect(meta(realText('1937-qingpu-gafj-2021.txt')).reportDate).toBe('2022-01-17');
  });

  it('takes no date from a name and a date opening a page that goes on with no preface', () => {
    const text =
      '上海市公安局青浦分局\n2022年1月17日\n今日召开全局会议,部署各项工作。\n一、总体情况\n2021年,分局主动公开政府信息120条。';
    expect(meta(text).reportDate).toBeNull();
  });
});
