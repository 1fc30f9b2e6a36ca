/**
 * Where the app serves pdfjs's character maps: copied into the build (and served in dev) by
 * build/pdfjs-assets-plugin.ts, precached by the service worker. Page-side: the workers get it
 * as an argument, since only the page knows the app's base URL.
 */
export function pdfCMapUrl(): string {
  return new URL('pdfjs/cmaps/', document.baseURI).href;
}
