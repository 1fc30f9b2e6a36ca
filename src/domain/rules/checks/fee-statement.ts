import { perText } from '../../format/memo';
import { compactSentences, compactText } from '../../format/text';
import { defineCheck } from '../check-context';

const FEE = /信息处理费|处理费|收费/;
/** An amount (`0元`, `1.5万元`, `3件`) or a statement that none was charged. */
const STATED =
  /\d+(?:\.\d+)?(?:万?元|件|笔)|未收取|未收|未发出|没有收取|没有发出|不收取|无|零|均未|(?:没有|未)(?:产生|发生)/;

/** Whether a sentence of a text mentions the fee with an amount or says none was charged. */
const feeStatedIn = perText((_, analysed) =>
  compactSentences(analysed).some((s) => FEE.test(s) && STATED.test(s)),
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
