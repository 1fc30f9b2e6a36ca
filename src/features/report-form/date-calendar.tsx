import { DayPicker } from 'react-day-picker';
import { zhCN } from 'react-day-picker/locale';
import 'react-day-picker/style.css';

const pad = (n: number): string => String(n).padStart(2, '0');
const toIso = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const fromIso = (iso: string): Date => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
};

/**
 * The calendar of the date field (react-day-picker, in Chinese, weeks from Monday): a grid the
 * keyboard walks (arrows, PageUp/PageDown, Home/End), focused when it opens. The month shown
 * first is the chosen date's, else the current one.
 */
export default function DateCalendar({
  value,
  onPick,
}: {
  readonly value: string | null;
  readonly onPick: (iso: string) => void;
}) {
  const selected = value === null ? undefined : fromIso(value);
  const thisYear = new Date().getFullYear();
  return (
    <DayPicker
      mode="single"
      required
      locale={zhCN}
      weekStartsOn={1}
      captionLayout="dropdown"
      startMonth={new Date(2008, 0)}
      endMonth={new Date(thisYear + 2, 11)}
      autoFocus
      selected={selected}
      defaultMonth={selected}
      onSelect={(d) => onPick(toIso(d))}
    />
  );
}
