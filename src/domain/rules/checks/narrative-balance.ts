import { compactText } from '../../format/text';
import { defineCheck } from '../check-context';
import { extractStatements, type FactId, type Statement } from '../narrative/extract';
import { textFindings, type ReportText } from '../support';

/**
 * The applications a text says it received against what it says became of them (SPEC §4.5,
 * warning): every request to be handled in the year (新收, with last year's carried in) is either
 * answered (办结, 答复) or carried over to the next year, so a text that states all of these
 * states a balance (real: 淮安市 2024, 3119 + 34 = 3050 + 103; 海珠区 2019, 128 + 3 = 125 + 6).
 * Read only when each count is stated once
 * (one value) and last year's carried in is known: stated on its own (added to the received), or
 * said to be within the received (`共收到…申请2076件(含2022年结转67件)`, real: 静安区 2023, whose
 * 2062 answered + 81 carried over make 2143: 2076 + 67, not 2076). Without last year's count a
 * text says nothing certain (an unstated carry-in may make up any difference).
 */

interface Balance {
  readonly received: Statement;
  readonly carriedIn: Statement;
  readonly completed: Statement;
  readonly carriedOver: Statement;
  /**
   * The received count is said to hold last year's carried in (`2076件(含…结转67件)`): the word
   * that says so (`含`, `其中`), or null.
   */
  readonly included: string | null;
}

/** The one statement of a fact, when the text states it with one value only. */
function only(statements: readonly Statement[], fact: FactId): Statement | null {
  const of = statements.filter((s) => s.fact === fact);
  const [first] = of;
  return first && of.every((s) => s.value === first.value) ? first : null;
}

/**
 * `2076件(含2022年结转67件)`: the received count, a bracket saying it holds the carried in; or
 * the clause right after it (real: 滨江区政府办 2024, `共受理…申请件455件,其中4件来自上一年度结转`).
 */
function includedIn(text: string, received: number, carriedIn: number): string | null {
  const bracket = new RegExp(
    `(?<![\\d.])${received}(?:件|个|条|份|宗)[（(](含|包括|其中)[^）)]{0,16}?(?:结转|转结)[^）)\\d]{0,10}?${carriedIn}(?:件|个|条|份|宗)[）)]`,
  ).exec(text);
  if (bracket) return bracket[1] ?? '含';
  return new RegExp(
    `(?<![\\d.])${received}(?:件|个|条|份|宗)[，,]其中${carriedIn}(?:件|个|条|份|宗)(?:申请)?(?:来自|为|是|系|属于?)(?:上年|上一年度|上年度|(?:19|20)\\d{2}年度?)(?:结转|转结)`,
  ).test(text)
    ? '其中'
    : null;
}

function balanceOf(text: ReportText): Balance | null {
  if (!/结转|转结|顺延/.test(text.text)) return null;
  const statements = extractStatements(text);
  const received = only(statements, 'received');
  const carriedIn = only(statements, 'carriedIn');
  const completed = only(statements, 'completed');
  const carriedOver = only(statements, 'carriedOver');
  if (!received || !carriedIn || !completed || !carriedOver) return null;
  const included = includedIn(compactText(text), received.value, carriedIn.value);
  const total = received.value + (included ? 0 : carriedIn.value);
  if (completed.value + carriedOver.value === total) return null;
  return { received, carriedIn, completed, carriedOver, included };
}

export const narrativeBalanceCheck = defineCheck({
  id: 'narrative-balance-mismatch',
  severity: 'warning',
  spec: '4.5',
  title: '正文中收到、办结与结转的申请数不平衡',
  run: (ctx) =>
    textFindings(ctx, balanceOf, (b) => {
      const handled = b.completed.value + b.carriedOver.value;
      const received = b.received.value;
      const carriedIn = b.carriedIn.value;
      const total = received + (b.included ? 0 : carriedIn);
      const said = b.included
        ? `文中说“${b.received.text}”，其中含上年结转 ${carriedIn} 件`
        : `文中说“${b.received.text}”，上年结转 ${carriedIn} 件（共 ${total} 件）`;
      const hint =
        b.included && handled === received + carriedIn
          ? `：正好是 ${received} 件再加上年结转的 ${carriedIn} 件——若 ${received} 件不含结转，${b.included === '其中' ? '请把“其中”改为“另有”' : `请删去“${b.included}”`}，否则请核对各数`
          : '：收到的申请（连同上年结转）应正好是办结与结转下年度之和，请核对各数';
      return `${said}，但“${b.completed.text}”与“${b.carriedOver.text}”合计 ${handled} 件，比 ${total} 件${handled > total ? '多' : '少'} ${Math.abs(handled - total)} 件${hint}`;
    }),
});
