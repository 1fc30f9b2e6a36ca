import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { indexTemplate } from '@/domain/template/lookup';
import { cellWrite, createEditorStore } from '@/store/editor-store';
import { runs } from '@/testing/property-runs';
import { formatById } from '@templates/index';
import { type DraftDb, DraftStorageError, MESSAGES, openDraftDb } from './draft-db';
import { listDrafts, readDraft } from './draft-repository';
import { DraftSession, type SavedMessage } from './draft-session';
import { createDraftStatusStore, type DraftStatusStore } from './draft-status';

/**
 * The save session as a model-based test (fast-check commands), on the real `idb` code over
 * fake-indexeddb: two tabs on one draft, each with its own editor, session and clock, and a
 * BroadcastChannel whose messages arrive when the test says. The commands are what a clerk and
 * the browser do: type into a cell (keys appended to what the focused cell shows, or replacing
 * it when the cell was just focused or another tab's value arrived in it), focus a cell, let a
 * save fall due, let a little time pass, wait until everything settled, storage full or
 * unavailable (and back), choose in a two-tab clash, reload (the page saves as it goes) and
 * crash (it does not).
 *
 * The model is what the clerk typed and saw: each tab's screen, changed only by the clerk's
 * keys or by another tab's version arriving with its notice. After every command:
 * - a tab's screen is what its clerk typed there, or another tab's version that was announced
 *   (`已载入另一个标签页中保存的修改。`) while the tab had nothing unsaved: nothing typed is ever
 *   silently replaced, and keys never land after a value that arrived under the caret (203703);
 * - a tab that says 已保存 shows exactly what a reopen reads, unless another tab has saved a
 *   newer revision since (which the tab is then told of);
 * - once everything settled, each tab is 已保存 with nothing unsaved, or in a clash the clerk
 *   sees, or its save failed with the reason told in Chinese;
 * - after a crash, a tab that said 已保存 reopens with the same screen; after a reload (the page
 *   saved as it went) nothing typed is lost: it is in the draft or in a kept copy.
 */

const format = formatById('2021');
const cells = indexTemplate(format).inputCells.filter((c) =>
  [
    't3.newReceived.naturalPerson',
    't3.newReceived.commercial',
    't3.granted.naturalPerson',
  ].includes(c.id),
);
const DRAFT = 'shared';
const ARRIVED = '已载入另一个标签页中保存的修改。';
const toldMessages = new Set<string>(Object.values(MESSAGES));

/** The disk (shared by every tab): full or not. */
let diskFull = false;
/** Every draft record handed to IndexedDB: `<id>@<revision>` → its cells (JSON). */
const ledger = new Map<string, string>();
let dbCounter = 0;

interface Tab {
  readonly name: 'A' | 'B';
  editor: ReturnType<typeof createEditorStore>;
  status: DraftStatusStore;
  session: DraftSession;
  /** The tab's clock: pending timers, fired by the commands. */
  timers: Map<number, () => void>;
  inbox: SavedMessage[];
  remote: Promise<void>[];
  /** This tab's IndexedDB is refused (private mode). */
  unavailable: boolean;
  /** The focused cell, and whether its text is selected (the next key replaces it). */
  focus: { cell: string; selected: boolean } | null;
  /** What the clerk sees in the cells (the model). */
  screen: Record<string, string>;
  /** Screens loaded from another tab, with the notice, since the last check. */
  arrivals: Report[];
}

interface Real {
  db: DraftDb;
  tabs: Record<'A' | 'B', Tab>;
  /** Every draft id a tab has had open (copies of a clash included). */
  ids: Set<string>;
}

type Model = Record<string, never>;

const cellsOf = (r: Report): Record<string, string> => ({ ...r.cells });
const sortedJson = (cells: Readonly<Record<string, string>>): string =>
  JSON.stringify(Object.entries(cells).sort());
const isRecordLike = (v: unknown): v is { id: string; revision: number; text: string } =>
  typeof v === 'object' && v !== null && 'text' in v && 'revision' in v;

