import { describe, expect, it } from 'vitest';
import { byPath, filesFromInput } from './collect-files';

const file = (name: string, relative = ''): File => {
  const f = new File(['x'], name);
  Object.defineProperty(f, 'webkitRelativePath', { value: relative });
  return f;
};

describe('the reviewer’s files come in the order of their paths', () => {
  it('orders numbers by value, the same whatever order they were listed in', () => {
    const paths = ['单位/10-林业局.docx', '单位/2-财政局.pdf', '单位/1-教育局.html'];
    const sorted = (list: string[]): string[] =>
      byPath(list.map((path) => ({ file: file(path), path }))).map((f) => f.path);
    const expected = ['单位/1-教育局.html', '单位/2-财政局.pdf', '单位/10-林业局.docx'];
    expect(sorted(paths)).toEqual(expected);
    expect(sorted([...paths].reverse())).toEqual(expected);
  });

  it('keeps reports only, whatever order the browser lists a folder in', () => {
    const list = [
      file('b.docx', '县/b.docx'),
      file('说明.xlsx', '县/说明.xlsx'),
      file('a.pdf', '县/a.pdf'),
      file('c.json', '县/c.json'),
    ];
    const picked = filesFromInput(list as unknown as FileList).map((f) => f.path);
    expect(picked).toEqual(['县/a.pdf', '县/b.docx', '县/c.json']);
  });
});
