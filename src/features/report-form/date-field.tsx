import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { formatChineseDate, isValidIsoDate, storedDate } from '@/domain/format/date';

// The calendar (react-day-picker) loads on first use, outside the initial JavaScript.
const DateCalendar = lazy(() => import('./date-calendar'));

export interface DateFieldProps {
  readonly id: string;
  /** The stored date: ISO when it could be read, the text as typed otherwise, null when empty. */
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
  readonly describedBy?: string;
  /** What the calendar is for, for its accessible name (`成文日期`). */
  readonly label: string;
}

/** A date as printed: `2026年1月20日`; a text that is not a date stays as typed. */
const shown = (value: string | null): string =>
  value === null ? '' : isValidIsoDate(value) ? formatChineseDate(value) : value;

/**
 * A date typed as a clerk writes it (`2026年1月20日`, `2026-1-20`, `2026.1.20`, `2026/1/20`,
 * `20260120`) or picked from a calendar — never a field whose order follows the browser's locale
 * (SPEC §5). What is typed is kept while the field has the focus; afterwards a date that could be
 * read shows in Chinese, and anything else stays as typed for the checks to report.
 */
export function DateField({ id, value, onChange, describedBy, label }: DateFieldProps) {
  const [typing, setTyping] = useState<{ text: string; base: string | null } | null>(null);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  // The typed text while it still stands for the stored value (an undo or another tab replaces it).
  const text = typing && typing.base === value ? typing.text : shown(value);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent): void => {
      const t = e.target as Node;
      if (!popup.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (iso: string): void => {
    setTyping(null);
    onChange(iso);
    setOpen(false);
    input.current?.focus();
  };

  return (
    <span className="date-field">
      <input
        id={id}
        ref={input}
        className="text-input input-medium"
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder="如 2026年1月20日"
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => {
          const next = storedDate(e.target.value);
          setTyping({ text: e.target.value, base: next });
          if (next !== value) onChange(next);
        }}
        onBlur={() => setTyping(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && e.altKey) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      />
      <button
        ref={button}
        type="button"
        className="button date-field-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`从日历选择${label}`}
        onClick={() => setOpen((o) => !o)}
      >
        日历
      </button>
      {open ? (
        <div
          ref={popup}
          className="date-popup"
          role="dialog"
          aria-label={`选择${label}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <Suspense fallback={<span role="status">正在加载日历…</span>}>
            <DateCalendar
              value={value !== null && isValidIsoDate(value) ? value : null}
              onPick={pick}
            />
          </Suspense>
          <p className="date-popup-hint">方向键选日，PageUp / PageDown 换月，回车确定，Esc 关闭</p>
        </div>
      ) : null}
    </span>
  );
}
