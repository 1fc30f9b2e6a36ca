// `npm run measure -- FROM TO [--messages] [--out FILE]`: the held-out measure of the real reports
// numbered FROM–TO (scripts/measure-corpus.measure.ts), run by Vitest for the project's aliases.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const numbers = args.filter((a) => /^\d{1,4}$/.test(a));
const out = args.indexOf('--out');
if (numbers.length !== 2) {
  console.error(
    '用法：npm run measure -- 起始编号 结束编号 [--messages] [--out 文件]（如 719 748）',
  );
  process.exit(2);
}
const env = {
  ...process.env,
  MEASURE_RANGE: `${numbers[0]}-${numbers[1]}`,
  ...(args.includes('--messages') ? { MSG: '1' } : {}),
  ...(out >= 0 && args[out + 1] ? { OUT: args[out + 1] } : {}),
};
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.measure.config.ts', '--silent=false', '--reporter=dot'],
  { stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
