/**
 * Exact decimal arithmetic on canonical decimal strings (`'533.41'`, `'-3'`, `'0.3'`), backed
 * by BigInt so that money never drifts (0.1 + 0.2 is '0.3', not 0.30000000000000004).
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function toScaled(value: string): Scaled {
  const m = DECIMAL.exec(value);
  if (!m) throw new Error(`not a canonical decimal: ${value}`);
  const fraction = m[3] ?? '';
  const units = BigInt(`${m[2]}${fraction}`);
  return { units: m[1] === '-' ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function fromScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return negative && text !== '0' ? `-${text}` : text;
}

export function isCanonicalDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/** Sum of canonical decimals, exact. */
export function addDecimals(values: readonly string[]): string {
  const scaled = values.map(toScaled);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  return fromScaled(
    scaled.reduce((acc, s) => acc + rescale(s, scale), 0n),
    scale,
  );
}

/** `value × 10^power`, exact (power may be negative). Used for 万元 ↔ 元. */
export function shiftDecimal(value: string, power: number): string {
  const s = toScaled(value);
  if (power >= 0) return fromScaled(s.units * 10n ** BigInt(power), s.scale);
  return fromScaled(s.units, s.scale - power);
}

/** Compares two canonical decimals: -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const x = toScaled(a);
  const y = toScaled(b);
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

/** Removes redundant zeros: `'007.50'` → `'7.5'`, `'-0'` → `'0'`. */
export function canonicalDecimal(value: string): string {
  const s = toScaled(value);
  return fromScaled(s.units, s.scale);
}
