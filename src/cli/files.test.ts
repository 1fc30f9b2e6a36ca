import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from './files';

describe('expandPaths', () => {
  it('takes from a folder the report files a review reads, web pages included, in name order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
    for (const name of ['b.html', 'a.docx', 'c.htm', 'd.png', '~$a.docx', '.hidden.txt', 'e.json'])
      writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'f.PDF'), 'x');
    const found = (await expandPaths([dir])).map((t) => t.path.slice(dir.length + 1));
    expect(found).toEqual(['a.docx', 'b.html', 'c.htm', 'e.json', join('sub', 'f.PDF')]);
  });
  it('names each file as `join(folder, name)` whatever way the folder is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.json'), 'x');
    const rel = relative(process.cwd(), dir);
    for (const folder of [dir, `${dir}/`, `${dir}/./sub/..`, rel, `./${rel}/`]) {
      const found = (await expandPaths([folder])).map((t) => t.path);
      expect(found).toEqual([join(folder, 'sub', 'a.json')]);
    }
    const sub = (await expandPaths([`${dir}//sub/`])).map((t) => t.path);
    expect(sub).toEqual([join(`${dir}//sub/`, 'a.json')]);
  });
  it('takes a named file whatever its extension and says when it does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
    writeFileSync(join(dir, 'report.wps'), 'x');
    const targets = await expandPaths([join(dir, 'report.wps'), join(dir, 'missing.docx')]);
    expect(targets.map((t) => t.ok)).toEqual([true, false]);
    expect(targets[1]).toMatchObject({ message: '文件或文件夹不存在。' });
  });
});
