import { describe, expect, it } from 'vitest';
import { importedWarns, keys, messageOf, realText, withOverview } from '@/testing/checked-reports';

/**
 * Misses of the measure of 1274–1288 mended after it (stop 41, helper f1): fixed phrases written
 * with a slip (a right's 权 lost, 指定 written 制定, 公信力 written 分信力, a stray 来 after 年度, 和
 * written twice, 依申请公开 counted as 依法申请公开) and the regulation's short name with a word
 * replaced. From the real wording, with the corpus's texts that must stay silent.
 */

const GARBLED = 'phrase-garbled:overview';
const REGULATION_NAME = 'notice-citation-unknown:overview:regulation-name';

const garbled = (text: string): boolean => keys(withOverview(text)).includes(GARBLED);
const garbledMessage = (text: string): string => messageOf(withOverview(text), GARBLED) ?? '';

describe('phrase-garbled: the real slips of 1274–1288', () => {
  it('says a right listed last without 权 (real: 通海县河西镇 2023)', () => {
    const text =
      '推进落实决策、执行、管理、服务、结果全过程公开,切实保障公众知情权、参与权、表达权和监督。';
    expect(garbledMessage(text)).toContain('“表达权和监督”疑为“表达权和监督权”');
  });
  it('is silent on the corpus’s lists of rights', () => {
    for (const text of [
      '切实保障人民群众的知情权、参与权、表达权和监督权。',
      '有力保障人民群众的知情权、参与权、监督权与表达权,推进工作。',
      '保障群众知情、参与和监督。',
      '保障公众的知情权和监督政府工作的权利。',
    ])
      expect(garbled(text)).toBe(false);
  });
  it('says 制定专人 for 指定专人 (real: 通海县河西镇 2023)', () => {
    const text = '一是制定专人负责政府网站信息公开管理,做好政府网站日常信息发布、政策解读等工作。';
    expect(garbledMessage(text)).toContain('“制定专人”疑为“指定专人”');
    expect(garbled('一是指定专人负责政府网站信息公开管理。')).toBe(false);
    expect(garbled('根据不同政府信息类别,制定专项管理流程。')).toBe(false);
  });
  it('says 分信力 and 透明力 (real: 城厢区发展和改革局 2021)', () => {
    const text =
      '及时调整完善重大项目建设领域标准目录。提升政府工作透明力和分信力,切实加大公开力度。';
    const said = garbledMessage(text);
    expect(said).toContain('“透明力”疑为“透明度”');
    expect(said).toContain('共 2 处');
    expect(garbledMessage('提升政府工作透明度和分信力。')).toContain('“分信力”疑为“公信力”');
    expect(garbled('提升政府工作透明度和公信力。')).toBe(false);
  });
  it('says a stray 来 after 年度 (real: 城厢区发展和改革局 2021)', () => {
    expect(garbledMessage('2021年度来未受理关于政府信息公开的依申请公开。')).toContain('年度来未');
    for (const text of [
      '2021年度未受理政府信息公开申请。',
      '2021年以来未受理政府信息公开申请。',
      '近年来未发生行政复议。',
    ])
      expect(garbled(text)).toBe(false);
  });
  it('says 和 written twice, the text cut after it (real: 城厢区发展和改革局 2021)', () => {
    const text = '未发生因政府信息公开引发的行政复议、行政诉讼和和行';
    expect(garbledMessage(text)).toContain('“和和”疑为“和”');
    for (const text of ['邻里和和美美。', '推动社会民主和和谐发展。', '各项数据总和和平均值。'])
      expect(garbled(text)).toBe(false);
  });
  it('says 依法申请公开 where requests are counted by it (real: 绥阳县小关乡 2022)', () => {
    expect(garbledMessage('2022年度我乡无依法申请公开件。')).toContain(
      '“依法申请公开”疑为“依申请公开”',
    );
    for (const text of [
      '公民、法人和其他组织依法申请政府信息公开的,我乡按时答复。',
      '保障公民依法申请公开政府信息的权利。',
      '全年未收到依法申请公开事项。',
    ])
      expect(garbled(text)).toBe(false);
  });
  it('warns on the real texts', () => {
    for (const name of [
      '1277-tonghai-hexi-2023.txt',
      '1285-suiyang-xiaoguan-2022.txt',
      '1287-chengxiang-fgj-2021.txt',
    ])
      expect(importedWarns(realText(name), GARBLED)).toBe(true);
  });
});

describe('notice-citation-unknown: the regulation’s short name with a word replaced', () => {
  const GUANGHE =
    '由党政综合办公室具体负责,明确专职工作人员负责日常工作。对照《政府信息管理条例》的主动公开范围进行梳理,在职责范围内应当主动公开。';
  it('says the wrong name (real: 广河县城关镇 2023)', () => {
    expect(messageOf(withOverview(GUANGHE), REGULATION_NAME)).toContain('《政府信息管理条例》');
    expect(importedWarns(realText('1280-guanghe-chengguan-2023.txt'), REGULATION_NAME)).toBe(true);
  });
  it('is silent on the short forms and on other regulations', () => {
    for (const text of [
      '对照《政府信息公开条例》的主动公开范围进行梳理。',
      '以贯彻《信息公开条例》为契机。',
      '严格执行《信访工作条例》。',
      '落实《北京市生活垃圾管理条例》。',
      '依据《广东省政务公开条例》开展工作。',
    ])
      expect(keys(withOverview(text))).not.toContain(REGULATION_NAME);
  });
});
