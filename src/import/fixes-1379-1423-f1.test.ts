import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { readFrontMatter } from './read-front-and-signature';
import { isTitle } from './read-meta';

// Since a fix of stop 44 after the measure of 1379–1423.

/** A 2019 report whose 表二 ends with the 政府集中采购 row as given (one cell a line or a row). */
function imported(procurement: readonly string[]) {
  const text = [
    '舟山市退役军人事务局2020年度政府信息公开工作年度报告',
    '一、总体情况',
    '2020年,我局认真贯彻落实《政府信息公开条例》,主动公开信息228条。',
    '二、主动公开政府信息情况',
    '第二十条第(一)项',
    '信息内容',
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '规章',
    '0',
    '0',
    '0',
    '第二十条第(八)项',
    '信息内容',
    '上一年项目数量',
    '本年增/减',
    '行政事业性收费',
    '0',
    '0',
    '第二十条第(九)项',
    '信息内容',
    '采购项目数量',
    '采购总金额',
    ...procurement,
    '三、收到和处理政府信息公开申请情况',
  ].join('\n\n');
  const r = importText(text);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('2019 政府集中采购 (real: 舟山市退役军人事务局 2020, `31批次` / `709455.9元`)', () => {
  it('reads a count printed with 批次 as the count, the amount after it as the amount', () => {
    const r = imported(['政府集中采购', '31批次', '709455.9元']);
    expect(r.report.formatId).toBe('2019');
    expect(r.report.cells['t2.centralProcurement.items']).toBe('31');
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('709455.9');
  });

  it('never puts an amount in the count’s cell: the count lost, the amount is the amount’s', () => {
    for (const [row, amount, cell] of [
      [['政府集中采购', '709455.9元'], '709455.9元', '709455.9'],
      [['| 政府集中采购 | 709455.9元 |'], '709455.9元', '709455.9'],
      [['政府集中采购', '70.95'], '70.95', '70.95'],
    ] as const) {
      const r = imported(row);
      expect(r.report.cells['t2.centralProcurement.items'] ?? '').toBe('');
      expect(r.report.cells['t2.centralProcurement.amount']).toBe(cell);
      expect(r.warnings).toContain(
        `主动公开表“政府集中采购”行的“${amount}”是金额，不是“采购项目数量”，已读入“采购总金额”，请核对。`,
      );
    }
  });

  it('keeps a count and an amount printed in their places', () => {
    const r = imported(['| 政府集中采购 | 3 | 120.5万元 |']);
    expect(r.report.cells['t2.centralProcurement.items']).toBe('3');
    expect(r.report.cells['t2.centralProcurement.amount']).toBe('120.5');
    expect(r.warnings.join('\n')).not.toContain('是金额');
  });
});

describe('a page’s properties on one line above the title (real: 湘乡市金石镇 2024)', () => {
  const front = [
    '索引号:4303000006/2025-1353031 发布机构:金石镇 发布目录:信息公开年度报告',
    '湘乡市金石镇2024年政府信息公开工作年度报告',
    '湘乡市人民政府门户网站 www.xxs.gov.cn 发布时间:2025-01-09 15:30',
  ];

  it('is no title: the title under it names the agency', () => {
    expect(isTitle(front[0] ?? '')).toBe(false);
    expect(readFrontMatter(front).agency).toBe('湘乡市金石镇');
  });

  it('a title after its own label still is one (real: 中埠镇 2020, 三亚市卫生健康委员会 2020)', () => {
    expect(isTitle('标题: 中埠镇人民政府2020年政府信息公开工作年度报告')).toBe(true);
    expect(isTitle('  • 标    题:三亚市卫生健康委员会2020年政府信息公开工作年度报告')).toBe(true);
    expect(isTitle('名 称: 新下陆街道办事处2022年度 政府信息公开工作年度报告')).toBe(true);
  });
});
