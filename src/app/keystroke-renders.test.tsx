// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { act as reactAct } from 'react';
import type { Root } from 'react-dom/client';
import type { marksOf as marksOfFn } from '@/features/report-form/cell-marks';
import type { analysisOf as analysisOfFn } from '@/store/analysis';
import type { useEditorStore as editorStore } from '@/store/editor-store';
import { installRenderCounter } from '@/testing/render-counter';

/**
 * Issue 17's keystroke goal, held in the real editor (jsdom, the production component tree):
 * typing one key in a 表三 cell re-renders the issue rows whose issues changed and nothing of the
 * grid: not the typed cell (its input is uncontrolled, its text the input's own), nor the totals
 * and the other cells' marks (written into the DOM). React's own record of
 * each commit is read through the DevTools hook (src/testing/render-counter.ts).
 *
 * The expected sets are computed from the domain (the analysis before and after the key), so
 * the test fails both when a component re-renders without a reason (the whole grid) and when
 * one that should show a change does not.
 */

const counter = installRenderCounter();
(globalThis as Record<string, unknown>)['IS_REACT_ACT_ENVIRONMENT'] = true;

type Modules = {
  readonly act: typeof reactAct;
  readonly root: Root;
  readonly store: typeof editorStore;
  readonly analysisOf: typeof analysisOfFn;
  readonly marksOf: typeof marksOfFn;
};
let m: Modules;
let host: HTMLElement;

beforeAll(async () => {
  // react-dom after the hook (see installRenderCounter): every app module dynamically.
  const { act, createElement } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { Editor } = await import('@/features/report-form/editor');
  const { IssuesPanel } = await import('@/features/issues-panel/issues-panel');
  const { useEditorStore } = await import('@/store/editor-store');
  const { useNavigationStore } = await import('@/store/navigation-store');
  const { analysisOf } = await import('@/store/analysis');
  const { marksOf } = await import('@/features/report-form/cell-marks');
  const { emptyReport } = await import('@/domain/report/empty-report');
  const { formatById } = await import('@templates/index');

  // 表三 filled with zeros, as `npm run bench` types into it.
  const template = formatById('2021');
  const base = emptyReport('2021', 2024);
  const zeros = Object.fromEntries(
    template.tables
      .find((t) => t.id === 't3')!
      .cells.filter((c) => !c.computed)
      .map((c) => [c.id, '0']),
  );
  const report = {
    ...base,
    meta: { ...base.meta, agencyName: '某市某局', reportDate: '2025-01-20' },
    cells: zeros,
  };
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    useEditorStore.getState().open('draft-1', report);
    useNavigationStore.getState().goTo('applications');
    root.render(createElement(Editor, { issuesPanel: createElement(IssuesPanel) }));
  });
  m = { act, root, store: useEditorStore, analysisOf, marksOf };
});

afterAll(async () => {
  await m.act(async () => m.root.unmount());
  host.remove();
});

