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
 * Misses of the measure of 1349–1378 mended after it (stop 42, helper f1): one word each written
 * wrong (`微信公众` short of 号, 出 in its variant 岀, a road's 路 doubled before the number, 法制性政府,
 * 公开服务 for 公共服务, 依法申请公开服务, 作好). From the real wording, with the corpus's texts that must
 * stay silent.
 */

const KEY = 'phrase-garbled:overview';
const META = 'phrase-garbled:meta';
const warns = (text: string, year = 2022): boolean => keys(withOverview(text, year)).includes(KEY);

describe('微信公众号 without 号 (real: 临淄区齐都镇 2022)', () => {
  it('says the real text', () => {
    const text = realText('1349-linzi-qidu-2022.txt');
    expect(importedWarns(text, KEY)).toBe(true);
    expect(importedMessage(text, KEY)).toContain('“微信公众”疑为“微信公众号”（缺字）');
  });
  it('stays silent on 微信公众号, 微信公众平台, 微信公众账号', () => {
    expect(warns('通过政务公开网站、“齐都印象”微信公众号等平台发布信息。')).toBe(false);
    expect(warns('通过微信公众平台发布信息12条。')).toBe(false);
    expect(warns('通过微信公众账号推送信息12条。')).toBe(false);
    expect(warns('通过微信公众服务号推送信息12条。')).toBe(false);
  });
});

describe('出 written in its variant 岀 (real: 宣州区司法局 2021)', () => {
  it('says the real text', () => {
    const text = realText('1352-xuanzhou-sfj-2021.txt');
    expect(importedWarns(text, KEY)).toBe(true);
    expect(importedMessage(text, KEY)).toContain('“岀台”疑为“出台”（错字）');
  });
  it('stays silent on 出台', () => {
    expect(warns('对政策背景、出台目的、重要举措等方面进行实质性解读。', 2021)).toBe(false);
  });
});

describe('a road’s 路 written twice before the number (real: 蒙城县乡村振兴局 2023)', () => {
  it('says the real preface', () => {
    const text = realText('1354-mengcheng-xczxj-2023.txt');
    expect(importedWarns(text, META)).toBe(true);
    expect(importedMessage(text, META)).toContain('“路路70号”疑为“路70号”（重字）');
  });
  const preface = (address: string): string =>
    `如对本报告有任何疑问,请与蒙城县乡村振兴局联系(地址:${address},电话:0558-7199558)。`;
  it('stays silent on an address written right, and on 路路口, 铁路路', () => {
    expect(keys(withPreface(preface('安徽省亳州市蒙城县宝塔中路70号'), 2023))).not.toContain(META);
    expect(keys(withPreface(preface('蒙城县宝塔中路与漆园路路口东侧'), 2023))).not.toContain(META);
    expect(keys(withPreface(preface('某市铁路路18号'), 2023))).not.toContain(META);
  });
  it('says 街 doubled the same', () => {
    expect(keys(withPreface(preface('某县解放街街12号'), 2023))).toContain(META);
  });
});

describe('法治政府 written 法制性政府, 公共服务 written 公开服务 (real: 甘谷县水务局 2021)', () => {
  it('says the real text', () => {
    const text = realText('1367-gangu-swj-2021.txt');
    expect(importedWarns(text, KEY)).toBe(true);
    expect(importedMessage(text, KEY)).toContain('“法制性政府”疑为“法治政府”（错字）');
    expect(importedMessage(text, KEY)).toContain('同一部分共 2 处');
  });
  it('says 公开服务 beside 社会管理 alone', () => {
    const text = '将与经济建设、社会管理和公开服务相关的政府信息主动向社会公开。';
    expect(messageOf(withOverview(text, 2021), KEY)).toContain(
      '“社会管理和公开服务”疑为“社会管理和公共服务”（错字）',
    );
  });
  it('stays silent on 法制 without 政府, 法治政府 and 政府信息公开服务', () => {
    expect(warns('由镇司法所进行法制审核,提升政务公开工作法制化水平。')).toBe(false);
    expect(warns('为进一步建设法治政府、廉洁政府和服务型政府发挥了积极作用。')).toBe(false);
    expect(warns('提供方便、快捷的政府信息公开服务,优化依申请公开服务体验。')).toBe(false);
    expect(warns('与经济建设、社会管理和公共服务相关的政府信息。')).toBe(false);
  });
  it('reads 法制政府建设 once, as before (real: 银川市城市管理局 2024)', () => {
    const text = '其中法制政府建设年报2条,政策解读2条。';
    const message = messageOf(withOverview(text, 2024), KEY) ?? '';
    expect(message).toContain('“法制政府建设”疑为“法治政府建设”');
    expect(message).not.toContain('同一部分共');
  });
});

describe('依申请公开 written 依法申请公开 before 服务 (real: 兴海县中铁乡 2021)', () => {
  it('says the real text', () => {
    const text = realText('1370-xinghai-zhongtie-2021.txt');
    expect(importedWarns(text, KEY)).toBe(true);
    expect(importedMessage(text, KEY)).toContain('“依法申请公开”疑为“依申请公开”（多字）');
  });
  it('stays silent on a party applying under the law', () => {
    expect(warns('公民、法人和其他组织可以依法申请公开政府信息。', 2021)).toBe(false);
    expect(warns('申请人依法申请公开有关信息的,我局均按时答复。', 2021)).toBe(false);
  });
});

describe('做好 written 作好 (real: 浑南区交通局 2023)', () => {
  it('says the real text', () => {
    const text = realText('1377-hunnan-jtj-2023.txt');
    expect(importedWarns(text, KEY)).toBe(true);
    expect(importedMessage(text, KEY)).toContain('“作好”疑为“做好”（错字）');
  });
  it('stays silent on 做好 and on words ending in 作 before 好', () => {
    expect(warns('完善政府信息主动公开目录,做好重点工作的要点梳理。', 2023)).toBe(false);
    expect(warns('把各项工作好好落实,与兄弟单位合作好各项任务。', 2023)).toBe(false);
  });
});
