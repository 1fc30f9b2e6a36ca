// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Editor } from '@/features/report-form/editor';
import { IssuesPanel } from '@/features/issues-panel/issues-panel';
import { useEditorStore } from '@/store/editor-store';
import { useNavigationStore } from '@/store/navigation-store';
import { emptyReport } from '@/domain/report/empty-report';
import type { Report } from '@/domain/report/types';
import { formatById } from '@templates/index';

/**
 * The texts a keystroke changes — the totals, the input cells' marks and texts, the balance row and corner,
 * the four counts, the header's count, the steps' states — are written into the DOM by store subscriptions, not by
 * React re-rendering their components (`useAnalysisText`, `useCellViewText`, `useCellViewLive`;
 * issue 17, stops 30 and 31).
 * Whatever the change (typing, a pasted block, undo, redo, a draft opened over the open one), the
 * editor on screen must show exactly what a fresh render of the same state shows: each action
 * below is followed by a second editor rendered from scratch and the two compared, element by
 * element (classes, titles, texts).
 */

(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;

const template = formatById('2021');
const t3 = template.tables.find((t) => t.id === 't3')!;
const zeros = Object.fromEntries(t3.cells.filter((c) => !c.computed).map((c) => [c.id, '0']));

function report(cells: Record<string, string>): Report {
  const base = emptyReport('2021', 2024);
  return {
    ...base,
    meta: { ...base.meta, agencyName: '某市某局', reportDate: '2025-01-20' },
    cells,
  };
}

let live: { root: Root; host: HTMLElement };

const editor = () => createElement(Editor, { issuesPanel: createElement(IssuesPanel) });

beforeAll(async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    useEditorStore.getState().open('draft-1', report(zeros));
    useNavigationStore.getState().goTo('applications');
    root.render(editor());
  });
  live = { root, host };
});

afterAll(async () => {
  await act(async () => live.root.unmount());
  live.host.remove();
});

/**
 * An element as HTML with its attributes in name order: a writer that adds an attribute React
 * rendered later in the tag (a cell's title) puts it last, which the screen does not show.
 */
function canonical(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element)) return '';
  const attrs = [...node.attributes]
    .map((a) => `${a.name}="${a.value}"`)
    .sort()
    .join(' ');
  const tag = node.localName;
  return `<${tag}${attrs ? ` ${attrs}` : ''}>${[...node.childNodes].map(canonical).join('')}</${tag}>`;
}

/** The parts whose texts are written directly, as HTML. */
function parts(host: HTMLElement): Record<string, string> {
  const html = (selector: string) => {
    const found = [...host.querySelectorAll(selector)];
    if (found.length === 0) throw new Error(`nothing matches ${selector}`);
    return found.map(canonical).join('\n');
  };
  return {
    totals: html('.grid-computed'),
    // The input cells: their marks (class, title, description, tip) are written directly too.
    inputCells: html('td.grid-value:not(.grid-computed)'),
    // And their texts: the inputs are uncontrolled, each value written when the store's differs
    // from what the input shows (a value is a property, not in the HTML above).
    inputValues: [...host.querySelectorAll<HTMLInputElement>('td.grid-value input')]
      .map((i) => `${i.id}=${i.value}`)
      .join('\n'),
    balanceRow: html('.balance-row'),
    corner: html('[data-testid="balance-summary"]'),
    counts: html('.issue-counts'),
    header: html('[aria-controls="issues-side"]'),
    steps: html('.step-list'),
  };
}

/** The same state rendered from scratch. */
async function fresh(): Promise<Record<string, string>> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(editor()));
  const shown = parts(host);
  await act(async () => root.unmount());
  host.remove();
  return shown;
}

async function expectAsFresh(label: string): Promise<Record<string, string>> {
  const shown = parts(live.host);
  const expected = await fresh();
  for (const k of Object.keys(expected)) expect(shown[k], `${label}: ${k}`).toBe(expected[k]);
  return shown;
}

function input(id: string): HTMLInputElement {
  const el = live.host.querySelector<HTMLInputElement>(`[id="cell-${id}"]`);
  if (!el) throw new Error(`no input for ${id}`);
  return el;
}

