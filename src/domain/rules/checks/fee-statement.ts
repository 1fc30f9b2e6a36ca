import { perText } from '../../format/memo';
import { compactSentences, compactText } from '../../format/text';
import { defineCheck } from '../check-context';

/** The fee, or fees at all (`本机关依申请提供政府信息，不收取费用`, real: 平潭综合实验区市场监督管理局 2023). */
const FEE = /信息处理费|处理费|收费|收取费用/;
/** An amount (`0元`, `1.5万元`, `3件`) or a statement that none was charged. */
const STATED =
  /\d+(?:\.\d+)?(?:万?元|件|笔)|未收取|未收|未发出|没有收取|没有发出|不收取|无|零|均未|(?:没有|未)(?:产生|发生)/;

/** A cell holding a number in a line of a table kept as text (cells joined by `|`). */
const NUMBER_CELL = /\|\d+(?:\.\d+)?(?=\||$)/;

/**
 * Whether a line is a row of a table kept in the text (the importer joins its cells by `|`) that
 * names the fee and gives figures (real: 平潭综合实验区市场监督管理局 2025, 六 holds
 * `信息处理费收取情况 | 1 | 800 | 0` under `通知收取件数 | 通知收取金额（元） | 实际收取金额（元）`).
 * The line as `compactText` leaves it.
 */
export function isFeeTableRow(line: string): boolean {
  return FEE.test(line) && NUMBER_CELL.test(line);
}

/**
 * Whether a sentence of a text mentions the fee with an amount or says none was charged, or a
 * table row kept in the text gives the fee's figures.
 */
const feeStatedIn = perText((_, analysed) =>
  compactSentences(analysed).some((s) => FEE.test(s) && (STATED.test(s) || NUMBER_CELL.test(s))),
);

/**
 * 2021+: section 六 must state the 信息处理费 situation (国办函〔2020〕109号), even if none:
 * a sentence mentioning the fee with an amount or a statement that none was charged.
 */
export const feeStatementCheck = defineCheck({
  id: 'fee-statement-missing',
  severity: 'incomplete',
  spec: '4.3',
  title: '未说明信息处理费收取情况',
  run({ template, report }) {
    if (!template.requiresFeeStatement) return [];
    const other = report.narrative.other ?? '';
    if (feeStatedIn(other)) return [];
    const text = compactText(other);
    return [
      {
        fields: ['narrative.other'],
        section: 'other',
        message: text.trim()
          ? '「六、其他需要报告的事项」未说明信息处理费收取情况（发出收费通知的件数和总金额、实际收取的总金额；没有收取的也要写明）'
          : '「六、其他需要报告的事项」须说明信息处理费收取情况，没有收取的也要写明',
      },
    ];
  },
});
