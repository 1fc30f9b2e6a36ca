import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readFrontMatter } from './read-front-and-signature';
import { agencyInPreface, readTitle } from './read-meta';

/** What the import reads since the fixes of the measure of 929–958 (stop 37, helper f7). */

function imported(text: string) {
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe('a stray year printed before the agency’s name in a title', () => {
  it('is not part of the agency (real: 湖口县大垅乡 2025)', () => {
    // Since a fix of stop 41 after the measure of 1319–1333: the stray year kept apart, for the check.
    expect(readTitle('2025湖口县大垅乡2025年度政府信息公开工作年度报告')).toEqual({
      agency: '湖口县大垅乡',
      year: 2025,
      strayMark: '2025',
    });
    expect(
      imported('2025湖口县大垅乡2025年度政府信息公开工作年度报告\n一、总体情况\n2025年,大垅乡…。\n')
        .meta.agencyName,
    ).toBe('湖口县大垅乡');
  });

  it('leaves the titles the corpus prints with a year and no 年 as they were read', () => {
    // real: 粤汉街道 2023, the year before the name with its 年 lost; 海南省生态环境厅 2022, a year alone.
    expect(readTitle('2022度珠晖区粤汉街道信息公开工作年度报告')).toEqual({
      agency: '珠晖区粤汉街道',
      year: null,
      lostYear: '2022度',
    });
    expect(readTitle('2022政府信息公开工作年度报告').agency).toBe('');
    // A title that opens with its year, its agency after it (real: 嵊泗县发展和改革局 2020's preface
    // shape as a title), and one with the agency before the year: unchanged.
    expect(readTitle('2020年度嵊泗县发展和改革局信息公开工作年度报告')).toEqual({
      agency: '嵊泗县发展和改革局',
      year: 2020,
    });
    expect(readTitle('襄州区水利局2024年度政府信息公开工作年度报告')).toEqual({
      agency: '襄州区水利局',
      year: 2024,
    });
  });
});

describe('a title and the preface’s first sentence run together on one line', () => {
  const LINE =
    '襄州区水利局 2024年度政府信息公开工作年度报告 2024年,区水利局秉承公开透明、服务为民的原则,依据《中华人民共和国政府信息公开条例》,紧密结合工作实际,积极履行信息公开职责。现将2024年度信息公开工作的实施情况概述如下:';

  it('is read as the title and the preface (real: 襄州区水利局 2024)', () => {
    const front = readFrontMatter([LINE]);
    expect(front.title).toBe('襄州区水利局 2024年度政府信息公开工作年度报告');
    expect(front.titleAt).toBe(0);
    expect(front.agency).toBe('襄州区水利局');
    expect(front.year).toBe(2024);
    expect(front.preface[0]).toMatch(/^2024年,区水利局秉承/);
    const meta = imported(
      `${LINE} 一、总体情况 1、政府信息主动公开情况 2024年,我单位安排专人负责。\n`,
    ).meta;
    expect(meta.agencyName).toBe('襄州区水利局');
    expect(meta.year).toBe(2024);
  });

  it('is not split when a title stands on a line of its own near the top', () => {
    // real: 天津市滨海新区人民政府办公室 2020, a page's bar after the title, the title its own line.
    const front = readFrontMatter([
      '天津市滨海新区人民政府办公室2020年度政府信息公开工作年度报告',
      '根据《中华人民共和国政府信息公开条例》规定,现公布本报告。本报告由总体情况等部分组成,数据统计时间为2020年。',
    ]);
    expect(front.agency).toBe('天津市滨海新区人民政府办公室');
    expect(front.preface).toHaveLength(1);
  });

  it('is not split from a sentence naming a report, nor from a page’s properties', () => {
    // A sentence's words before the report's name are no agency's.
    const sentence = readFrontMatter([
      '现将本单位2021年度政府信息公开工作年度报告 公布如下,本报告由总体情况、主动公开政府信息情况等六部分组成,请予监督。',
    ]);
    expect(sentence.title).toBeNull();
    expect(sentence.agency).toBe('');
    // A title with the page's source after it on its line (real: 阜阳市人民政府 2020's properties).
    const properties = readFrontMatter([
      '内容概述: 阜阳市人民政府2020年度政府信息公开工作报告 有 效 性: /',
      '根据《中华人民共和国政府信息公开条例》,现公布阜阳市人民政府2020年度政府信息公开工作报告。',
    ]);
    expect(properties.preface).toHaveLength(2);
  });
});

describe('a preface naming the report with 工作 lost', () => {
  it('gives the agency (real: 金州乡 2025)', () => {
    expect(
      agencyInPreface(
        '根据《中华人民共和国政府信息公开条例》规定,现公布金州乡2025年政府信息公开年度报告。本报告由总体情况…六部分组成。',
      ),
    ).toBe('金州乡');
    // real: 海南省商务厅 2023, 岳阳市人民政府 2020, set as the preface prints them.
    expect(
      agencyInPreface('…有关要求,向社会公布海南省商务厅2023年政府信息公开年度报告。本报告中…'),
    ).toBe('海南省商务厅');
    expect(agencyInPreface('…规定,现将岳阳市人民政府2020年政府信息公开年度报告向社会公布。')).toBe(
      '岳阳市人民政府',
    );
  });

  it('gives none for a place alone, a body without its place, or no name', () => {
    // real: 黄平县 2022 and 彭阳县 2022, a county's name alone (in book-title marks or not): none.
    expect(agencyInPreface('…要求,现公布黄平县2022年政府信息公开工作年度报告。')).toBeNull();
    expect(agencyInPreface('…要求,现发布《彭阳县2022年政府信息公开工作年度报告》。')).toBeNull();
    expect(agencyInPreface('…要求,现公布金州2025年政府信息公开年度报告。')).toBeNull();
    expect(agencyInPreface('现将信访局2021年度政府信息公开年度报告公布如下。')).toBeNull();
    expect(agencyInPreface('现将本单位2021年政府信息公开年度报告公布如下。')).toBeNull();
    // Not a report's name: the format's (`…年度报告格式`) has no year before it.
    expect(
      agencyInPreface('根据《中华人民共和国政府信息公开年度报告格式》要求,编制本报告。'),
    ).toBeNull();
  });
});
