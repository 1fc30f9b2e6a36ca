import { memo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { quoteTyped, readCell } from '@/domain/report/read-cell';
import type { CellTemplate } from '@/domain/template/types';
import { cellWrite, useEditorStore, writeCells } from '@/store/editor-store';
import { cellDomId } from '@/store/navigation-store';
import { setAttr, setText } from '@/store/live-text';
import type { Mark } from './cell-marks';
import { useCellViewLive, useCellViewText, type CellView } from './cell-views';

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
 * One input cell: subscribes to its own value and marks only, so a keystroke re-renders little.
 * Whatever is typed is stored (SPEC §7): a value in its canonical form, anything else as typed,
 * which the one reader (`readCell`) reports as invalid. The cell never keeps an older value
 * behind a newer text on screen.
 */
export const InputCell = memo(function InputCell({ cell, colSpan, onKeyDown }: InputCellProps) {
  const td = useRef<HTMLTableCellElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const domId = cellDomId(cell.id);
  const errorId = `${domId}-error`;
  const markId = `${domId}-mark`;
  // React renders the cell when its stored text or unit changes (or its typing state); a change
  // of its mark alone — the cells of a column whose balance a key breaks or mends — is written
  // into the cell's class, title, description and tip (`useCellViewLive`).
  const {
    stored,
    unit: writtenUnit,
    mark,
  } = useCellViewLive(cell.id, inputRenderKey, (next) => {
    // This render's typing error: a change of it is a render (the typing state).
    const look = inputLook(next.mark, error, errorId, markId);
    setAttr(td.current, 'class', look.cellClass);
    setAttr(input.current, 'title', look.title);
    setAttr(input.current, 'aria-describedby', look.describedBy);
    setAttr(tip.current, 'class', look.tipClass);
    setAttr(tip.current, 'hidden', look.tipText ? undefined : '');
    setText(tip.current, look.tipText);
  });
  const [typing, setTyping] = useState<Typing | null>(null);
  // Each visit to the cell is its own undo step, however quickly the clerk comes back.
  const visit = useRef(0);

  const reading = readCell(cell, stored, writtenUnit);
  const live = typing && typing.base === stored ? typing : null;
  const shown = live
    ? live.raw
    : reading.kind === 'value'
      ? `${stored ?? ''}${writtenUnit ?? ''}`
      : (stored ?? '');
  // Said at once while typing; afterwards the cell's mark (the issue) carries the message.
  const error =
    reading.kind === 'invalid' && live ? `${quoteTyped(reading.raw)}${reading.reason}` : undefined;
  // The unit of a money column whose header does not print it, unless the value names its own.
  const suffix =
    cell.type === 'money' && cell.unit && !cell.unitInHeader && !writtenUnit && !live
      ? cell.unit
      : null;

  const commit = (raw: string): void => {
    const write = cellWrite(cell, raw);
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
    setTyping({ raw, base: write.value ?? undefined });
  };

  const look = inputLook(mark, error, errorId, markId);

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
          aria-invalid={reading.kind === 'invalid' ? true : undefined}
          aria-describedby={look.describedBy}
          title={look.title}
          value={shown}
          onChange={(e) => commit(e.target.value)}
          onFocus={(e) => {
            visit.current += 1;
            e.target.select();
          }}
          onBlur={() => setTyping(null)}
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

/** What React renders an input cell for: its stored text and unit (the mark is written). */
function inputRenderKey(view: CellView): string {
  return `${view.stored === undefined ? '\u0001' : `\u0002${view.stored}`}\u0000${view.unit ?? ''}`;
}

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
