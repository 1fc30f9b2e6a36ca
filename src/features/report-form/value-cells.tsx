import {
  memo,
  useLayoutEffect,
  useReducer,
  useRef,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { quoteTyped, readCell } from '@/domain/report/read-cell';
import type { CellTemplate } from '@/domain/template/types';
import { cellWrite, useEditorStore, writeCells } from '@/store/editor-store';
import { cellDomId } from '@/store/navigation-store';
import { setAttr, setText } from '@/store/live-text';
import type { Mark } from './cell-marks';
import { snapshotOf, useCellViewLive, useCellViewText, type CellView } from './cell-views';

const preventSubmit = (event: FormEvent<HTMLFormElement>): void => event.preventDefault();

/** What the clerk is typing in this visit, while the store holds its normalised form (`２件` → `2`). */
interface Typing {
  readonly raw: string;
  /** The store value the text belongs to; a different store value (undo) wins over it. */
  readonly base: string | undefined;
}

export interface InputCellProps {
  readonly cell: CellTemplate;
  readonly colSpan?: number;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>, id: string) => void;
}

/**
 * What an input cell shows for its view and the clerk's typing: the text in the input, the
 * typing error said at once, whether the text is invalid, the unit printed after the value.
 */
function inputShape(cell: CellTemplate, view: CellView, typing: Typing | null) {
  const { stored, unit: writtenUnit } = view;
  const reading = readCell(cell, stored, writtenUnit);
  const live = typing && typing.base === stored ? typing : null;
  return {
    text: live
      ? live.raw
      : reading.kind === 'value'
        ? `${stored ?? ''}${writtenUnit ?? ''}`
        : (stored ?? ''),
    invalid: reading.kind === 'invalid',
    // Said at once while typing; afterwards the cell's mark (the issue) carries the message.
    error:
      reading.kind === 'invalid' && live
        ? `${quoteTyped(reading.raw)}${reading.reason}`
        : undefined,
    // The unit of a money column whose header does not print it, unless the value names its own.
    suffix:
      cell.type === 'money' && cell.unit && !cell.unitInHeader && !writtenUnit && !live
        ? cell.unit
        : null,
  };
}

/**
 * What React renders an input cell for: whether its text is invalid, its typing error and its
 * unit. Its text is the input's own (below); its mark is written (`useCellViewLive`).
 */
function inputRenderKey(cell: CellTemplate, view: CellView, typing: Typing | null): string {
  return shapeKey(inputShape(cell, view, typing));
}

/** The render key of a shape already read (`inputShape`): one reading of the cell, not two. */
function shapeKey({ invalid, error, suffix }: ReturnType<typeof inputShape>): string {
  return `${invalid ? 1 : 0}\u0000${error ?? ''}\u0000${suffix ?? ''}`;
}

/**
 * One input cell: subscribes to its own value and marks only, so a keystroke re-renders little.
 * Whatever is typed is stored (SPEC §7): a value in its canonical form, anything else as typed,
 * which the one reader (`readCell`) reports as invalid. The cell never keeps an older value
 * behind a newer text on screen.
 *
 * The input is uncontrolled: what the clerk types stays the input's own, and the cell writes the
 * input's value only when what it is to show differs from what it shows — a store value that is
 * not this visit's typing (undo, redo, a pasted block, 本表空白填0, a draft opened or imported),
 * or the stored value's normal form once the clerk leaves the cell (`２件` → `2`). A controlled
 * input has React render and commit the cell on every key (or React would restore its older
 * value after the event); here a key that changes neither the cell's validity, its typing error
 * nor its unit renders nothing (docs/performance.md, stop 70).
 */
