/**
 * The part of the Web Storage API that the move of older drafts to IndexedDB reads
 * (features/drafts/migrate-local-storage.ts). Production passes `window.localStorage`; unit
 * tests pass `memoryStorage()`, a faithful in-memory double.
 */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory Storage. `quota` (in UTF-16 code units over keys and values) makes it throw like a full browser store. */
export function memoryStorage(
  quota = Number.POSITIVE_INFINITY,
): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = (): number => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const before = data.get(key);
      const next =
        used() -
        (before === undefined ? 0 : key.length + before.length) +
        key.length +
        value.length;
      if (next > quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      data.set(key, String(value));
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

/** `window.localStorage`, or null where the browser refuses it (some private modes, disabled storage). */
export function browserStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    // Reading can succeed where writing is refused; the first save reports that case.
    storage.getItem('nianbao:probe');
    return storage;
  } catch {
    return null;
  }
}

/** All keys that start with `prefix`, read before any is changed. */
export function keysWithPrefix(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && key.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** An entry as read, to be removed only if it is still what was read. */
export interface StoredEntry {
  readonly key: string;
  readonly raw: string;
}

/**
 * Every entry whose key starts with one of `prefixes`, read before any is changed; null when the
 * storage refuses to be read.
 */
export function entriesWithPrefix(
  storage: KeyValueStorage,
  ...prefixes: readonly string[]
): StoredEntry[] | null {
  try {
    return prefixes
      .flatMap((prefix) => keysWithPrefix(storage, prefix))
      .flatMap((key) => {
        const raw = storage.getItem(key);
        return raw === null ? [] : [{ key, raw }];
      });
  } catch {
    return null;
  }
}

/**
 * Removes an entry once what it held is kept elsewhere, unless it changed since it was read (another
 * tab wrote it again). A refusal leaves it in place: the next start finds it again.
 */
export function removeIfUnchanged(storage: KeyValueStorage, { key, raw }: StoredEntry): void {
  try {
    if (storage.getItem(key) === raw) storage.removeItem(key);
  } catch {
    // Left in place.
  }
}
