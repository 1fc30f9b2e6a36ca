import type { TableId } from '@/domain/template/types';
import type { labelIndex } from './label-index';
import { findRow } from './match-row';
import { cleanField, labelKey } from './normalise-text';
import type { TableCollector } from './table-collector';
import { isValueLike } from './text/text-to-blocks';

type Index = ReturnType<typeof labelIndex>;

/**
 * Reads one table row: the last field that names a data row decides the row, the fields after
 * it are its cells. A row of numbers without a label is the unlabelled row of the table it
 * stands in (表四's), when that table prints one; otherwise it is listed, not guessed. Returns the table context for the next row.
 */
export function readRow(
  fields: readonly string[],
  index: Index,
  collector: TableCollector,
  context: TableId | null,
  sectionTable: TableId | null,
): TableId | null {
  const keys = fields.map(labelKey);
  let rowAt = -1;
  let table: TableId | null = null;
  const rows = keys.map((k) => findRow(index, k));
  keys.forEach((k, i) => {
    const row = rows[i];
    if (row) {
      rowAt = i;
      table = row.table;
    } else if (index.labels.has(k)) table ??= index.labels.get(k) ?? null;
  });
  const isLabel = (i: number): boolean => rows[i] != null || index.labels.has(keys[i] ?? '');
  const unknownText = (i: number): boolean => !isLabel(i) && !isValueLike(fields[i] ?? '');
  fields.forEach((f, i) => {
    if (unknownText(i)) collector.headerText(f);
  });

  if (rowAt >= 0) {
    const entry = rows[rowAt];
    if (!entry) return context;
    // Every field after the row label is a cell, in order; text that is not a number keeps its
    // place (and is reported) so the numbers after it do not shift.
    collector.place(
      entry,
      fields.filter((_, i) => i > rowAt && !isLabel(i)),
    );
    return entry.table;
  }
  const here: TableId | null = table ?? context ?? sectionTable;
  if (table) collector.found.add(table);
  const hasNumber = fields.some((f, i) => !isLabel(i) && cleanField(f) !== '' && isValueLike(f));
  const allLabelsOrBlank = fields.every((f, i) => isLabel(i) || cleanField(f) === '');
  if (allLabelsOrBlank) {
    // A header row (or one row of a header over several).
    fields.forEach((f, i) => {
      const of = rows[i] ? undefined : index.labels.get(keys[i] ?? '');
      if (of) collector.headers.label(of, f);
    });
    return here;
  }
  const numbers = fields.filter((f, i) => !isLabel(i) && cleanField(f) !== '' && isValueLike(f));
  const texts = fields.filter((_, i) => unknownText(i));
  // A table's unlabelled row (表四's): numbers (a short bad value such as `一` among them), never
  // a row that starts with words (a 表三 row whose label was not recognised must not land in 表四).
  const unlabelled = here === null ? undefined : index.unlabelledRows.get(here);
  if (
    hasNumber &&
    unlabelled &&
    table === null &&
    numbers.length >= 2 * texts.length &&
    texts.every((t) => cleanField(t).length <= 4)
  ) {
    collector.place(unlabelled, fields);
    return unlabelled.table;
  }
  if (hasNumber) collector.unplaced(fields, here);
  else
    collector.unrecognised.push(
      fields
        .map(cleanField)
        .filter((f) => f !== '')
        .join(' '),
    );
  return here;
}
