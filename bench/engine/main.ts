/**
 * Entry of the engine bench's bundle: `node engine.mjs <measure>` runs one measure of
 * harness.ts and prints its figure last, on a line of its own (`RESULT_PREFIX` + JSON).
 */
import { engineMeasures, measureEngine, RESULT_PREFIX, type EngineMeasure } from './harness';

const measure = process.argv[2] as EngineMeasure | undefined;
if (!measure || !engineMeasures.includes(measure)) {
  console.error(`usage: node engine.mjs ${engineMeasures.join('|')}`);
  process.exitCode = 2;
} else {
  console.log(`${RESULT_PREFIX}${JSON.stringify({ ms: measureEngine(measure) })}`);
}