export const InputCell = memo(function InputCell({ cell, colSpan, onKeyDown }: InputCellProps) {
  const td = useRef<HTMLTableCellElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const domId = cellDomId(cell.id);
  const errorId = `${domId}-error`;
  const markId = `${domId}-mark`;
  // This visit's typing: read by the render key, so a change of it that changes what React
  // renders (the typing error, the unit) is a render (`rerender`, below).
  const typing = useRef<Typing | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  /** The input shows what the cell is to show, written only when it differs. */
  const show = (text: string): void => {
    const el = input.current;
    if (el && el.value !== text) el.value = text;
  };
  const showText = (view: CellView): void => show(inputShape(cell, view, typing.current).text);
  // React renders the cell when its render key changes (its validity, typing error or unit); a
  // change of its mark alone — the cells of a column whose balance a key breaks or mends — is
  // written into the cell's class, title, description and tip, and a change of its stored text
  // into the input's value (`useCellViewLive`).
  const view = useCellViewLive(
    cell.id,
    (v) => inputRenderKey(cell, v, typing.current),
    (next) => {
      // This render's typing error: a change of it is a render (the render key).
      const look = inputLook(next.mark, error, errorId, markId);
      setAttr(td.current, 'class', look.cellClass);
      setAttr(input.current, 'title', look.title);
      setAttr(input.current, 'aria-describedby', look.describedBy);
      setAttr(tip.current, 'class', look.tipClass);
      setAttr(tip.current, 'hidden', look.tipText ? undefined : '');
      setText(tip.current, look.tipText);
      showText(next);
    },
  );
  const shape = inputShape(cell, view, typing.current);
  const { invalid, error, suffix } = shape;
  const renderedKey = shapeKey(shape);
  // After every render: the input shows this render's text (its first, a new cell, a change of
  // validity or unit that came with a new store value).
  useLayoutEffect(() => showText(view));
  // Each visit to the cell is its own undo step, however quickly the clerk comes back.
  const visit = useRef(0);

  /** The typing changed: render if what React renders changed, show the text. */
  const typed = (next: Typing | null): void => {
    typing.current = next;
    const now = inputShape(cell, snapshotOf(cell.id), next);
    if (shapeKey(now) !== renderedKey) rerender();
    show(now.text);
  };

  const commit = (raw: string): void => {
    const write = cellWrite(cell, raw);
    // Set before the store's change, so that its writers and render key see this key's text
    // as the typing of the value it stores (the input shows it already).
    typing.current = { raw, base: write.value ?? undefined };
    const { stored, unit: writtenUnit } = snapshotOf(cell.id);
    // An imported bare amount (no 元 or 万元, in a column whose header prints none) typed again
    // with its unit: written, so the report no longer holds it as unstated.
    const unitNamed =
      /[元万]/.test(raw) &&
      useEditorStore.getState().report.source?.unitsUnstated?.includes(cell.id) === true;
    if (write.value !== (stored ?? null) || write.unit !== writtenUnit || unitNamed) {
      useEditorStore
        .getState()
        .apply((r) => writeCells(r, [write]), `cell.${cell.id}.${visit.current}`);
    }
    typed(typing.current);
  };

  const look = inputLook(view.mark, error, errorId, markId);

  return (
    <td ref={td} colSpan={colSpan} className={look.cellClass}>
      {/* Each cell is its own (box-less) form: Chromium's autofill re-reads every field of the
          edited field's form — or every formless field of the page — after each keystroke. */}
      <form className="cell-form" autoComplete="off" noValidate onSubmit={preventSubmit}>
        <input
          ref={input}
          id={domId}
          className={`cell-input${suffix ? ' with-unit' : ''}`}
          type="text"
          inputMode={cell.type === 'money' ? 'decimal' : 'numeric'}
          autoComplete="off"
          // A number, not words: and the browser's idle-time spell check of the field forced a
          // style and layout pass after every keystroke.
          spellCheck={false}
          aria-label={cell.label}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={look.describedBy}
          title={look.title}
          // No value: the input's text is its own (above).
          onChange={(e) => commit(e.target.value)}
          onFocus={(e) => {
            visit.current += 1;
            e.target.select();
          }}
          // Leaving the cell shows the stored value's normal form (`２件` → `2`).
          onBlur={() => typed(null)}
          onKeyDown={(e) => onKeyDown(e, cell.id)}
        />
      </form>
      {suffix ? (
        <span className="cell-unit" aria-hidden="true">
          {suffix}
        </span>
      ) : null}
      {/* What shows under the focused cell — the typing error, the issue tip — is laid out in
          a box of the cell's size that is laid out alone (grid-table.css): a keystroke that
          shows or hides either lays out this box only, not the table and the step around it. */}
      <span className="cell-overlay">
        {error ? (
          <span id={errorId} className="cell-error" role="alert">
            {error}
          </span>
        ) : null}
        {/* A marked cell's issues, shown under the cell while it has the focus (grid-table.css),
            and the input's description for screen readers (aria-describedby). Always there,
            hidden while the cell has no mark to show, so that a mark coming or going is a class
            and a text written, not an element inserted. */}
        <span ref={tip} id={markId} className={look.tipClass} hidden={!look.tipText}>
          {look.tipText}
        </span>
      </span>
    </td>
  );
});