/** Types `text` into the cell's input as the browser does (value, then an `input` event). */
async function type(id: string, text: string): Promise<void> {
  const el = input(id);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    el.focus();
    setValue.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Pastes `tsv` at the cell as a clipboard paste does (the table's paste handler). */
async function paste(id: string, tsv: string): Promise<void> {
  const el = input(id);
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (kind: string) => (kind === 'text/plain' ? tsv : '') },
  });
  await act(async () => {
    el.focus();
    el.dispatchEvent(event);
  });
}

const total = (id: string) =>
  live.host.querySelector(`[id="cell-${id}"]`)?.textContent ?? '(no such total)';
const corner = () => live.host.querySelector('[data-testid="balance-summary"]')!;
/** Input cells other than `id` that show a mark (class), and the tips they show. */
const marked = (id: string) =>
  [...live.host.querySelectorAll('td.grid-value:not(.grid-computed)')].filter(
    (td) => /\bmark-/.test(td.className) && !td.querySelector(`[id="cell-${id}"]`),
  );
const shownTips = () => [
  ...live.host.querySelectorAll('td.grid-value:not(.grid-computed) .cell-tip:not([hidden])'),
];
const count = (sev: string) =>
  live.host.querySelector(`[data-testid="count-${sev}"] strong`)?.textContent;

describe('texts written by store subscriptions', () => {
  it('follow typing, a pasted block, undo, redo and a draft opened over the open one', async () => {
    const cell = 't3.newReceived.naturalPerson';
    const rowTotal = 't3.newReceived.total';
    await expectAsFresh('filled with 0');
    expect(total(rowTotal)).toBe('0');
    expect(corner().textContent).toBe('✓ 平衡');
    const errorsAtStart = count('error');

    await type(cell, '1');
    await expectAsFresh('typed 1');
    // The test sees the changes it is about (not two equal stale screens).
    expect(total(rowTotal)).toBe('1');
    expect(corner().className).toContain('balance-bad');
    expect(count('error')).not.toBe(errorsAtStart);
    // The column's other cells are marked by the broken balance, without a render of theirs.
    const markedAt1 = marked(cell).length;
    expect(markedAt1).toBeGreaterThan(0);
    expect(shownTips().length).toBeGreaterThan(0);

    await type(cell, '');
    await expectAsFresh('blanked');
    expect(total(rowTotal)).toBe('');
    expect(corner().textContent).toBe('待填写');
    expect(marked(cell).length).toBeLessThan(markedAt1);

    await type(cell, '7');
    await expectAsFresh('typed 7');
    expect(total(rowTotal)).toBe('7');

    // A block of two rows by three columns from Excel / WPS.
    await paste(cell, '2\t3\t4\n5\t6\t7');
    await expectAsFresh('pasted');
    expect(total(rowTotal)).toBe('9');
    // The focused cell shows the pasted value over the 7 typed in it.
    expect(input(cell).value).toBe('2');

    await act(async () => useEditorStore.getState().undo());
    await expectAsFresh('undone');
    expect(total(rowTotal)).toBe('7');
    expect(input(cell).value).toBe('7');

    await act(async () => useEditorStore.getState().redo());
    await expectAsFresh('redone');
    expect(total(rowTotal)).toBe('9');

    // Every step undone (the paste, the typing): the zeros again.
    await act(async () => {
      while (useEditorStore.getState().past.length > 0) useEditorStore.getState().undo();
    });
    await expectAsFresh('undone to the zeros');
    expect(total(rowTotal)).toBe('0');
    expect(marked(cell)).toEqual([]);
    expect(shownTips()).toEqual([]);
    expect(corner().textContent).toBe('✓ 平衡');
    expect(count('error')).toBe(errorsAtStart);

    await type(cell, '1');
    const shown = await expectAsFresh('typed 1 again');
    expect(total(rowTotal)).toBe('1');

    // The draft opened again over the screen (another tab's save, a restore): zeros again.
    await act(async () => useEditorStore.getState().open('draft-1', report(zeros)));
    const reopened = await expectAsFresh('draft opened');
    expect(total(rowTotal)).toBe('0');
    expect(corner().textContent).toBe('✓ 平衡');
    expect(count('error')).toBe(errorsAtStart);
    expect(reopened).not.toEqual(shown);

    // A blank draft: every total and the corner pending.
    await act(async () => useEditorStore.getState().open('draft-1', report({})));
    await expectAsFresh('blank draft');
    expect(total(rowTotal)).toBe('');
    expect(corner().textContent).toBe('待填写');
  });
});
