import { describe, expect, it } from 'vitest';
import { formatById } from '@templates/index';
import { keys, messageOf, withOverview, withPreface } from '@/testing/checked-reports';
import { phraseSlipsIn } from './phrase-slips';

/** `phrase-garbled`: a fixed phrase of the reports with a character lost, doubled, replaced or swapped. */

const F2021 = formatById('2021');
const slips = (text: string) =>
  phraseSlipsIn(text, F2021).map((s) => `${s.text}→${s.phrase}:${s.kind}`);

describe('a fixed phrase with a slip', () => {
  it('is said with the phrase it should be (real: 平潭 财政金融局 2024, `不子公开信息数81条`)', () => {
    expect(
      messageOf(
        withOverview('依申请公开信息数255条，不子公开信息数81条。', 2024),
        'phrase-garbled:overview',
      ),
    ).toBe('文中“不子公开”疑为“不予公开”（错字），请核对');
  });

  it('finds a character lost, doubled, typed by its sound or two swapped', () => {
    // real: 乌恰县 2020; 大冶市东风路街道 2024; 汉阳区 2022; 闽清县 2022 (the preface's parts).
    expect(slips('认真落实中华人民共和国政府信息公开条》,按照自治区党委')).toEqual([
      '政府信息公开条》→政府信息公开条例》:lost',
    ]);
    expect(slips('行政诉讼情况,存在的主要问题及改情况,其进他需要报告的事项')).toEqual([
      '存在的主要问题及改情况→存在的主要问题及改进情况:lost',
    ]);
    expect(slips('部分公开2件,属于四类过程性性信息1件,本办不掌握相关政府信息2件')).toEqual([
      '属于四类过程性性信息→属于四类过程性信息:doubled',
    ]);
    expect(slips('行政机关收到和处理政府政府信息公开申请情况、因政府信息公开')).toEqual([
      '收到和处理政府政府信息公开申请情况→收到和处理政府信息公开申请情况:doubled',
    ]);
    // 表二's label typed by sound (real: 平潭 公安局 2021's 表二 header, `本年废纸件数`), and made-up slips of the same kinds.
    expect(slips('本年制发件数3件，本年废纸件数1件。')).toEqual([
      '本年废纸件数→本年废止件数:replaced',
    ]);
    expect(slips('全年共受理依申申请公开3件，行政复义0件，政务新煤体2个。')).toEqual([
      '依申申请公开→依申请公开:doubled',
      '行政复义→行政复议:replaced',
      '政务新煤体→政务新媒体:replaced',
    ]);
    expect(slips('未收取信息处里费，政府信息公开平平台建设情况良好')).toEqual([
      '信息处里费→信息处理费:replaced',
      '政府信息公开平平台建设→政府信息公开平台建设:doubled',
    ]);
    expect(slips('严格落实政府息信公开制度')).toEqual(['政府息信公开→政府信息公开:swapped']);
  });

  it('is not said of a phrase shortened on purpose or joined to the word next to it', () => {
    // real: 高淳区 2022 `存在主要问题及改进情况`; 安庆 2021 `其他需要报告事项`; 平潭 2020 `其他需报告的
    // 事项`; 江宁区 2022 `结转下年继续办理2件`; 杨陵区审计局 2022 `政府信息公开栏目`; 清远 2021 `财政信息
    // 公开12件`; 左贡县 2021 `发挥政府信息公开作用`; 宋楠 2020 `公文类政府信息开展公开属性审查`; 兴义 2022
    // `公开现行规范性文件62个`; 清水县 2025 `现行有效数量0条`; 嘉善 2024 `无转结下年度继续办理件`.
    for (const text of [
      '行政复议和行政诉讼情况、存在主要问题及改进情况、其他需要报告事项等。',
      '我局无其他需报告的事项。',
      '全年共办结788件,结转下年继续办理2件。',
      '在管委会网站政府信息公开栏目设置有审计信息',
      '政府通知类文件105件,财政信息公开12件,情况通报',
      '更好的发挥政府信息公开作用。',
      '对2010年以来公文类政府信息开展公开属性审查',
      '公开现行规范性文件62个',
      '废止数量0条及现行有效数量0条。',
      '已按期答复1件,无转结下年度继续办理件。',
    ])
      expect(slips(text), text).toEqual([]);
  });

  it('leaves a cited title or a notice’s number to the notice checks, an agency’s name to its own', () => {
    // real: 瓯海区农业农村局 2020 (`于` for `与` in the issuer's name, inside the title); 兴庆区 2024
    // `国办公开办涵〔2021〕30号`; 松北区 2019 `松北区人民政府政府办公室`.
    expect(
      slips('《国务院办公厅政府信息于政务公开办公室关于政府信息公开工作年度报告有关事项的通知》'),
    ).toEqual([]);
    expect(slips('(国办公开办涵〔2021〕30号)')).toEqual([]);
    const preface =
      '由松北区人民政府政府办公室综合区政府、各街道办事处2019年政府信息公开工作完成情况编制而成。';
    const found = keys(withPreface(preface, 2019));
    expect(found).toContain('agency-name-word-doubled:meta');
    expect(found).not.toContain('phrase-garbled:meta');
  });
});
