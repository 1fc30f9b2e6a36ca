import { format2019 } from './format-2019';
import { format2021 } from './format-2021';
import { createFormatRegistry } from './registry';

/**
 * The one registry of formats, national ones oldest first, then variants. Adding a format (a new
 * national format or a province's variant with `region`) means adding a file and a line here:
 * the draft schema, the loader, the notice list, the format chooser and the year default all
 * read this list (`templates/fixtures/variant/` proves it with a test-only variant).
 */
export const { formats, formatIds, isKnownFormat, formatById, formatsById } = createFormatRegistry([
  format2019,
  format2021,
]);
