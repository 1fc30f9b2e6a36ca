import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readDateUnderTitle } from './read-date-under-title';

const title = '2019年云南省政府信息公开工作年度报告';
const preface =
  '本报告由云南省人民政府办公厅根据《中华人民共和国政府信息公开条例》规定编制。报告所列统计期限自2019年1月1日至2019年12月31日。';

describe('a page source line with its date and time under the title (real: 云南省 2019)', () => {
  it('reads `来源:… 2020-03-31 17:13:25 【字体:` as the page date', () => {
    const front = [
      title,
      '来源:云南省人民政府办公厅          2020-03-31 17:13:25 【字体:',
      preface,
    ];
    expect(readDateUnderTitle(front)?.iso).toBe('2020-03-31');
  });

  it('imports the date from the whole page', () => {
    const r = importText(
      `热搜词:王予波政府工作报告\n${title}\n\n来源:云南省人民政府办公厅          2020-03-31 17:13:25 【字体:\n\n${preface}\n\n一、总体情况\n\n2019年,云南省依法公开政府信息。`,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.meta.reportDate).toBe('2020-03-31');
  });

  it('takes no date without its time after a source (a cited document prints none)', () => {
    expect(readDateUnderTitle([title, '来源:云南省人民政府办公厅 2020-03-31', preface])).toBeNull();
  });

  it('takes no date after a source followed by a second date (the statistics period)', () => {
    expect(
      readDateUnderTitle([title, '来源:省政府办公厅 2019-01-01 00:00 至 2019-12-31', preface]),
    ).toBeNull();
  });

  it('takes no date from a sentence under the title', () => {
    expect(
      readDateUnderTitle([title, '来源:依据2020-03-31 17:13印发的通知,现公布报告。', preface]),
    ).toBeNull();
  });

  it('leaves a labelled date first (real: 梅仙镇 2023, `公开日期:2024-01-11` above `来源:梅仙镇 2024-01-11 15:12`)', () => {
    const r = importText(
      `  • 公开日期:2024-01-10\n\n平江县梅仙镇2023年度政府信息公开工作年度报告\n\n来源:梅仙镇 2024-01-11 15:12\n\n本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2023年1月1日至2023年12月31日止。\n\n一、总体情况\n\n2023年,梅仙镇依法公开政府信息。`,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.meta.reportDate).toBe('2024-01-10');
  });
});

describe('sub-headings inside a page joined into one line (real: 永嘉县云岭乡 2023)', () => {
  const joined =
    '根据《中华人民共和国政府信息公开条例》相关要求,现公布永嘉县云岭乡人民政府2023年政府信息公开工作年度报告。本年报中所列数据的统计期限自2023年1月1日起至2023年12月31日止。 一、总体情况2023,云岭乡认真贯彻落实《条例》,切实保障公众获取政府信息的权利。 (一)主动公开 2023年度在永嘉县政府信息公开网站上共新增主动公开政府信息41条。 (二)依申请公开 切实做好政府依申请公开办理工作。';

  it('starts a paragraph at each `(一)`/`(二)` and puts the heading on its own line', () => {
    const r = importText(joined);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.report.narrative.overview ?? '').split('\n')).toEqual([
      '2023,云岭乡认真贯彻落实《条例》,切实保障公众获取政府信息的权利。',
      '(一)主动公开',
      '2023年度在永嘉县政府信息公开网站上共新增主动公开政府信息41条。',
      '(二)依申请公开',
      '切实做好政府依申请公开办理工作。',
    ]);
  });

  it('splits numbered items after a sentence and a space (real: 马桥镇 2024, `…规章。 2.机构信息。`)', () => {
    const r = importText(
      `${joined.slice(0, joined.indexOf(' (一)'))} (一)主动公开工作 1.政策文件。本年度主动公开政府信息共869条。 2.机构信息。公开下属单位信息1条。`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.report.narrative.overview ?? '').split('\n').slice(1)).toEqual([
      '(一)主动公开工作',
      '1.政策文件。本年度主动公开政府信息共869条。',
      '2.机构信息。公开下属单位信息1条。',
    ]);
  });

  it('keeps a number in a sentence and a decimal where they are', () => {
    const r = importText(
      `${joined.slice(0, joined.indexOf(' (一)'))} 全年增长2.5倍,其中 3、4月最多。`,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.report.narrative.overview).toContain('全年增长2.5倍,其中 3、4月最多。');
  });
});
