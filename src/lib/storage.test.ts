import { describe, expect, it } from 'vitest';
import { keysWithPrefix, memoryStorage } from './storage';
import { safeFileName } from './download-blob';
import { newId } from './ids';

describe('memoryStorage', () => {
  it('behaves like Web Storage and throws QuotaExceededError past its quota', () => {
    const s = memoryStorage(10);
    s.setItem('a', '1234');
    expect(s.getItem('a')).toBe('1234');
    expect(s.length).toBe(1);
    expect(s.key(0)).toBe('a');
    s.setItem('a', '12345678'); // replacing counts the new value only
    let error: unknown;
    try {
      s.setItem('b', '12');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'QuotaExceededError' });
    s.removeItem('a');
    expect(s.getItem('a')).toBeNull();
  });

  it('lists keys by prefix', () => {
    const s = memoryStorage();
    s.setItem('nianbao:draft:1', 'x');
    s.setItem('other', 'y');
    expect(keysWithPrefix(s, 'nianbao:')).toEqual(['nianbao:draft:1']);
  });
});

describe('helpers', () => {
  it('makes safe file names and unique ids', () => {
    expect(safeFileName(' a/b\\c:d*e?f"g<h>i|j\u0007 ')).toBe('abcdefghij');
    expect(safeFileName('///')).toBe('未命名');
    expect(newId('tab-')).toMatch(/^tab-[0-9a-f]{20}$/);
    expect(newId()).not.toBe(newId());
  });
});
