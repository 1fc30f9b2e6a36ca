/**
 * How many cases a property runs. The unit suite (CI) runs each property with its small
 * count; `npm run fuzz` sets FUZZ_SCALE (50 there) and every property runs that many times
 * more, with the same generators and assertions — up to `fuzzCap` for the slow ones (a .docx
 * import per case), so the whole fuzz run stays within minutes on two cores.
 */
const raw = Number(process.env['FUZZ_SCALE'] ?? '1');
const scale = Number.isFinite(raw) && raw > 0 ? raw : 1;

export function runs(ciRuns: number, fuzzCap = Number.POSITIVE_INFINITY): number {
  if (scale === 1) return ciRuns;
  return Math.max(ciRuns, Math.min(Math.round(ciRuns * scale), fuzzCap));
}