/** Types `text` into the cell's input as the browser does (value, then an `input` event). */
async function type(cellId: string, text: string): Promise<void> {
  const input = host.querySelector<HTMLInputElement>(`[id="cell-${cellId}"]`);
  if (!input) throw new Error(`no input for ${cellId}`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await m.act(async () => {
    input.focus();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** What a keystroke should re-render, from the analysis before and after it. */
function expectedRenders(cellId: string, keystroke: () => Promise<void>) {
  const snapshot = () => {
    const s = m.store.getState();
    const a = m.analysisOf(s.report, s.lastYear);
    return { a, marks: m.marksOf(a) };
  };
  return async () => {
    const before = snapshot();
    counter.reset();
    await keystroke();
    const after = snapshot();
    const t3 = after.a.template.tables.find((t) => t.id === 't3')!;
    const markChanged = (id: string) => before.marks.get(id) !== after.marks.get(id);
    const inputs = t3.cells.filter((c) => !c.computed);
    const totals = t3.cells.filter((c) => c.computed);
    const sameValue = (id: string) =>
      JSON.stringify(before.a.computed.get(id)) === JSON.stringify(after.a.computed.get(id));
    const shown = (issues: typeof after.a.issues) =>
      new Map(issues.filter((i) => !i.dismissed).map((i) => [i.key, `${i.severity}${i.message}`]));
    const rowsBefore = shown(before.a.issues);
    const rowsAfter = [...shown(after.a.issues)];
    return {
      // None: the typed cell's text is the input's own, and its validity did not change (a
      // valid value before and after); a cell whose mark alone changed has it written into its
      // DOM (useCellViewLive), not re-rendered (src/app/live-text.test.tsx holds what it shows).
      inputCells: 0,
      marksChanged: inputs.filter((c) => c.id !== cellId && markChanged(c.id)).length,
      // Totals whose value or mark changed: written into their DOM directly
      // (useCellViewText), never re-rendered by React (src/app/live-text.test.tsx).
      totalsChanged: totals.filter((c) => !sameValue(c.id) || markChanged(c.id)).length,
      issueRows: Math.min(60, rowsAfter.filter(([k, v]) => rowsBefore.get(k) !== v).length),
      gridCells: inputs.length + totals.length,
    };
  };
}

describe('a keystroke in 表三', () => {
  it('re-renders the changed issue rows, not the typed cell, the grid nor its totals', async () => {
    const cell = 't3.newReceived.naturalPerson';
    // 0 → 1: the row's and the column's totals change, the balance breaks (new issue rows).
    for (const [text, label] of [
      ['1', '0 → 1'],
      ['', '1 → blank'],
      ['0', 'blank → 0'],
    ] as const) {
      const expected = await expectedRenders(cell, () => type(cell, text))();
      const seen = {
        inputCells: counter.of('InputCell'),
        totals: counter.of('ComputedCell'),
        issueRows: counter.of('IssueItem'),
      };
      expect(seen, `${label} (of ${expected.gridCells} cells)`).toEqual({
        inputCells: expected.inputCells,
        totals: 0,
        issueRows: expected.issueRows,
      });
      // The key did change totals (on screen without React, as src/app/live-text.test.tsx holds).
      expect(expected.totalsChanged, label).toBeGreaterThan(0);
      if (label !== 'blank → 0') expect(expected.marksChanged, label).toBeGreaterThan(0);
      expect(seen.inputCells + seen.totals, label).toBeLessThan(expected.gridCells / 4);
      // The containers are not re-rendered by a keystroke.
      // Nor are the texts a keystroke changes: the balance row and corner, the counts, the
      // steps' states (written by store subscriptions, useAnalysisText).
      for (const name of [
        'Editor',
        'SectionStep',
        'GridTable',
        'TableRow',
        'MetaStep',
        'BalanceCorner',
        'BalanceFooter',
        'IssueCounts',
        'IssuesToggle',
        'StepList',
      ])
        expect(counter.of(name), `${label}: ${name}`).toBe(0);
    }
  });

  it('renders nothing of the issues panel while it is closed, and shows the current issues on opening', async () => {
    const cell = 't3.newReceived.commercial';
    const toggle = host.querySelector<HTMLButtonElement>('[aria-controls="issues-side"]')!;
    const messages = () =>
      [...host.querySelectorAll('#issues-side .issue-message')].map((e) => e.textContent);
    const counts = () => host.querySelector('#issues-side .issue-counts')?.textContent;
    await m.act(async () => toggle.click());
    expect(host.querySelector('#issues-side')?.hasAttribute('hidden')).toBe(true);
    const before = messages();
    counter.reset();
    await type(cell, '1');
    // The key changed the issues (a balance error) …
    const s = m.store.getState();
    const open = m.analysisOf(s.report, s.lastYear).issues.filter((i) => !i.dismissed);
    expect(open.map((i) => i.message)).not.toEqual(before);
    // … and the closed panel followed none of it.
    for (const name of ['IssuesPanel', 'IssueItem', 'IssueCounts'])
      expect(counter.of(name), name).toBe(0);
    expect(messages()).toEqual(before);
    await m.act(async () => toggle.click());
    expect(host.querySelector('#issues-side')?.hasAttribute('hidden')).toBe(false);
    const listed = (['error', 'incomplete', 'warning', 'info'] as const).flatMap((sev) =>
      open.filter((i) => i.severity === sev),
    );
    expect(messages()).toEqual(listed.slice(0, 60).map((i) => i.message));
    expect(counts()).toContain(`错误 ${open.filter((i) => i.severity === 'error').length}`);
    await type(cell, '0');
  });

  it('shows values as the domain gives them: separators in a typed value, states as classes', async () => {
    const cell = 't3.newReceived.naturalPerson';
    const q = (id: string) => host.querySelector<HTMLInputElement>(`[id="cell-${id}"]`)!;
    // Text that is not a value, holding the characters the old string protocols split on.
    await type(cell, '1|2~3');
    expect(q(cell).value).toBe('1|2~3');
    expect(q(cell).getAttribute('aria-invalid')).toBe('true');
    const total = host.querySelector<HTMLElement>('[id="cell-t3.newReceived.total"]')!;
    // A total is text, exposed as what it was as an input: a read-only textbox with its labels.
    expect(total.getAttribute('role')).toBe('textbox');
    expect(total.getAttribute('aria-readonly')).toBe('true');
    expect(total.getAttribute('aria-label')).toBe('一、本年新收政府信息公开申请数量 总计');
    expect(total.textContent).toBe('');
    expect(total.parentElement?.querySelector('.partial-tag')?.textContent).toBe('无效');
    expect(total.title).toContain('有 1 个格的值无效');
    // Leaving the cell, its mark carries the check's message, whole.
    await m.act(async () => q(cell).dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    const s = m.store.getState();
    const mark = m.marksOf(m.analysisOf(s.report, s.lastYear)).get(cell);
    expect(mark?.severity).toBe('error');
    expect(q(cell).title).toBe(mark?.messages.join('\n'));
    expect(q(cell).title).toContain('“1|2~3”');

    // 1 in the cell: the column and 总计 are off by one, the corner says so; classes from state.
    await type(cell, '1');
    const corner = host.querySelector('[data-testid="balance-summary"]')!;
    expect(corner.textContent).toBe('✗ 不平衡 2 列');
    expect(corner.className).toContain('balance-bad');
    const footer = [...host.querySelectorAll('.balance-row td')];
    expect(footer[0]?.className).toContain('balance-bad');
    expect(footer[0]?.querySelector('.balance-text')?.textContent).toBe('✗ 差 1');
    expect(footer[1]?.className).toContain('balance-ok');
    await type(cell, '');
    expect(corner.textContent).toBe('待填写');
    expect(corner.className).toContain('balance-pending');
  });
});
