import type { FormatId, FormatTemplate } from '../src/domain/template/types';
import { format2019 } from './format-2019';
import { format2021 } from './format-2021';

/**
 * The one registry of formats, national ones oldest first, then variants. Adding a format (a new
 * national format or a province's variant with `region`) means adding a file and a line here:
 * the draft schema, the loader, the notice list, the format chooser and the year default all
 * read this list.
 */
export const formats: readonly FormatTemplate[] = [format2019, format2021];

/** The ids of every known format (the draft schema accepts exactly these). */
export const formatIds = formats.map((f) => f.id) as [FormatId, ...FormatId[]];

const byId: ReadonlyMap<FormatId, FormatTemplate> = new Map(formats.map((f) => [f.id, f]));

export function isKnownFormat(id: unknown): id is FormatId {
  return typeof id === 'string' && byId.has(id);
}

/** The format of a known id; throws for an unknown one (drafts are validated on load). */
export function formatById(id: FormatId): FormatTemplate {
  const f = byId.get(id);
  if (!f) throw new Error(`unknown format ${id}`);
  return f;
}

/** Every format by id. */
export const formatsById: Readonly<Record<FormatId, FormatTemplate>> = Object.fromEntries(byId);
