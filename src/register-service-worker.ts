/**
 * Registers the offline service worker of production builds (build/service-worker-plugin.ts).
 * Not in development (Vite serves modules live) and not from file:// (browsers refuse). A
 * failure only costs the offline copy, so it is ignored.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  });
}
