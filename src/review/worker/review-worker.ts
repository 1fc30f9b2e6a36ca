import { expose } from 'comlink';
import { checkFileSize } from '@/import/import-file';
import { importUnit } from '@/import/import-unit';
import type { RulePack } from '@/domain/template/rule-pack';
import type { ReviewUnit } from '../types';
import { reviewUnit } from '../unit';

/**
 * Reviewer mode's worker: reads and checks one unit's file off the main thread, with the same
 * import as `nianbao check` (importUnit), so a folder of reports never freezes the page (SPEC §8,
 * §9). The page runs a small pool of these.
 */
const api = {
  async reviewFile(
    file: { readonly id: string; readonly fileName: string; readonly path: string },
    blob: Blob,
    today: string,
    cMapUrl: string,
    pack: RulePack | null = null,
  ): Promise<ReviewUnit> {
    const refused = checkFileSize(blob.size);
    if (refused && !refused.ok) return reviewUnit(file, refused, { today });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return reviewUnit(file, await importUnit(file.fileName, bytes, { cMapUrl }), { today, pack });
  },
};

export type ReviewWorkerApi = typeof api;

expose(api);
