import { describe, expect, it } from 'vitest';
import { asAgency, importedWarns, keys, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 2846–2890 mended after it (stop 69, fixer f119): another line's work made
 * open in a bureau's report whose title is not printed (the bureau read from its own channel), and a
 * 街道 whose place's own name ends in 街 named with a character lost. From the real wording, with
 * nearby wording of the corpus that must stay silent.
 */

const LINE = 'other-line-of-work:overview';
const WORD_LOST = 'agency-name-word-lost:overview';

const nameless = (text: string) => asAgency(withOverview(text, 2022), 'department', '');
const named = (text: string, name: string) =>
  asAgency(withOverview(text, 2022), 'department', name);

const copied =
  '2022年,我局认真贯彻旗委、旗政府关于全面推进政务公开的工作部署,进一步推进民政工作公开透明,切实保障好人民群众的合法权益。';
const channel =
  '2022年,我局在旗政府门户网站主动公开信息24条,新媒体(扎赉特旗司法局微信公众号)发布96条信息。';

describe('other-line-of-work: another line’s work made open (2846–2890)', () => {
  it('reads 推进<line>工作公开透明 in a nameless bureau’s report (real: 2853 扎赉特旗司法局 2022)', () => {
    expect(keys(nameless(`${copied}\n${channel}`))).toContain(LINE);
    expect(importedWarns(realText('2853-zhalaite-sfj-2022.txt'), LINE)).toBe(true);
  });

  it('reads it in a named bureau’s report', () => {
    expect(keys(named(copied, '扎赉特旗司法局'))).toContain(LINE);
  });

  it('stays silent on the bureau’s own line, or with no bureau of its own named', () => {
    // 1636 华容县农业农村局 2023's own `进一步推进农业农村工作公开透明`.
    expect(
      keys(named('进一步推进农业农村工作公开透明,切实保障人民群众知情权。', '华容县农业农村局')),
    ).not.toContain(LINE);
    expect(keys(nameless(`${copied}\n${channel.replace('司法局', '民政局')}`))).not.toContain(LINE);
    // A county's bureau's portal a body publishes on (`在县财政局门户网站`) is not its own.
    expect(keys(nameless(`${copied}\n2022年,我局在县财政局门户网站公开部门预算。`))).not.toContain(
      LINE,
    );
  });
});

describe('agency-name-word-lost: a 街道 whose place ends in 街 (2846–2890)', () => {
  const street = (text: string) =>
    asAgency(withOverview(text, 2022), 'township', '兴庆区玉皇阁北街街道办事处');

  it('reads the place short of a character (real: 2875 玉皇阁北街街道 2022)', () => {
    expect(keys(street('2022年,玉皇北街街道办事处认真贯彻落实《条例》。'))).toContain(WORD_LOST);
    expect(importedWarns(realText('2875-xingqing-yuhuangge-2022.txt'), WORD_LOST)).toBe(true);
  });

  it('stays silent on the whole name', () => {
    expect(keys(street('2022年,玉皇阁北街街道办事处认真贯彻落实《条例》。'))).not.toContain(
      WORD_LOST,
    );
    for (const file of ['1103-xinfu-changzhengjie-2024.txt', '1245-xingqing-funingjie-2023.txt'])
      expect(importedWarns(realText(file), WORD_LOST), file).toBe(false);
  });
});
