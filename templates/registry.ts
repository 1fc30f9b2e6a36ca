import type { FormatId, FormatTemplate } from '../src/domain/template/types';

/** What the app reads about the formats: the list, the ids and the lookups. */
export interface FormatRegistry {
  /** National formats oldest first, then variants. */
  readonly formats: readonly FormatTemplate[];
  /** The ids of every known format (the draft schema accepts exactly these). */
  readonly formatIds: [FormatId, ...FormatId[]];
  readonly isKnownFormat: (id: unknown) => id is FormatId;
  /** The format of a known id; throws for an unknown one (drafts are validated on load). */
  readonly formatById: (id: FormatId) => FormatTemplate;
  readonly formatsById: Readonly<Record<FormatId, FormatTemplate>>;
}

/**
 * The registry of a list of formats. `templates/index.ts` builds the app's one registry from its
 * list; a test that proves a variant needs no code builds one from the same list plus the
 * variant, exactly as adding its line to `templates/index.ts` would.
 */
export function createFormatRegistry(list: readonly FormatTemplate[]): FormatRegistry {
  const [first, ...rest] = list.map((f) => f.id);
  if (first === undefined) throw new Error('no formats');
  const byId: ReadonlyMap<FormatId, FormatTemplate> = new Map(list.map((f) => [f.id, f]));
  if (byId.size !== list.length) throw new Error('two formats share an id');
  return {
    formats: list,
    formatIds: [first, ...rest],
    isKnownFormat: (id: unknown): id is FormatId => typeof id === 'string' && byId.has(id),
    formatById(id) {
      const f = byId.get(id);
      if (!f) throw new Error(`unknown format ${id}`);
      return f;
    },
    formatsById: Object.fromEntries(byId),
  };
}
