import type { CheckSpec } from './check-context';
import { builtInChecks } from './checks';
import type { Severity } from './types';

/** One check: its stable id, severity and a short Chinese title (issues panel, export checklist). */
export interface CheckInfo {
  readonly severity: Severity;
  readonly title: string;
  /** SPEC section. */
  readonly spec: CheckSpec;
}

/** Every built-in check id the engine can raise, derived from the declarations. */
export const checkCatalogue: Readonly<Record<string, CheckInfo>> = Object.fromEntries(
  builtInChecks.map(({ id, severity, title, spec }) => [id, { severity, title, spec }]),
);
