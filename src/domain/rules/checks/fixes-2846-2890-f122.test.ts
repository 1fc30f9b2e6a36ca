import { describe, expect, it } from 'vitest';
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
 * Misses of the measure of 2846–2890 mended after it (stop 69, fixer f122): phrase slips of the
 * overview and the preface: the report's name run into its parts, speeches with no speaker, an
 * account of handling said received, 及 before a verb, 公开 lost before 各项措施, a stray 开 opening
 * a count's item, 收到 twice around 并, 日常 written 日查, 办理 after 处置's object, the stop lost
 * before a channel's sentence, and 行政诉讼 cut at a line's end before the next point. From the
 * real wording, with nearby wording of the corpus that must stay silent.
 */

const META = 'phrase-garbled:meta';
const OVERVIEW = 'phrase-garbled:overview';

const silentOverview = (fine: string) =>
  expect(keys(withOverview(fine)), fine).not.toContain(OVERVIEW);

describe('phrase-garbled: the report’s name run into its parts (2846–2890)', () => {
  it('reads the stop lost after the name (real: 沅江市阳罗洲镇 2021)', () => {
    const said =
      '现向社会公布2021年沅江市阳罗洲镇人民政府信息公开年度报告全文包括总体概况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。';
    expect(messageOf(withPreface(said), META)).toContain('年度报告。全文包括');
    expect(importedMessage(realText('2867-yuanjiang-yangluozhou-2021.txt'), META)).toContain(
      '同一部分共 2 处',
    );
  });

  it('stays silent where the stop is written or the report opens the sentence', () => {
    for (const fine of [
      '现向社会公布沅江市阳罗洲镇人民政府2021年度政府信息公开工作年度报告。报告全文包括总体情况、主动公开政府信息情况等六个部分。',
      '根据要求,编制本报告。本年度报告全文包括:总体情况、主动公开政府信息情况等六个部分。',
    ])
      expect(keys(withPreface(fine)), fine).not.toContain(META);
  });
});