/** What an input cell shows of its mark and typing error: class, title, description and tip. */
function inputLook(
  mark: Mark | undefined,
  error: string | undefined,
  errorId: string,
  markId: string,
) {
  const shownMark = mark && mark.severity !== 'incomplete' ? mark : undefined;
  const severity = error ? 'error' : (shownMark?.severity ?? null);
  const title = error ?? shownMark?.messages.join('\n');
  const describedBy = error ? errorId : title ? markId : undefined;
  const tipText = !error && shownMark ? (title ?? '') : '';
  return {
    cellClass: `grid-value${severity ? ` mark-${severity}` : ''}`,
    title,
    describedBy,
    tipClass: shownMark ? `cell-tip tip-${shownMark.severity}` : 'cell-tip',
    tipText,
  };
}

/** What a computed cell shows of its view: text, look and explanation. */
function computedLook(view: CellView) {
  const { value, mark } = view;
  const complete = value?.status === 'complete';
  const invalid = value?.status === 'incomplete' ? value.invalid : 0;
  const text =
    value === undefined
      ? ''
      : value.status === 'complete'
        ? String(value.value)
        : invalid > 0 || value.partial === 0
          ? ''
          : `≥ ${value.partial}`;
  const explain =
    value === undefined || value.status === 'complete'
      ? '自动计算，不需填写'
      : invalid > 0
        ? `自动计算；有 ${invalid} 个格的值无效，改正后才能计算合计`
        : `自动计算；还有 ${value.blanks} 个空白格未填，合计未完成（空白不等于 0）`;
  const severity = mark && mark.severity !== 'incomplete' ? mark.severity : null;
  return {
    text,
    /** The partial look changes the font: on the text inside (see below). */
    textClass: complete ? undefined : 'cell-partial',
    tagClass: `partial-tag${complete ? ' partial-tag-off' : ''}`,
    tagText: invalid > 0 ? '无效' : '未完成',
    title: severity && mark ? `${mark.messages.join('\n')}\n${explain}` : explain,
    cellClass: `grid-value grid-computed${severity ? ` mark-${severity}` : ''}`,
    tipClass: severity ? `cell-tip tip-${severity}` : 'cell-tip',
    tipText: severity && mark ? mark.messages.join('\n') : '',
  };
}

/**
 * A computed cell: read-only, shaded; shows a muted partial marked 未完成 while operands are
 * blank, and no number at all (marked 无效) while an operand's typed text is not a value.
 *
 * React renders it when it mounts; a change of its view — nearly every keystroke changes a few
 * totals' values or marks — is written into its texts, classes and title directly
 * (`useCellViewText`), without React's render and commit.
 */
export const ComputedCell = memo(function ComputedCell({
  cell,
  colSpan,
}: {
  readonly cell: CellTemplate;
  readonly colSpan?: number;
}) {
  const td = useRef<HTMLTableCellElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const inner = useRef<HTMLSpanElement>(null);
  const tag = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const view = useCellViewText(cell.id, (next) => {
    const look = computedLook(next);
    setAttr(td.current, 'class', look.cellClass);
    setAttr(tip.current, 'class', look.tipClass);
    setAttr(tip.current, 'hidden', look.tipText ? undefined : '');
    setText(tip.current, look.tipText);
    setAttr(box.current, 'title', look.title);
    setAttr(inner.current, 'class', look.textClass);
    setText(inner.current, look.text);
    setAttr(tag.current, 'class', look.tagClass);
    setText(tag.current, look.tagText);
  });
  const look = computedLook(view);
  return (
    <td ref={td} colSpan={colSpan} className={look.cellClass}>
      {/* Text, not a read-only <input>: React re-applies every prop of an input it updates
          (its name and type attributes twice, the value attribute), each an attribute change
          Blink handles, and the input's inner editor is laid out and painted apart. To
          assistive technology it is what the read-only input was: a read-only textbox with
          the row and column labels as its name, the total as its value, the explanation as
          its description (not an <output>, a live region that would speak every change). */}
      <span
        ref={box}
        id={cellDomId(cell.id)}
        className="cell-input cell-computed"
        role="textbox"
        aria-readonly="true"
        tabIndex={-1}
        aria-label={cell.label}
        title={look.title}
      >
        {/* The partial look changes the font, so it is on the text inside: a style change of
            the contained box itself lays out the table around it as well. */}
        <span ref={inner} className={look.textClass}>
          {look.text}
        </span>
      </span>
      {/* Always rendered (hidden when complete): inserting it would re-lay out the whole table. */}
      <span ref={tag} className={look.tagClass} aria-hidden="true">
        {look.tagText}
      </span>
      {/* The mark's messages, shown when an issue link puts the focus here (screen readers
          have the title). Always there, hidden while the cell has no shown mark, so that a
          mark coming or going is a class and a text written, not an element inserted. */}
      <span ref={tip} className={look.tipClass} aria-hidden="true" hidden={!look.tipText}>
        {look.tipText}
      </span>
    </td>
  );
});
