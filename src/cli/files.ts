import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isReviewFile } from '@/review/files';

export type Target =
  | { readonly path: string; readonly ok: true }
  | { readonly path: string; readonly ok: false; readonly message: string };

/**
 * The files named on the command line: a file as given (whatever its extension), a folder's
 * report files (`isReviewFile`, as the browser's review reads them) recursively, in name order.
 * Read synchronously: the command waits for the list anyway, and `node:fs/promises` cost ~3 ms
 * of CPU to load at every start (issue 17, sixth pass).
 */
export async function expandPaths(paths: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const path of paths) {
    let info;
    try {
      info = statSync(path);
    } catch {
      out.push({ path, ok: false, message: '文件或文件夹不存在。' });
      continue;
    }
    if (info.isDirectory()) out.push(...walk(path));
    else out.push({ path, ok: true });
  }
  return out;
}

function walk(dir: string): Target[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Target[] = [];
  // `join(dir, name)` for every entry, the folder normalised once: an entry's name is one plain
  // part (no separator, not `.` or `..`), so its path is the folder's joined with any such part,
  // that part left off, and the name. `join` normalised the whole path again for each (~1,000
  // calls for a reviewer's batch; stop 41).
  const prefix = join(dir, '_').slice(0, -1);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = `${prefix}${e.name}`;
    if (e.isDirectory()) out.push(...walk(path));
    else if (e.isFile() && isReviewFile(e.name)) out.push({ path, ok: true });
  }
  return out;
}
