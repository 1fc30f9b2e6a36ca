/** One event of a Chromium trace (`browser.stopTracing()`), as the bench entries read them. */
export interface TraceEvent {
  readonly name: string;
  readonly cat?: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  /** Thread time: how long the thread actually ran (other processes' load does not count). */
  readonly tdur?: number;
}
