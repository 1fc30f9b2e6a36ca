import { expect } from 'vitest';
import { documentBlocks, SlicedDocumentBlocks } from '@/import/docx/document-blocks';
import { scanEvents } from '@/import/docx/scan-xml';
import { BlockReader } from '@/import/docx/stream-blocks';

/**
 * Tests of the sliced document.xml reader (issue 17: document.xml read as it is inflated, through
 * a window, never whole): what it gives for a document cut into slices, against `documentBlocks`
 * on the whole.
 */

export type BlocksOutcome =
  { ok: true; value: ReturnType<typeof documentBlocks> } | { ok: false; error: string };

export function wholeOutcome(xml: Uint8Array): BlocksOutcome {
  try {
    return { ok: true, value: documentBlocks(xml) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/**
 * The import's outcome for `xml` given in slices of `sizes` bytes (in turn) through a window of
 * `window` bytes: the sliced reader's, or, when it leaves the document to be read whole, the
 * whole's (as importDocxBytesAsync does). `itself`: whether the sliced reader gave it.
 */
export function slicedOutcome(
  xml: Uint8Array,
  window: number,
  sizes: readonly number[],
): { outcome: BlocksOutcome; itself: boolean } {
  const reader = new SlicedDocumentBlocks(window);
  let going = true;
  for (let at = 0, k = 0; going && at < xml.length; k += 1) {
    const n = Math.max(1, sizes[k % sizes.length] ?? 1);
    going = reader.push(xml.subarray(at, at + n));
    at += n;
  }
  try {
    const read = going ? reader.end() : null;
    if (read)
      return {
        outcome: { ok: true, value: { blocks: read.blocks, tables: read.tables } },
        itself: true,
      };
  } catch (e) {
    return { outcome: { ok: false, error: (e as Error).message }, itself: true };
  }
  return { outcome: wholeOutcome(xml), itself: false };
}

/** Whether the streaming reader reads the whole `xml` itself (no saxes, no tree). */
export function streamedWhole(xml: Uint8Array): boolean {
  try {
    return scanEvents(xml, new BlockReader());
  } catch {
    return false;
  }
}

/** Window sizes and slicings that put the window's ends everywhere in a small document. */
export const SLICINGS: readonly { readonly window: number; readonly sizes: readonly number[] }[] = [
  { window: 1, sizes: [1] },
  { window: 7, sizes: [3, 1, 5] },
  { window: 64, sizes: [13, 2] },
  { window: 333, sizes: [1000] },
  { window: 256 * 1024, sizes: [16 * 1024] },
];

/** The sliced reader gives the whole's outcome, and reads it itself exactly when the whole does. */
export function expectSlicedSame(xml: Uint8Array, slicings = SLICINGS): void {
  const whole = wholeOutcome(xml);
  const itself = streamedWhole(xml);
  for (const { window, sizes } of slicings) {
    const sliced = slicedOutcome(xml, window, sizes);
    const label = `window ${window}, slices ${sizes.join('/')}`;
    expect(sliced.outcome, label).toEqual(whole);
    expect(sliced.itself, label).toEqual(itself);
  }
}