function openTab(real: Real | null, db: DraftDb, name: 'A' | 'B'): Tab {
  const editor = createEditorStore();
  const status = createDraftStatusStore();
  const tab: Tab = {
    name,
    editor,
    status,
    session: null as unknown as DraftSession,
    timers: new Map(),
    inbox: [],
    remote: [],
    unavailable: false,
    focus: null,
    screen: {},
    arrivals: [],
  };
  let timerId = 0;
  let copies = 0;
  tab.session = new DraftSession({
    connect: () =>
      tab.unavailable
        ? Promise.reject(new DraftStorageError('unavailable', MESSAGES.unavailable))
        : Promise.resolve(db),
    editor,
    status,
    tabId: `${name}-${(dbCounter += 1)}`,
    newId: () => `${name}-copy-${(copies += 1)}-${dbCounter}`,
    announce: (m) => {
      if (!real) return;
      for (const other of Object.values(real.tabs)) if (other !== tab) other.inbox.push(m);
    },
    // The page's rule (session-instance.ts): another tab's value is loaded at once, and a focused
    // cell whose value changed is selected, so the next key replaces it.
    applyRemote: (apply) => {
      const before = tab.focus ? editor.getState().report.cells[tab.focus.cell] : undefined;
      // What the page shows now must be saved (at the revision it last wrote or read): another
      // tab's version may replace only a screen that holds nothing unsaved.
      const saved = ledger.get(`${tab.session.openDraftId ?? ''}@${tab.session.revision ?? -1}`);
      expect(sortedJson(editor.getState().report.cells), `${name}: replaced unsaved work`).toBe(
        saved,
      );
      apply();
      const report = editor.getState().report;
      tab.arrivals.push(report);
      if (tab.focus && report.cells[tab.focus.cell] !== before) tab.focus.selected = true;
    },
    schedule: (run, ms) => {
      void ms;
      const id = (timerId += 1);
      tab.timers.set(id, run);
      return () => tab.timers.delete(id);
    },
  });
  return tab;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Lets the background work (IndexedDB, remote loads) go on for a few event-loop turns. */
async function tick(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await turn();
}

function fireTimers(tab: Tab): void {
  const due = [...tab.timers.values()];
  tab.timers.clear();
  for (const run of due) run();
}

function deliver(tab: Tab): void {
  const messages = tab.inbox.splice(0);
  for (const m of messages) tab.remote.push(tab.session.onRemoteSave(m));
}

/** Everything settled: timers fired, messages delivered, writes and loads done. */
async function settle(real: Real): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    const tabs = Object.values(real.tabs);
    for (const tab of tabs) {
      fireTimers(tab);
      deliver(tab);
    }
    const remote = tabs.flatMap((t) => t.remote.splice(0));
    await Promise.all(remote);
    await tick(3);
    const busy = tabs.some(
      (t) => t.session.isSaving || t.timers.size > 0 || t.inbox.length > 0 || t.remote.length > 0,
    );
    if (!busy) return;
  }
  throw new Error('the save session did not settle');
}

/** The checks that hold after every command (see the file comment). */
async function invariants(real: Real, quiet: boolean): Promise<void> {
  for (const tab of Object.values(real.tabs)) {
    const shown = cellsOf(tab.editor.getState().report);
    // Screens that arrived from another tab: allowed only with the notice and nothing unsaved.
    for (const arrived of tab.arrivals) {
      expect(tab.status.getState().notices).toContain(ARRIVED);
      tab.screen = cellsOf(arrived);
    }
    tab.arrivals = [];
    expect(shown, `${tab.name}: the screen is what the clerk typed or was told of`).toEqual(
      tab.screen,
    );
    const id = tab.session.openDraftId;
    if (id === null) continue;
    const { save, conflict } = tab.status.getState();
    if (save.kind === 'failed')
      expect(
        [...toldMessages].some((m) => save.message.endsWith(m)),
        save.message,
      ).toBe(true);
    if (save.kind === 'saved' && !conflict) {
      expect(tab.session.isDirty).toBe(false);
      // What was written at this tab's revision (sync: the check must not let writes progress).
      expect(
        ledger.get(`${id}@${tab.session.revision ?? -1}`),
        `${tab.name}: 已保存 = written`,
      ).toBe(sortedJson(shown));
    }
    if (save.kind === 'saved' && !conflict && quiet) {
      const record = await readDraft(real.db, id);
      if (!record?.ok) throw new Error(`${tab.name} says 已保存 but ${id} is not stored`);
      // Settled: every announcement arrived, so a tab that says 已保存 is at the stored revision.
      expect(record.draft.revision).toBe(tab.session.revision);
      expect(cellsOf(record.draft.report), `${tab.name}: 已保存 = what a reopen reads`).toEqual(
        shown,
      );
    }
    if (quiet) {
      // Settled: saved and clean, or a clash the clerk sees, or a failure told (work kept).
      expect(save.kind === 'pending' && !conflict, `${tab.name}: still 正在保存 when settled`).toBe(
        false,
      );
      if (conflict) expect(tab.session.hasUnsavedWork()).toBe(true);
    }
  }
}

abstract class Step implements fc.Command<Model, Real> {
  check = (): boolean => true;
  abstract act(real: Real): Promise<boolean | void>;
  async run(_m: Model, real: Real): Promise<void> {
    const quiet = (await this.act(real)) === true;
    await invariants(real, quiet);
  }
  abstract toString(): string;
}

