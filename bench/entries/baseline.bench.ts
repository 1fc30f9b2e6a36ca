import { medianTime } from '../lib/measure';
import type { BenchEntry } from '../types';

// A yardstick for the machine, until the real figures (engine, keystroke, bundle, export)
// arrive: copying a report-sized draft (about 2,000 cells) is what a save costs at least.
const draft = {
  schemaVersion: 1,
  values: Object.fromEntries(
    Array.from({ length: 2000 }, (_, i) => [`table${i % 3}.row${i}.col${i % 7}`, String(i)]),
  ),
};

export const benches: readonly BenchEntry[] = [
  {
    name: 'baseline: JSON round-trip of a 2,000-cell draft, median',
    budget: 5,
    unit: 'ms',
    run: () => medianTime(() => JSON.parse(JSON.stringify(draft)), { samples: 200 }),
  },
];
