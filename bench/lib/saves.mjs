// The app's autosaves as IndexedDB writes, for the keystroke scripts of bench/. Since stop 26 the
// drafts are written by the save worker, not the page: a count of the page's own `put`s alone
// read 0 however many saves fell due.
/* global window, self, IDBObjectStore -- in the page and its workers (addInitScript, evaluate) */

/** For `page.addInitScript`: counts the page's own IndexedDB `put`s in `window.__saves`. */
export function countPagePuts() {
  window.__saves = 0;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    window.__saves += 1;
    return put.apply(this, args);
  };
}

/**
 * The app's IndexedDB writes so far: the page's own `put`s (counted by `countPagePuts`) and
 * those of its workers (a worker that writes drafts is counted from when it is first seen, so
 * take the difference of two calls around the keys measured).
 */
export async function savesOf(page) {
  let n = await page.evaluate(() => window.__saves ?? 0);
  for (const worker of page.workers())
    n += await worker.evaluate(() => {
      if (self.__saves === undefined) {
        self.__saves = 0;
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (...args) {
          self.__saves += 1;
          return put.apply(this, args);
        };
      }
      return self.__saves;
    });
  return n;
}
