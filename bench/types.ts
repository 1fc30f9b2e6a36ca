/**
 * One figure that `npm run bench` prints beside its budget (SPEC §9: performance is measured
 * by a script that prints figures, not by timed tests).
 *
 * Add a figure by exporting `benches: BenchEntry[]` from a file `bench/entries/<name>.bench.ts`;
 * the runner finds it by that name. Entries are loaded through Vite, so they may import app code
 * with the `@/` and `@templates/` aliases.
 */
export interface BenchEntry {
  /** What is measured, e.g. 'engine: compute + checks, full 2021 report, median'. */
  readonly name: string;
  /** The figure should stay at or below this, in `unit`. */
  readonly budget: number;
  /** Unit of the figure and of the budget: 'ms', 'KiB', … */
  readonly unit: string;
  /** Measures and returns the figure, in `unit`. May take seconds (a build, a browser). */
  readonly run: () => Promise<number> | number;
}