/**
 * Keys typed into a cell: the focused one's text gets them appended, or replaced when it is
 * selected; another cell is clicked first (which selects it).
 */
class Type extends Step {
  constructor(
    readonly tab: 'A' | 'B',
    readonly cell: string,
    readonly keys: string,
  ) {
    super();
  }
  act(real: Real): Promise<void> {
    const tab = real.tabs[this.tab];
    if (tab.session.openDraftId === null) return Promise.resolve();
    if (tab.focus?.cell !== this.cell) tab.focus = { cell: this.cell, selected: true };
    const cell = cells.find((c) => c.id === tab.focus?.cell);
    if (!cell) throw new Error('no cell');
    const before = tab.focus.selected ? '' : (tab.editor.getState().report.cells[cell.id] ?? '');
    const write = cellWrite(cell, before + this.keys);
    tab.editor.getState().setCells([write]);
    tab.focus.selected = false;
    if (write.value === null) delete tab.screen[cell.id];
    else tab.screen[cell.id] = write.value;
    return Promise.resolve();
  }
  toString = (): string => `${this.tab} types ${JSON.stringify(this.keys)} in ${this.cell}`;
}

class Focus extends Step {
  constructor(
    readonly tab: 'A' | 'B',
    readonly cell: string,
  ) {
    super();
  }
  act(real: Real): Promise<void> {
    // Coming to a cell selects its text: the next key replaces it (grid behaviour).
    real.tabs[this.tab].focus = { cell: this.cell, selected: true };
    return Promise.resolve();
  }
  toString = (): string => `${this.tab} focuses ${this.cell}`;
}

class SaveFallsDue extends Step {
  constructor(readonly tab: 'A' | 'B') {
    super();
  }
  act(real: Real): Promise<void> {
    fireTimers(real.tabs[this.tab]);
    return Promise.resolve();
  }
  toString = (): string => `${this.tab}: save falls due`;
}

/** A little time passes: IndexedDB goes on, and maybe one tab hears of the other's save. */
class Tick extends Step {
  constructor(
    readonly turns: number,
    readonly deliverTo: 'A' | 'B' | null,
  ) {
    super();
  }
  async act(real: Real): Promise<void> {
    if (this.deliverTo) deliver(real.tabs[this.deliverTo]);
    await tick(this.turns);
  }
  toString = (): string => `tick ${this.turns}${this.deliverTo ? `, ${this.deliverTo} hears` : ''}`;
}

class Wait extends Step {
  async act(real: Real): Promise<boolean> {
    await settle(real);
    return true;
  }
  toString = (): string => 'wait until settled';
}

class DiskFull extends Step {
  constructor(readonly full: boolean) {
    super();
  }
  act(): Promise<void> {
    diskFull = this.full;
    return Promise.resolve();
  }
  toString = (): string => (this.full ? 'disk full' : 'disk has room again');
}

class Unavailable extends Step {
  constructor(
    readonly tab: 'A' | 'B',
    readonly refused: boolean,
  ) {
    super();
  }
  act(real: Real): Promise<void> {
    real.tabs[this.tab].unavailable = this.refused;
    return Promise.resolve();
  }
  toString = (): string => `${this.tab}: IndexedDB ${this.refused ? 'refused' : 'available again'}`;
}

/** The clerk's choice in a clash: load the latest, or keep this page's version as a copy. */
class Resolve extends Step {
  constructor(
    readonly tab: 'A' | 'B',
    readonly choice: 'latest' | 'copy',
  ) {
    super();
  }
  async act(real: Real): Promise<void> {
    const tab = real.tabs[this.tab];
    if (!tab.status.getState().conflict) return;
    if (this.choice === 'copy') {
      const copy = tab.session.saveAsCopy();
      if (copy) real.ids.add(copy.id);
      return;
    }
    await settle(real);
    await tab.session.loadLatest();
    // The clerk chose to see the stored version (with its changes from the other tab).
    if (!tab.status.getState().conflict) tab.screen = cellsOf(tab.editor.getState().report);
  }
  toString = (): string => `${this.tab} chooses ${this.choice}`;
}

