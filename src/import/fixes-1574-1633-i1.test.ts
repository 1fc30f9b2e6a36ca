import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-text';

// Since a fix of stop 46 after the measure of 1574–1633: two nameplates (合署办公) printed a line
// each above a title opening with its year. The lines are the corpus's own.

const TITLE = '2024年政府信息公开工作年度报告';
const BODY = [
  '一、总体情况',
  '2024年我委坚持以习近平新时代中国特色社会主义思想为指导,扎实做好政府信息公开工作。',
];

function agencyOf(lines: readonly string[]): string {
  const r = importText(lines.join('\n'));
  if (!r.ok) throw new Error(r.message);
  return r.report.meta.agencyName;
}

describe('two bodies’ names above a title opening with its year', () => {
  it('takes the first printed (real: 上海市宝山区建设和管理委员会 / 交通委员会 2024)', () => {
    expect(
      agencyOf(['上海市宝山区建设和管理委员会', '上海市宝山区交通委员会', TITLE, ...BODY]),
    ).toBe('上海市宝山区建设和管理委员会');
    const real = readFileSync('templates/fixtures/real/1619-baoshan-jgw-2024.txt', 'utf8');
    const r = importText(real);
    expect(r.ok && r.report.meta.agencyName).toBe('上海市宝山区建设和管理委员会');
  });

  it('keeps the full name under the same body’s shorter one (real: 天涯区政务服务中心 2023)', () => {
    expect(agencyOf(['天涯区政务服务中心', '三亚市天涯区政务服务中心', TITLE, ...BODY])).toBe(
      '三亚市天涯区政务服务中心',
    );
    expect(agencyOf(['三亚市天涯区人民政府', '三亚市天涯区人民政府', TITLE, ...BODY])).toBe(
      '三亚市天涯区人民政府',
    );
  });

  it('keeps the line above when the one over it is no body of the same place', () => {
    // Another place's body (a site's header naming the city), and a page's menu word.
    expect(agencyOf(['三亚市人民政府', '上海市宝山区交通委员会', TITLE, ...BODY])).toBe(
      '上海市宝山区交通委员会',
    );
    expect(agencyOf(['无障碍阅读', '上海市宝山区交通委员会', TITLE, ...BODY])).toBe(
      '上海市宝山区交通委员会',
    );
  });
});
