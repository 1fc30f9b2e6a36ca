import { expose } from 'comlink';
import { readUnitFile } from '../read-file';
import type { ReviewUnit } from '../types';
import { reviewUnit } from '../unit';

/**
 * Reviewer mode's worker: reads and checks one unit's file off the main thread, so a folder of
 * reports never freezes the page (SPEC §8, §9). The page runs a small pool of these.
 */
const api = {
  async reviewFile(
    file: { readonly id: string; readonly fileName: string; readonly path: string },
    blob: Blob,
    today: string,
  ): Promise<ReviewUnit> {
    const imported = await readUnitFile(file.fileName, new Uint8Array(await blob.arrayBuffer()));
    return reviewUnit(file, imported, { today });
  },
};

export type ReviewWorkerApi = typeof api;

expose(api);
