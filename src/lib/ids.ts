/**
 * Random ids for drafts and tabs. `crypto.randomUUID` exists only in secure contexts, and a
 * clerk may open the app from a plain-http intranet server, so this uses `getRandomValues`,
 * which every browser we support offers everywhere.
 */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return `${prefix}${hex}`;
}
