import { describe, expect, it } from 'vitest';
import {
  importedMessage,
  importedWarns,
  keys,
  messageOf,
  realText,
  withOverview,
} from '@/testing/checked-reports';

/**
 * Misses of the measure of 1334–1348 mended after it (stop 42, helper f6): 受理 written 授理 and
 * 依申请公开工作 without 公开, shares of one list printed to different precisions, an outline's items
 * left as a sentence, the preface's basis said again under `一、总体情况`, and a town's profile for an
 * overview that counts only its permits. From the real wording, with the corpus's texts that must stay
 * silent.
 */

const GARBLED = 'phrase-garbled:overview';
const SHARES = 'shares-rounding-mismatch:overview';
const TEMPLATE = 'template-text-left:overview';
const HEADING = 'section-heading-mismatch:overview';
const OFF_TOPIC = 'overview-item-off-topic:overview';
const UNCOUNTED = 'proactive-count-missing:overview';

describe('phrase-garbled: 授理 for 受理, 依申请工作 without 公开 (real: 玉林市住建局 2021)', () => {
  it('warns on the real sentence', () => {
    const text = realText('1337-yulin-zjj-2021.txt');
    expect(importedWarns(text, GARBLED)).toBe(true);
    expect(importedMessage(text, GARBLED)).toContain('“授理”疑为“受理”');
  });
  it('says the phrase without 公开 alone too', () => {
    const report = withOverview('我局落实专人负责受理政府信息依申请工作。');
    expect(messageOf(report, GARBLED)).toContain('信息依申请公开工作');
  });
  it('stays silent on the area shortened and on 传授理论', () => {
    expect(keys(withOverview('我局做好依申请工作,完善依申请工作机制。'))).not.toContain(GARBLED);
    expect(keys(withOverview('邀请专家讲授理论知识,传授理念。'))).not.toContain(GARBLED);
  });
});

describe('shares-rounding-mismatch: shares of one list to different precisions (real: 上京镇 2025)', () => {
  const real =
    '2025年度我镇共制作信息6条,其中主动公开信息数6条。主动公开信息中,为农业生产类信息2条,占33.3%;卫生健康类信息1条,占16.67%;国土资源城乡建设环保能源类信息2条,占33.3%;机关单位类信息1条,占16.67%。';
  it('warns on the real list, saying the finer share and the total', () => {
    const report = withOverview(real, 2025);
    expect(keys(report)).toContain(SHARES);
    const message = messageOf(report, SHARES) ?? '';
    expect(message).toContain('33.33%');
    expect(message).toContain('16.67%');
    expect(message).toContain('99.94%');
  });
  it('stays silent on a coarse share that is whole at the finer precision (50% for 50.00%)', () => {
    const text =
      '共发布信息6条,其中动态类3条,占50%;文件类1条,占16.67%;公告类1条,占16.67%;其他1条,占16.67%。';
    expect(keys(withOverview(text, 2025))).not.toContain(SHARES);
  });
  it('stays silent on shares of one precision', () => {
    const text =
      '共发布信息6条,其中动态类2条,占33.3%;文件类1条,占16.7%;公告类2条,占33.3%;其他1条,占16.7%。';
    expect(keys(withOverview(text, 2025))).not.toContain(SHARES);
  });
});

describe('template-text-left: an outline’s items left as a sentence (real: 东方镇 2022)', () => {
  it('warns on the real sentence', () => {
    const text = realText('1343-jinyun-dongfang-2022.txt');
    expect(importedWarns(text, TEMPLATE)).toBe(true);
    expect(importedMessage(text, TEMPLATE)).toContain(
      '积极回应社会关切情况,政务舆情处置回应情况。',
    );
  });
  it('stays silent on the parts listed and on clauses ending in 的情况', () => {
    const parts =
      '本报告由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况组成。';
    expect(keys(withOverview(parts))).not.toContain(TEMPLATE);
    const clauses =
      '全年依法答复。没有出现答复时限超期的情况,没有出现收取依申请公开信息相关费用的情况。';
    expect(keys(withOverview(clauses))).not.toContain(TEMPLATE);
  });
});

describe('section-heading-mismatch: the basis said again under the heading (real: 天涯区 2023)', () => {
  const SENTENCE = '编制天涯区政府2023年政府信息公开工作报告。';
  it('warns on the real text, its preface printed before the heading', () => {
    const text = realText('1346-tianya-district-2023.txt');
    expect(text).toContain(SENTENCE);
    expect(importedWarns(text, HEADING)).toBe(true);
    expect(importedMessage(text, HEADING)).toContain('根据《中华人民共和国政府信息公开条例》');
  });
  it('stays silent when the year’s work goes on in the paragraph', () => {
    const text = realText('1346-tianya-district-2023.txt').replace(
      SENTENCE,
      `${SENTENCE}全年我区政务公开工作有序推进。`,
    );
    expect(importedWarns(text, HEADING)).toBe(false);
  });
  it('stays silent on last year’s report named', () => {
    const text = realText('1346-tianya-district-2023.txt').replace(
      SENTENCE,
      '编制发布天涯区政府2022年政府信息公开工作报告。',
    );
    expect(importedWarns(text, HEADING)).toBe(false);
  });
});

describe('an overview of a town’s profile and its permits (real: 八万镇 2022)', () => {
  const text = realText('1335-lufeng-bawan-2022.txt');
  it('says the profile is off the topic', () => {
    expect(importedWarns(text, OFF_TOPIC)).toBe(true);
    expect(importedMessage(text, OFF_TOPIC)).toContain('八万镇位于陆丰东北部');
  });
  it('says no count of 主动公开, only the permits counted', () => {
    expect(importedWarns(text, UNCOUNTED)).toBe(true);
    expect(importedMessage(text, UNCOUNTED)).toContain('行政许可共计处理338宗');
  });
  it('stays silent on a place named in the work, and on an overview counting nothing', () => {
    const board = text.replace(
      /八万镇位于陆丰东北部[^\n]*/,
      '八万镇政务公开栏位于镇政府大厅,东邻便民服务中心,下辖11个村的公开栏同步更新,全镇总面积126平方公里。',
    );
    expect(importedWarns(board, OFF_TOPIC)).toBe(false);
    const uncounted = text.replace(/据统计,行政许可[^\n]*/, '');
    expect(importedWarns(uncounted, UNCOUNTED)).toBe(false);
  });
});
