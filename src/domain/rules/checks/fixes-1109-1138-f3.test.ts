import { describe, expect, it } from 'vitest';
import { clean2021 } from '@templates/fixtures/format-2021/clean';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
  withPreface,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1109–1138 mended after it (stop 39, helper f3): a 年 inside a document's
 * number, a quotation left open to its paragraph's end, a sub-heading of 依申请公开 short of 信息, an
 * item on management telling 政务信息 sent up, a `其中` with no parts after it, and 例 read as a unit.
 * From the real wording, with the corpus's texts that must stay silent.
 */

const warned = importedWarns;
const message = importedMessage;

const BROKEN = 'notice-citation-unknown:meta:broken-number';
const UNCLOSED = 'text-bracket-unclosed:overview';
const SUBHEADING = 'overview-subheading-garbled:overview';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const NUMBER_MISSING = 'count-number-missing:overview';
const UNIT_MISSING = 'count-unit-missing:overview';

describe('notice-citation-unknown: 年 between a number’s year and its serial', () => {
  const yongtai = realText('1113-yongtai-zfb-2019.txt');
  it('says `(国办公开办函〔2019〕年60号)` (real: 永泰县政府办 2019)', () => {
    expect(warned(yongtai, BROKEN)).toBe(true);
    expect(message(yongtai, BROKEN)).toContain('“国办公开办函〔2019〕60号”');
  });
  it('says it in a preface typed in the form', () => {
    const preface =
      '本报告依据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕年30号)编制。';
    expect(keys(withPreface(preface))).toContain(BROKEN);
  });
  it('is silent on the number written right; another broken number keeps its own message (real: 十八里镇 2025)', () => {
    const right =
      '本报告依据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)编制。';
    expect(keys(withPreface(right))).not.toContain(BROKEN);
    const shibali = realText('1115-qiaocheng-shibali-2025.txt');
    expect(warned(shibali, BROKEN)).toBe(true);
    expect(message(shibali, BROKEN)).not.toContain('多了“年”');
  });
});

describe('text-bracket-unclosed: a quotation open to its paragraph’s end', () => {
  it('says `线上加强丰城市政府门户网站、“幸福同田微信公众号等常规平台…便利度。` (real: 丰城市同田乡 2020)', () => {
    const tongtian = realText('1116-fengcheng-tongtian-2020.txt');
    expect(warned(tongtian, UNCLOSED)).toBe(true);
    expect(message(tongtian, UNCLOSED)).toContain('幸福同田微信公众号');
  });
  it('says `按照“公开为常态,不公开为例外原则紧紧围绕中心工作,…` (real: 东湖风景区城乡工作办事处 2025)', () => {
    expect(warned(realText('644-wuhan-donghu-cxgzbsc-2025.txt'), UNCLOSED)).toBe(true);
  });
  it('is silent on a quotation closed on a later line (a PDF’s line broken inside it)', () => {
    const overview =
      '我镇坚持“公开为常态、不公开为例外。\n依法依规”的原则,全年主动公开政府信息120条。';
    expect(keys(withOverview(overview))).not.toContain(UNCLOSED);
  });
  it('is silent on quotations closed in their paragraph', () => {
    const overview =
      '线上加强门户网站、“幸福同田”微信公众号等常规平台信息公开力度,全年主动公开政府信息120条。';
    expect(keys(withOverview(overview))).not.toContain(UNCLOSED);
  });
});

describe('overview-subheading-garbled: `依申请公开政府办理情况` (信息 lost)', () => {
  it('says `(二)依申请公开政府办理情况` (real: 西平县某局 2021, 芦庙乡 and 嫘祖镇 2021)', () => {
    for (const name of [
      '1138-xiping-bureau-2021.txt',
      '270-xiping-lumiao-2021.txt',
      '995-xiping-leizu-2021.txt',
    ]) {
      expect(warned(realText(name), SUBHEADING)).toBe(true);
      expect(message(realText(name), SUBHEADING)).toContain('依申请公开政府信息办理情况');
    }
  });
  it('is silent on the sub-heading whole', () => {
    const overview =
      '（一）主动公开政府信息情况\n全年主动公开政府信息120条。\n（二）依申请公开政府信息办理情况\n全年未收到政府信息公开申请。\n（三）政府信息管理\n严格落实公开前审查制度。';
    expect(keys(withOverview(overview))).not.toContain(SUBHEADING);
  });
});

describe('overview-item-off-topic: an item on management telling 政务信息 sent up', () => {
  const xinxiang = realText('1137-xinxiang-nyncj-2020.txt');
  it('says item (三) in the warning on item (一) (real: 新乡市农业农村局 2020)', () => {
    expect(warned(xinxiang, OFF_TOPIC)).toBe(true);
    const said = message(xinxiang, OFF_TOPIC);
    expect(said).toContain('(一)主动公开情况');
    expect(said).toContain('(三)规范化、标准化管理情况');
  });
  const item =
    '(三)规范化、标准化管理情况:制定农业农村信息工作考核办法,实行信息工作百分制考核。局办公室明确专人负责信息的编发,在第一时间将我市农业农村工作情况报送至省厅、市委、市政府有关部门。2020年全局编发农业农村信息114篇,多篇被市委市政府采用。';
  const overview = (third: string): string =>
    `(一)主动公开情况\n全年主动公开政府信息120条。\n(二)依申请公开情况\n全年未收到政府信息公开申请。\n${third}\n(四)平台建设情况\n及时更新政府网站。`;
  it('says the item alone, its other items right', () => {
    const said = messageOf(withOverview(overview(item)), OFF_TOPIC) ?? '';
    expect(said).toContain('(三)规范化、标准化管理情况');
    expect(said).toContain('政务信息');
  });
  it('is silent on an item that tells its review before publishing too', () => {
    const managed = item.replace(
      '多篇被市委市政府采用。',
      '多篇被市委市政府采用。严格落实信息公开前审查,在政府网站公开。',
    );
    expect(keys(withOverview(overview(managed)))).not.toContain(OFF_TOPIC);
  });
});

describe('count-number-missing: `其中` with no parts after it', () => {
  it('says `全年共主动公开政府信息428条,其中政务公开工作按照…` (real: 西平县某局 2021)', () => {
    const xiping = realText('1138-xiping-bureau-2021.txt');
    expect(warned(xiping, NUMBER_MISSING)).toBe(true);
    expect(message(xiping, NUMBER_MISSING)).toContain('“其中”后没有列出任何分项');
  });
  it('is silent on kinds listed after it (`其中包括行政许可、处罚/强制…`, real: 綦江区发改委 2024) and on parts counted', () => {
    expect(warned(realText('613-qijiang-fgw-2024.txt'), NUMBER_MISSING)).toBe(false);
    const counted = '全年主动公开政府信息120条,其中通过政府网站公开政府信息80条,政务新媒体40条。';
    expect(keys(withOverview(counted))).not.toContain(NUMBER_MISSING);
  });
});

describe('count-unit-missing: 例 counts cases and requests', () => {
  it('is silent on `收到居民书面信息公开申请2例,其中涉及教育、文化、体育信息1例` (real: 建筑新村街道 2024)', () => {
    expect(warned(realText('1135-lixia-jianzhuxincun-2024.txt'), UNIT_MISSING)).toBe(false);
  });
  it('still says a count with no unit at all (`主动公开政府信息131,`)', () => {
    const overview = '我办共主动公开政府信息131,主要为工作动态。';
    expect(keys(withOverview(overview, 2021, clean2021.report))).toContain(UNIT_MISSING);
  });
});
