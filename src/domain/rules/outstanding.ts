/** What is still open, counted per kind. */
export interface OutstandingCounts {
  readonly error: number;
  readonly incomplete: number;
  /** Warnings not dismissed; left out when absent. */
  readonly warning?: number;
}

/**
 * "2 个错误、1 个未完成项" — the kinds that are not zero, in the order of their weight; '' when
 * nothing is open. A clerk reads "还有 0 个错误" as a contradiction, so zeros are not named.
 */
export function outstandingText(counts: OutstandingCounts): string {
  const parts: [number, string][] = [
    [counts.error, '个错误'],
    [counts.incomplete, '个未完成项'],
    [counts.warning ?? 0, '个未处理的提醒'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join('、');
}
