/** Timing helpers for bench entries. All durations are in milliseconds. */

export interface TimingOptions {
  /** Calls before measuring, to let the JIT settle. */
  readonly warmup?: number;
  /** Number of timed samples. */
  readonly samples?: number;
  /** Calls per sample; raise it for functions much faster than the timer's resolution. */
  readonly batch?: number;
}

/** The p-th percentile (0–100) of `values`, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Times `fn` `samples` times (each sample `batch` calls) and returns ms per call, per sample. */
export async function sampleTimes(
  fn: () => unknown,
  { warmup = 20, samples = 100, batch = 1 }: TimingOptions = {},
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const start = performance.now();
    for (let i = 0; i < batch; i += 1) await fn();
    times.push((performance.now() - start) / batch);
  }
  return times;
}

/** Median ms per call of `fn`. */
export async function medianTime(fn: () => unknown, options?: TimingOptions): Promise<number> {
  return median(await sampleTimes(fn, options));
}

/**
 * CPU time (user + system, this process) per call of `fn`, in ms: the median over `samples`
 * batches of `batch` calls each. On a loaded machine the wall clock counts the time the
 * process waits for a core; the CPU time does not.
 */
export function medianCpuTime(
  fn: () => unknown,
  { warmup = 3000, samples = 25, batch = 100 }: TimingOptions = {},
): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let s = 0; s < samples; s += 1) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i += 1) fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / batch);
  }
  return median(times);
}
