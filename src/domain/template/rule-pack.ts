import type { CellId, FactId, SectionId } from './types';

/** As the checks' severities (`src/domain/rules/types.ts`). */
type Severity = 'error' | 'incomplete' | 'warning' | 'info';

/**
 * A rule pack (SPEC §10): a province's or city's yearly requirements as data — shipped under
 * `templates/rule-packs/` or loaded by the clerk from a JSON file, kept with the draft. Each
 * rule becomes a check `pack:<pack id>:<rule id>` with its own severity and message.
 */
export interface RulePack {
  readonly id: string;
  /** Chinese name shown to the clerk (`武威市2025年度年报编制要求`). */
  readonly name: string;
  /** The notice it comes from (`武政办发〔2025〕54号`). */
  readonly source: string;
  /** Report years it applies to (`to: null`: open-ended). */
  readonly years: { readonly from: number; readonly to: number | null };
  readonly rules: readonly PackRule[];
}

interface RuleBase {
  readonly id: string;
  readonly severity: Severity;
  /** Short Chinese title (issues panel, export checklist). */
  readonly title: string;
  /** Chinese message shown when the rule is not met. */
  readonly message: string;
}

/** A section's text is at most `max` characters (spaces and line breaks not counted). */
export interface MaxLengthRule extends RuleBase {
  readonly kind: 'maxLength';
  readonly section: SectionId;
  readonly max: number;
}

/**
 * A section must state each item: a clause holding one of the item's phrases — with a number
 * next to it when `number` is set (`通过政府网站发布信息1234条`).
 */
export interface MustStateRule extends RuleBase {
  readonly kind: 'mustState';
  readonly section: SectionId;
  readonly items: readonly {
    /** Chinese name of the item, listed in the message when missing. */
    readonly name: string;
    readonly phrases: readonly string[];
    readonly number?: boolean;
  }[];
}

/** A term of a cell relation: a fact the format declares, or a cell. */
export type PackTerm = { readonly fact: FactId } | { readonly cell: CellId };

/** sum(left) op sum(right), checked when every term is filled. */
export interface CellRelationRule extends RuleBase {
  readonly kind: 'cellRelation';
  readonly left: readonly PackTerm[];
  readonly op: '=' | '<=' | '>=';
  readonly right: readonly PackTerm[];
}

/** A reminder shown while the report is written (info by default), pointing at a step. */
export interface PromptRule extends RuleBase {
  readonly kind: 'prompt';
  readonly section: SectionId | 'meta';
  /** Facts whose cells the prompt points at. */
  readonly facts?: readonly FactId[];
}

export type PackRule = MaxLengthRule | MustStateRule | CellRelationRule | PromptRule;
