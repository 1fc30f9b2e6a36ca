import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { runs } from '@/testing/property-runs';
import { useEditorStore, writeCells } from './editor-store';

/**
 * Undo/redo as a model-based test (fast-check commands): the store against a model that is a
 * plain list of reports with a cursor. Every edit is its own step (no coalescing key).
 */
interface Model {
  history: Report[];
  at: number;
}
type Real = typeof useEditorStore;

class SetCell implements fc.Command<Model, Real> {
  constructor(
    readonly id: string,
    readonly value: string | null,
  ) {}
  check = (): boolean => true;
  run(m: Model, store: Real): void {
    const current = m.history[m.at] as Report;
    const next = writeCells(current, [{ id: this.id, value: this.value }]);
    store.getState().apply((r) => writeCells(r, [{ id: this.id, value: this.value }]));
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      m.history = [...m.history.slice(0, m.at + 1), next];
      m.at += 1;
    }
    expect(store.getState().report).toEqual(m.history[m.at]);
  }
  toString = (): string => `set ${this.id}=${String(this.value)}`;
}
class Undo implements fc.Command<Model, Real> {
  check = (): boolean => true;
  run(m: Model, store: Real): void {
    store.getState().undo();
    m.at = Math.max(0, m.at - 1);
    expect(store.getState().report).toEqual(m.history[m.at]);
  }
  toString = (): string => 'undo';
}
class Redo implements fc.Command<Model, Real> {
  check = (): boolean => true;
  run(m: Model, store: Real): void {
    store.getState().redo();
    m.at = Math.min(m.history.length - 1, m.at + 1);
    expect(store.getState().report).toEqual(m.history[m.at]);
  }
  toString = (): string => 'redo';
}

const ids = ['t3.granted.naturalPerson', 't3.granted.commercial', 't4.review.upheld'];
const commands = [
  fc
    .tuple(fc.constantFrom(...ids), fc.option(fc.constantFrom('0', '7', '12.5', '无', '１２件')))
    .map(([id, v]) => new SetCell(id, v)),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
];

describe('undo/redo (model-based property)', () => {
  it('the store always shows the model’s report, whatever the sequence of edits, undos and redos', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        const start = emptyReport('2021', 2024);
        useEditorStore.getState().open('d', start);
        fc.modelRun(() => ({ model: { history: [start], at: 0 }, real: useEditorStore }), cmds);
      }),
      { numRuns: runs(100) },
    );
  });
});
