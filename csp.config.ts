/**
 * Content Security Policy of the built app (SPEC §9: private and safe, no network).
 * vite.config.ts writes it into dist/index.html; e2e/smoke.spec.ts checks it is there.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The import worker (src/import/worker) is a module script of this origin.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
