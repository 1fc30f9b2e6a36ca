import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readDateUnderTitle } from './read-date-under-title';
import { agencyInPreface, readPageDate } from './read-meta';

const DIR = 'templates/fixtures/real';
const meta = (name: string) => {
  const r = importText(readFileSync(`${DIR}/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.report.meta;
};

describe('since a fix of stop 39 after the measure of 1169–1198: the report named after 编制完成', () => {
  const real =
    '根据《中华人民共和国政府信息公开条例》和上级相关文件要求,编制完成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》,所列数据自2023年1月1日起至2023年12月31日止。';

  it('reads the agency in the 《》 after 编制完成 or 形成 (real: 苍溪县乡村振兴局 2023)', () => {
    expect(agencyInPreface(real)).toBe('苍溪县乡村振兴局');
    expect(agencyInPreface('现形成《苍溪县乡村振兴局2023年政府信息公开工作年度报告》。')).toBe(
      '苍溪县乡村振兴局',
    );
    expect(meta('1180-cangxi-xczxj-2023.txt').agencyName).toBe('苍溪县乡村振兴局');
  });

  it('takes no name without the 《》, nor a generic or placeless one', () => {
    expect(agencyInPreface('编制完成苍溪县乡村振兴局2023年政府信息公开工作年度报告。')).toBeNull();
    expect(agencyInPreface('形成苍溪县乡村振兴局2023年政府信息公开工作年度报告。')).toBeNull();
    expect(agencyInPreface('编制完成《我局2023年政府信息公开工作年度报告》。')).toBeNull();
    expect(agencyInPreface('编制完成《信访局2023年政府信息公开工作年度报告》。')).toBeNull();
    // Another document's name formed in a sentence is no report's.
    expect(agencyInPreface('形成《苍溪县乡村振兴局2023年工作要点》。')).toBeNull();
  });
});

describe('since a fix of stop 39 after the measure of 1169–1198: a 发布日期 with a two-digit year', () => {
  it('reads `发布日期:21/01/26 10:42:59` as 2021-01-26 (real: 甘南州林业和草原局 2020)', () => {
    expect(readPageDate(['发布日期:21/01/26 10:42:59 作者:林草局 点击数: 来源:'])?.iso).toBe(
      '2021-01-26',
    );
    expect(readPageDate(['发布日期：21/01/26'])?.iso).toBe('2021-01-26');
    expect(meta('1186-gannan-lcj-2020.txt').reportDate).toBe('2021-01-26');
  });

  it('reads no invalid month or day, no implausible year, no other label, no longer number', () => {
    expect(readPageDate(['发布日期:21/13/26 10:42:59'])).toBeNull();
    expect(readPageDate(['发布日期:21/02/30 10:42:59'])).toBeNull();
    expect(readPageDate(['发布日期:45/01/26 10:42:59'])).toBeNull();
    expect(readPageDate(['发布日期:12/01/26 10:42:59'])).toBeNull();
    expect(readPageDate(['日期:21/01/26 10:42:59'])).toBeNull();
    expect(readPageDate(['更新时间:21/01/26 10:42:59'])).toBeNull();
    expect(readPageDate(['发布日期:21/01/2026'])).toBeNull();
    expect(readPageDate(['发布日期21/01/26'])).toBeNull();
    // A four-digit year is read as before.
    expect(readPageDate(['发布日期:2021/01/26 10:42:59'])?.iso).toBe('2021-01-26');
  });
});

describe('since a fix of stop 39 after the measure of 1169–1198: a date and time among the title’s lines', () => {
  const title = '2025年政府信息公开工作年度报告';
  const preface =
    '依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,特向社会公布2025鹤岗市林业和草原局政府信息公开工作情况报告。';

  it('reads the date with its time between the agency’s name printed twice (real: 鹤岗市林业和草原局 2025)', () => {
    const got = readDateUnderTitle([
      '鹤岗市林业和草原局',
      '2026-01-28 10:06',
      '鹤岗市林业和草原局',
      title,
      preface,
    ]);
    expect(got?.iso).toBe('2026-01-28');
    expect(got?.aboveTitle).toBe(true);
    expect(meta('1198-hegang-lcj-2025.txt').reportDate).toBe('2026-01-28');
  });

  it('reads no date without its time, none alone at the top, none in a sentence', () => {
    expect(
      readDateUnderTitle([
        '鹤岗市林业和草原局',
        '2026-01-28',
        '鹤岗市林业和草原局',
        title,
        preface,
      ]),
    ).toBeNull();
    // A page's header printing today's date above the title, nothing above it.
    expect(
      readDateUnderTitle(['2026-01-28 10:06', '鹤岗市林业和草原局', title, preface]),
    ).toBeNull();
    expect(
      readDateUnderTitle(['鹤岗市林业和草原局', '更新于2026-01-28 10:06', title, preface]),
    ).toBeNull();
    expect(
      readDateUnderTitle([
        '鹤岗市林业和草原局',
        '2026-01-28 10:06,本局发布。',
        '鹤岗市林业和草原局',
        title,
        preface,
      ]),
    ).toBeNull();
    // A date under the title is still read first.
    expect(
      readDateUnderTitle([
        '鹤岗市林业和草原局',
        '2026-01-28 10:06',
        title,
        '2026-02-01 09:00',
        preface,
      ])?.iso,
    ).toBe('2026-02-01');
  });
});
