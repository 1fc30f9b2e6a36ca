import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { toExportText } from '@/stored-draft/draft-file';
import { CURRENT_SCHEMA_VERSION } from '@/stored-draft/schema';
import { sumUnits, type UnitRole } from '@/review/sum';
import { sumResultText } from '@/review/summary';
import type { ReviewUnit } from '@/review/types';
import { checkPath } from './check-file';
import { localToday } from './check';
import { expandPaths } from './files';
import type { Io } from './io';

export const SUM_USAGE = `用法：nianbao sum 文件或文件夹… [--out 汇总.json] [--bunji 本级文件] [--parent 上级报告文件]
                 [--expected 应报送单位名单.txt] [--name 汇总机关名称] [--year 年度]
  把各单位年报的表二、表三、表四逐格相加（精确到小数），生成汇总草稿（年报助手可导入的 .json）。
  --bunji     本级年报：单列，再加入汇总
  --parent    上级（全区）报告：不计入汇总，逐格核对“上级 = 本级 + 各单位之和”
  --expected  应报送的单位名单（每行一个），列出未报送的单位
  同时列出年度或格式不符、重复报送、无法读取的文件和空白未汇总的单元格。`;

const VALUE_OPTIONS = new Set(['--out', '--bunji', '--parent', '--expected', '--name', '--year']);

interface SumArgs {
  readonly paths: string[];
  readonly options: Map<string, string>;
  readonly error: string | null;
}

function parseArgs(args: readonly string[]): SumArgs {
  const paths: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (VALUE_OPTIONS.has(a)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        return { paths, options, error: `选项 ${a} 后面缺少值` };
      options.set(a, value);
      i++;
    } else if (a.startsWith('-')) return { paths, options, error: `不认识的选项：${a}` };
    else paths.push(a);
  }
  const bunji = options.get('--bunji');
  const parent = options.get('--parent');
  // The 本级 and parent files take part even when not named among the paths.
  for (const extra of [bunji, parent]) if (extra !== undefined) paths.push(extra);
  if (paths.length === 0) return { paths, options, error: '没有指定要汇总的文件' };
  const year = options.get('--year');
  if (year !== undefined && !/^\d{4}$/.test(year))
    return { paths, options, error: `年度应为四位数字：${year}` };
  return { paths, options, error: null };
}

/** `nianbao sum FILE|DIR… --out 汇总.json`. Returns the exit status. */
export async function sumCommand(args: readonly string[], io: Io): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.error) {
    io.err(`${parsed.error}\n${SUM_USAGE}\n`);
    return 2;
  }
  const { options } = parsed;
  const today = localToday();
  const seen = new Set<string>();
  const units: ReviewUnit[] = [];
  let missingPath = false;
  for (const target of await expandPaths(parsed.paths)) {
    const key = resolve(target.path);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!target.ok) {
      missingPath = true;
      io.err(`${target.path}：${target.message}\n`);
      continue;
    }
    units.push(await checkPath(target.path, today));
  }
  const roles: Record<string, UnitRole> = {};
  const role = (option: string, value: UnitRole): void => {
    const path = options.get(option);
    const unit = path && units.find((u) => resolve(u.path) === resolve(path));
    if (unit) roles[unit.id] = value;
  };
  role('--bunji', 'bunji');
  role('--parent', 'parent');
  let expected: string[] = [];
  const list = options.get('--expected');
  if (list !== undefined) {
    try {
      expected = readFileSync(list, 'utf8').split(/\r?\n/u);
    } catch {
      io.err(`无法读取应报送单位名单：${list}\n`);
      return 1;
    }
  }
  const year = options.get('--year');
  const result = sumUnits(units, {
    roles,
    expected,
    agencyName: options.get('--name') ?? '',
    ...(year ? { year: Number(year) } : {}),
  });
  if (!result.ok) {
    io.err(`${result.message}\n`);
    return 1;
  }
  io.out(sumResultText(result));
  const out = options.get('--out');
  if (out !== undefined) {
    const now = new Date();
    const text = toExportText(
      {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: `sum-${now.getTime().toString(36)}`,
        name: options.get('--name') ?? `${result.year}年度汇总`,
        createdAt: now.toISOString(),
        savedAt: now.toISOString(),
        revision: 0,
        report: result.report,
        lastYear: null,
      },
      now,
    );
    try {
      writeFileSync(out, text);
    } catch {
      io.err(`无法写入 ${out}\n`);
      return 1;
    }
    io.out(`汇总草稿已写入 ${basename(out)}（可在年报助手首页“导入草稿文件（JSON）”打开）。\n`);
  }
  return missingPath ? 1 : 0;
}
