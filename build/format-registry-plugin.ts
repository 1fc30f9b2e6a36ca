import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A seam for test builds only: every import of the format registry (`templates/index.ts`), from
 * the app and from its workers, gets `replacement` instead, a module with the same exports built
 * from the national list plus test-only formats (as adding their lines to `templates/index.ts`
 * would). The replacement itself still imports the real registry.
 *
 * vite.config.ts adds it only when `NIANBAO_FORMAT_REGISTRY` names a replacement: the e2e build
 * of project `variant` (playwright.config.ts). The production build has no such plugin, and
 * e2e/bundle-budget.spec.ts checks that it holds no test-only format.
 */
export function formatRegistryPlugin(root: string, replacement: string): Plugin {
  const registry = resolve(root, 'templates/index.ts');
  const substitute = resolve(root, replacement);
  return {
    name: 'nianbao:format-registry',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === substitute || !/index(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === registry ? substitute : resolved;
    },
  };
}
