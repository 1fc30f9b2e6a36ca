import { describe, expect, it } from 'vitest';
import { breakLines } from './line-breaks';

/**
 * Line breaks as LibreOffice 7.4 made them in our exported file (each case was rendered and read
 * back with `pdftotext -bbox`): body text 三号 condensed by 0.4 pt, on the 156 mm line; the
 * first line indented two characters.
 */
const body = { size: 16, spacing: -0.4, width: 442.25, firstIndent: 31.6 };
const lines = (text: string, lead = 0): string[] =>
  breakLines(
    lead > 0 ? [{ text: text.slice(0, lead) }, { text: text.slice(lead) }] : [{ text }],
    body,
  ).map((l) => text.slice(l.start, l.end));
/** 26 characters: exactly the first line. */
const first = '测'.repeat(26);
const x = (n: number): string => '试'.repeat(n);

describe('breakLines', () => {
  it('sets 26 characters on the first line and 28 on the others', () => {
    expect(lines(x(26 + 28 + 3))).toEqual([x(26), x(28), x(3)]);
  });

  it.each(['。', '，', '、', '；', '：', '！', '？', '!', '?'])(
    'lets a 29th %s hang past the margin after a Chinese character',
    (mark) => {
      expect(lines(`${first}${x(28)}${mark}测测`)).toEqual([first, `${x(28)}${mark}`, '测测']);
      const hanging = breakLines([{ text: `${first}${x(28)}${mark}测测` }], body);
      expect(hanging.map((l) => l.hangs)).toEqual([false, true, false]);
    },
  );

  it('fits a narrow ASCII , : ; and hangs one that does not fit (real report 016)', () => {
    for (const mark of [',', ':', ';'])
      expect(lines(`${first}${x(28)}${mark}测测`)).toEqual([first, `${x(28)}${mark}`, '测测']);
    const text = `${first}例》有关规定,紧紧围绕区委、区政府重大决策部署以及公众关注,细化政府信息公开工作任务`;
    const broken = breakLines([{ text }], body);
    expect(text.slice(broken[1]?.start, broken[1]?.end)).toBe(
      '例》有关规定,紧紧围绕区委、区政府重大决策部署以及公众关注,',
    );
    expect(broken[1]?.hangs).toBe(true);
  });

  it.each(['）', '”', '》'])('takes the last character along before a closing %s', (mark) => {
    expect(lines(`${first}${x(28)}${mark}测测`)).toEqual([first, x(27), `试${mark}测测`]);
  });

  it('does not hang a mark followed by one that may not begin a line', () => {
    expect(lines(`${first}${x(28)}。”测测`)).toEqual([first, x(27), '试。”测测']);
    expect(lines(`${first}${x(27)}。”测测`)).toEqual([first, x(26), '试。”测测']);
  });

  it('does not hang a mark after a digit', () => {
    expect(lines(`${first}${x(27)}3。测测`)).toEqual([first, x(27), '3。测测']);
  });

  it('breaks before …, —— and an opening mark, never inside ——', () => {
    expect(lines(`${first}${x(28)}…测测`)).toEqual([first, x(28), '…测测']);
    expect(lines(`${first}${x(27)}——测`)).toEqual([first, x(27), '——测']);
    expect(lines(`${first}${x(27)}（测测测`)).toEqual([first, x(27), '（测测测']);
    expect(lines(`${first}${x(27)}“测”测`)).toEqual([first, x(27), '“测”测']);
  });

  it('keeps a closing mark with a Latin letter or digit after it, and “ with one before it', () => {
    // 〔2019〕60号 (real report 012): no break between 〕 and 60.
    for (const mark of ['〕', '”', '）', '》'])
      expect(lines(`${first}${x(26)}${mark}600测`)).toEqual([first, x(25), `试${mark}600测`]);
    expect(lines(`${first}${x(26)}）abcd测`)).toEqual([first, x(25), '试）abcd测']);
    expect(lines(`${first}${x(25)}600“测”测测`)).toEqual([first, x(25), '600“测”测测']);
    // After 、。， and before 〔（ the line may break.
    expect(lines(`${first}${x(26)}、600测`)).toEqual([first, `${x(26)}、`, '600测']);
    expect(lines(`${first}${x(25)}600〔测〕测测`)).toEqual([first, `${x(25)}600`, '〔测〕测测']);
  });

  it('adds a fifth of an em between Chinese and Latin letters or digits', () => {
    // 26 + 3.2 + "12" fits; the next character does not.
    expect(lines(`${first}${x(26)}12测测测`)).toEqual([first, `${x(26)}12`, '测测测']);
    expect(lines(`${first}${x(26)}1测测测测`)).toEqual([first, `${x(26)}1测`, '测测测']);
    // No autospace at `.`: 27 characters, a full stop and one more fit.
    expect(lines(`${first}${x(27)}.测测`)).toEqual([first, `${x(27)}.测`, '测']);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(lines(`${first}${x(26)}12.35万元`)).toEqual([first, x(26), '12.35万元']);
    expect(lines(`${first}${x(26)}2024年12月31日`)).toEqual([first, `${x(26)}2024`, '年12月31日']);
    expect(lines(`${first}${x(25)}abc-defgh测测`)).toEqual([first, `${x(25)}abc-`, 'defgh测测']);
    // A telephone number breaks after its hyphen (the contact sentence of the full report).
    expect(lines(`${first}${x(22)}0573-82057503。`)).toEqual([
      first,
      `${x(22)}0573-`,
      '82057503。',
    ]);
  });

  it('measures autospace and character spacing by portions (real report 001)', () => {
    // `》(` has no autospace; the `(` ends a portion, so 《条 no longer fits.
    const text =
      '本年报根据《中华人民共和国政府信息公开条例》(下称《条例》)要求编制,由总体情况、主动公开政府信息情况、收到和处理';
    expect(lines(text)[0]).toBe('本年报根据《中华人民共和国政府信息公开条例》(下称');
  });

  it('ends a portion at the lead-in: its last character keeps its full width', () => {
    expect(lines(`（一）主动公开。${x(26)}试试试`, 8)).toEqual([`（一）主动公开。${x(18)}`, x(11)]);
  });

  it('sets an empty paragraph as one empty line', () => {
    expect(breakLines([{ text: '' }], body)).toEqual([{ start: 0, end: 0, hangs: false }]);
  });
});
