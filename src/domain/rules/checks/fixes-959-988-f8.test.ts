import { describe, expect, it } from 'vitest';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';

/**
 * Misses of the measure of 959–988 mended after it (stop 37, helper f8), from the real wording.
 */

const OVERVIEW = 'phrase-garbled:overview';

describe('characters of a word swapped, replaced, added or doubled (phrase-garbled)', () => {
  it('reads 查等阅点 (real: 涵江区江口镇 2021)', () => {
    const text =
      '本年度主动公开的信息在涵江区档案馆、涵江区图书馆查等阅点予以及时公开,方便群众查阅。';
    expect(messageOf(withOverview(text, 2021), OVERVIEW)).toBe(
      '文中“查等阅点”疑为“查阅点等”（字序颠倒），请核对',
    );
  });
  it('reads 能过 before a channel and a verb of publishing (real: 溆浦县 2023)', () => {
    const text = '2023年,我县能过政府门户网站发布各类信息6900多条,其中政策文件120条。';
    expect(messageOf(withOverview(text, 2023), OVERVIEW)).toBe(
      '文中“能过政府门户网站发布”疑为“通过政府门户网站发布”（错字），请核对',
    );
  });
  it('reads 办局室 (real: 姚安县农业农村局 2021)', () => {
    const text = '成立了政务公开工作领导小组,办公室设在局办局室,并指定专人负责。';
    expect(messageOf(withOverview(text, 2021), OVERVIEW)).toBe(
      '文中“办局室”疑为“办公室”（错字），请核对',
    );
  });
  it('reads 这 put inside 农业农村 (real: 姚安县农业农村局 2021)', () => {
    const text = '通过政府网站公开本部门农业这农村动态信息35条。';
    expect(messageOf(withOverview(text, 2021), OVERVIEW)).toBe(
      '文中“农业这农村”疑为“农业农村”（多字），请核对',
    );
  });
  it('reads 文件件 with no count before it (real: 锡林郭勒盟数据局 2022)', () => {
    const text = '对我局制发的规范性文件件实现“应解读尽解读”,解读率100%。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“文件件”疑为“文件”（重字），请核对',
    );
  });
  it('reads a clause written again with words put in (real: 鄂托克旗工信科技局 2022)', () => {
    const text =
      '为更好贯彻落实政府信息公开工作,成立局政府信息公开领导小组,成立了局政府信息公开工作领导小组,组长由局长亲自担任。';
    expect(messageOf(withOverview(text, 2022), OVERVIEW)).toBe(
      '文中“成立局政府信息公开领导小组,成立了局政府信息公开工作领导小组”疑为“成立了局政府信息公开工作领导小组”（重字），请核对',
    );
  });
  it('is silent on the words written right and on the corpus’s near ones', () => {
    for (const text of [
      '在档案馆、图书馆等查阅点予以公开。',
      '设置政府信息公开查阅点3个。',
      '公民对等协商,平等对待。',
      '不能过度公开个人信息,我县通过政府门户网站发布各类信息6900多条。',
      '办公室设在局办公室,并指定专人负责。',
      '公开本部门农业农村动态信息,这农村的工作。',
      '统计规范性文件件数,共3件。',
      '主动公开年度信息公开1条,年度信息公开指南1条等。',
      '主动公开政府信息20条,主动公开政府信息公开指南1条。',
    ])
      expect(keys(withOverview(text, 2022))).not.toContain(OVERVIEW);
  });
});

describe('a bracket closed again after its sentence (text-stray-closer)', () => {
  it('reads `)。)` (real: 威远县小河镇 2019)', () => {
    const text =
      '如对本报告有疑问,可与小河镇党政办联系(地址:威远县小河镇中心街1号,邮编:642462,联系电话:0832-8956001,电子邮箱:1714303486@qq.com)。)';
    expect(messageOf(withPreface(text, 2019), 'text-stray-closer:meta')).toBe(
      '“…03486@qq.com)。)…”中的书名号、括号、尖括号或引号没有对应的开头，疑为复制粘贴时残留或缺字，请核对这句话',
    );
  });
  it('is silent on a bracket holding a whole sentence (real: 百崎回族乡 2021)', () => {
    const text =
      '如对本报告有疑问,请与我乡联系。(联系电话:0595-87885311,通信地址:泉州市台商投资区百崎回族乡人民政府党政办,邮编:362122。)';
    expect(keys(withPreface(text, 2021))).not.toContain('text-stray-closer:meta');
  });
});
