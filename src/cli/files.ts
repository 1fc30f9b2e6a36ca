import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReviewFile } from '@/review/files';

export type Target =
  | { readonly path: string; readonly ok: true }
  | { readonly path: string; readonly ok: false; readonly message: string };

/**
 * The files named on the command line: a file as given (whatever its extension), a folder's
 * report files (`isReviewFile`, as the browser's review reads them) recursively, in name order.
 */
export async function expandPaths(paths: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      out.push({ path, ok: false, message: '文件或文件夹不存在。' });
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(path)));
    else out.push({ path, ok: true });
  }
  return out;
}

async function walk(dir: string): Promise<Target[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Target[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile() && isReviewFile(e.name)) out.push({ path, ok: true });
  }
  return out;
}