/** Reload (the page saves as it leaves) or crash (it does not); the tab reopens its draft. */
class Reopen extends Step {
  constructor(
    readonly tab: 'A' | 'B',
    readonly crash: boolean,
  ) {
    super();
  }
  async act(real: Real): Promise<boolean> {
    const old = real.tabs[this.tab];
    const id = old.session.openDraftId;
    const screen = cellsOf(old.editor.getState().report);
    const { save, conflict } = old.status.getState();
    const base = old.session.revision;
    const saidSaved = save.kind === 'saved' && !conflict;
    const storageOk = !diskFull && !old.unavailable;
    if (!this.crash) old.session.onPageHide(true);
    // The other tab, and the leaving page's writes, run to the end.
    await settle(real);
    old.session.dispose();
    const fresh = openTab(real, real.db, this.tab);
    fresh.unavailable = old.unavailable;
    real.tabs[this.tab] = fresh;
    if (id === null) return true;
    const reopened = await readDraft(real.db, id);
    const kept = await listDrafts(real.db);
    if (saidSaved && reopened?.ok && reopened.draft.revision === base) {
      expect(cellsOf(reopened.draft.report), 'what said 已保存 reopens').toEqual(screen);
    }
    if (!this.crash && storageOk && old.session.isDirty) {
      // Nothing typed is lost on a reload: what the leaving page could not write to its draft
      // (another tab saved first) is kept as a copy.
      const anyHolds = kept.drafts.some((d) => expectEqual(cellsOf(d.report), screen));
      expect(anyHolds, 'a reload keeps what was typed').toBe(true);
    }
    if (reopened?.ok) {
      fresh.session.open(reopened.draft);
      fresh.screen = cellsOf(reopened.draft.report);
    }
    await settle(real);
    return true;
  }
  toString = (): string => `${this.tab} ${this.crash ? 'crashes' : 'reloads'} and reopens`;
}

function expectEqual(a: Record<string, string>, b: Record<string, string>): boolean {
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
}

const tabName = fc.constantFrom<'A' | 'B'>('A', 'B');
const cellId = fc.constantFrom(...cells.map((c) => c.id));
const typing = fc
  .tuple(tabName, cellId, fc.constantFrom('2', '03', '7', '12.5', '无', '-', '１２件'))
  .map(([t, c, k]) => new Type(t, c, k));
const commands = [
  typing,
  typing,
  typing,
  fc.tuple(tabName, cellId).map(([t, c]) => new Focus(t, c)),
  tabName.map((t) => new SaveFallsDue(t)),
  tabName.map((t) => new SaveFallsDue(t)),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.option(tabName, { nil: null }))
    .map(([n, to]) => new Tick(n, to)),
  fc.constant(new Wait()),
  fc.boolean().map((full) => new DiskFull(full)),
  fc.tuple(tabName, fc.boolean()).map(([t, refused]) => new Unavailable(t, refused)),
  fc
    .tuple(tabName, fc.constantFrom<'latest' | 'copy'>('latest', 'copy'))
    .map(([t, c]) => new Resolve(t, c)),
  fc.tuple(tabName, fc.boolean()).map(([t, crash]) => new Reopen(t, crash)),
];

async function setUp(): Promise<Real> {
  diskFull = false;
  ledger.clear();
  const db = await openDraftDb({}, `save-session-model-${(dbCounter += 1)}`);
  const real: Real = { db, tabs: {} as Real['tabs'], ids: new Set([DRAFT]) };
  real.tabs.A = openTab(real, db, 'A');
  const a = real.tabs.A;
  a.session.create({ id: DRAFT, name: '', report: emptyReport('2021', 2024), lastYear: null });
  await settle(real);
  real.tabs.B = openTab(real, db, 'B');
  const first = await readDraft(db, DRAFT);
  if (!first?.ok) throw new Error('not stored');
  real.tabs.B.session.open(first.draft);
  return real;
}

describe('the save session (model-based)', () => {
  let put: ReturnType<typeof vi.spyOn> | null = null;
  beforeAll(() => {
    const original = IDBObjectStore.prototype.put;
    put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const [value] = args;
      if (this.name === 'drafts' && isRecordLike(value)) {
        const report = (JSON.parse(value.text) as { report?: Report }).report;
        if (report) ledger.set(`${value.id}@${value.revision}`, sortedJson(report.cells));
      }
      return original.apply(this, args);
    });
  });
  afterAll(() => put?.mockRestore());

  it('已保存 is what a reopen reads; nothing typed is silently replaced; failures are told', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'medium' }), async (cmds) => {
        const real = await setUp();
        try {
          await fc.asyncModelRun(() => ({ model: {}, real }), cmds);
          // At the end, with storage back: everything typed reaches the disk or a told clash.
          diskFull = false;
          for (const tab of Object.values(real.tabs)) tab.unavailable = false;
          await new Wait().run({}, real);
        } finally {
          for (const tab of Object.values(real.tabs)) tab.session.dispose();
          real.db.close();
        }
      }),
      { numRuns: runs(40, 4000) },
    );
  });
});