describe('phrase-garbled: speeches with no speaker (2846–2890)', () => {
  it('reads 历次重要讲话 after 和 (real: 昆都仑区阿尔丁大街街道 2024)', () => {
    const said = '2024年,街道办事处认真贯彻落实党的二十大精神和历次重要讲话精神,自觉遵守《条例》。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('和历次重要讲话');
    expect(importedWarns(realText('2873-kundulun-aerding-2024.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent where the speaker is named', () => {
    for (const fine of [
      '深入学习贯彻习近平总书记对广东系列重要讲话和重要指示精神,坚决推进政务公开。',
      '认真学习习近平总书记关于做好政务公开工作的系列重要讲话和重要指示批示精神。',
      '认真贯彻落实党的二十大精神和习近平总书记历次重要讲话精神。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: an account of handling said received (2846–2890)', () => {
  it('reads 未接收到…案件处理情况 (real: 银川市兴庆区玉皇阁北街街道 2022)', () => {
    const said =
      '2022年度玉皇阁北街街道办事处未接收到政府信息公开引发的行政复议和行政诉讼案件处理情况。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('案件处理情况');
    expect(importedWarns(realText('2875-xingqing-yuhuangge-2022.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on the cases received, 发生, or a list’s next item', () => {
    for (const fine of [
      '2022年度街道办事处未接收到政府信息公开引发的行政复议和行政诉讼案件。',
      '本年度我办未发生政府信息公开行政复议、诉讼处理情况。',
      '2025年度,我镇未收到政府信息公开申请、无相关申请处理情况,未发生政府信息公开行政复议。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 及 before a verb, 公开 lost before 各项措施 (2846–2890)', () => {
  it('reads 规章及进行 (real: 广州市司法局 2021)', () => {
    const said =
      '通过市府门户网站的政府信息公开专栏集中公开109个现行有效的政府规章及进行行政规范性文件的统一发布,并动态更新。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('规章，并进行');
    expect(importedWarns(realText('2882-guangzhou-sfj-2021.txt'), OVERVIEW)).toBe(true);
  });

  it('reads 政府信息各项措施 (real: 六枝特区木岗镇 2019)', () => {
    const said = '2019年,我镇认真贯彻落实政府信息各项措施,加强组织领导。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('政府信息公开各项措施');
    expect(importedWarns(realText('2884-liuzhi-mugang-2019.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on 以及进行, 及 before other verbs, and the information’s own rules', () => {
    for (const fine of [
      '集中公开现行有效的政府规章,以及进行行政规范性文件的统一发布。',
      '公开财政资金使用情况及做好城市管理相关信息发布。',
      '优化拓展政府信息公开渠道,扎实做好政府信息各项工作。',
      '进一步完善健全政府信息相关制度,及时整理归档。',
      '我镇认真贯彻落实政府信息公开各项措施,加强组织领导。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: a stray 开, 收到 twice (2846–2890)', () => {
  const xinhua =
    '2019年主动公开政府信息数696条。主要包括部门动态477条、重点领域202条、开财政预算决算2条以及主动公开其他信息等。\n当事人收到并满意收到的公开答复,按时办结。';

  it('reads both slips of one part (real: 通州区新华街道 2019)', () => {
    const message = messageOf(withOverview(xinhua, 2019), OVERVIEW) ?? '';
    expect(message).toContain('开财政预算决算2条');
    expect(message).toContain('同一部分共 2 处');
    expect(importedMessage(realText('2885-tongzhou-xinhua-2019.txt'), OVERVIEW)).toContain(
      '同一部分共 2 处',
    );
  });

  it('reads 收到并满意收到 alone', () => {
    const said = '通过挂号信的方式及时给予当事人答复,当事人收到并满意收到的公开答复。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('收到并满意收到');
  });

  it('stays silent on kinds opening on 开, and two verbs around 并', () => {
    for (const fine of [
      '发布政府信息公开年报信息1条、主动公开事项目录1条、开放档案目录1条。',
      '发布政策文件及通知、规划计划、财政信息、开云新区等信息共43条。',
      '2020年,我局收到并处理信息公开申请信件3件。',
      '确认后及时修改处理并登记处理情况,确保政府信息公开准确。',
      '当事人收到答复并表示满意。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 日查, 处置…办理, the stop before a channel (2846–2890)', () => {
  it('reads 日查工作 (real: 南漳县卫健局 2019, read in its preface by the import)', () => {
    const said = '明确了1名专职人员,负责全系统政务公开日查工作。';
    expect(messageOf(withOverview(said, 2019), OVERVIEW)).toContain('“日常”');
    expect(importedMessage(realText('2886-nanzhang-wjj-2019.txt'), META)).toContain('日查');
  });

  it('reads 处置…办理 (real: 长春市卫健委 2024)', () => {
    const said = '加强政策解读宣传,及时回应社会关切,妥善处置市长公开电话诉求件办理。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('处置市长公开电话诉求件办理');
    expect(importedWarns(realText('2880-changchun-wjw-2024.txt'), OVERVIEW)).toBe(true);
  });

  it('reads 需求 run into 微信公众号 (real: 鄂州市文化和旅游局 2021)', () => {
    const said = '积极与公众互动,回应群众需求微信公众号全年发布信息67条,抖音公众号发布短视频32条。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('需求。微信公众号');
    expect(importedWarns(realText('2879-ezhou-wlj-2021.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on 每日查看, 处置 or 办理 alone, and the stop written', () => {
    for (const fine of [
      '坚持每日查看网站,及时更新信息。',
      '妥善处置市长公开电话诉求件,按时办理。',
      '及时回应社会关切,妥善处置市长公开电话诉求件。',
      '积极与公众互动,回应群众需求。微信公众号全年发布信息67条。',
    ])
      silentOverview(fine);
  });
});

describe('phrase-garbled: 行政诉讼 cut before the next point (2846–2890)', () => {
  it('reads the term cut at a line’s end (real: 潜江市浩口镇蓬东乡 2024)', () => {
    const said =
      '(二)依申请公开政府信息。2024年度,收到依申请公开0件,未收到因政府信息公开被申请行政复议或提起行政诉\n(三)政府信息管理。严格落实保密审查制度。';
    expect(messageOf(withOverview(said), OVERVIEW)).toContain('“行政诉”');
    expect(importedWarns(realText('2872-qianjiang-pengdong-2024.txt'), OVERVIEW)).toBe(true);
  });

  it('stays silent on a text ending on the cut (an excerpt) or a line broken inside the word', () => {
    for (const fine of [
      '(二)依申请公开。未收到因政府信息公开被申请行政复议或提起行政诉',
      '(二)依申请公开。未收到因政府信息公开被申请行政复议或提起行政诉\n讼的情况。\n(三)政府信息管理。严格落实保密审查制度。',
    ])
      silentOverview(fine);
  });
});
