import { clauses, compactText, sentences } from '../../format/text';
import type { CellId, FormatTemplate } from '../../template/types';
import { defineCheck, type CheckDeclaration, type Finding } from '../check-context';
import { sumCells } from '../support';
import type { PackRule, PackTerm, RulePack } from '../../template/rule-pack';

/** A number next to a phrase: Arabic or Chinese numerals (`1234条`, `十二篇`). */
const NUMBER = /[0-9０-９]+|[零一二三四五六七八九十百千万两]+[条篇件个次期场]/;

/** Whether the pack's rules apply to a report of `year` (its checks run only then). */
export const packApplies = (pack: RulePack, year: number | null): boolean =>
  year !== null && year >= pack.years.from && (pack.years.to === null || year <= pack.years.to);

function termCells(template: FormatTemplate, term: PackTerm): readonly CellId[] | null {
  if ('cell' in term)
    return template.tables.some((t) => t.cells.some((c) => c.id === term.cell))
      ? [term.cell]
      : null;
  const cells = template.facts[term.fact]?.cells;
  return cells && cells.length > 0 ? cells : null;
}

function run(rule: PackRule, ctx: Parameters<CheckDeclaration['run']>[0]): Finding[] {
  const { report, template } = ctx;
  switch (rule.kind) {
    case 'maxLength': {
      const text = compactText(report.narrative[rule.section] ?? '').replace(/\s/g, '');
      if (text.length <= rule.max) return [];
      return [
        {
          fields: [`narrative.${rule.section}`],
          section: rule.section,
          message: `${rule.message}（现约 ${text.length} 字）`,
        },
      ];
    }
    case 'mustState': {
      const text = compactText(report.narrative[rule.section] ?? '');
      if (text.trim() === '') return [];
      // A clause (between ，；。) holding the phrase, and a number in that clause when asked.
      const all = sentences(text).flatMap(clauses);
      const missing = rule.items.filter(
        (item) =>
          !all.some(
            (s) => item.phrases.some((p) => s.includes(p)) && (!item.number || NUMBER.test(s)),
          ),
      );
      if (missing.length === 0) return [];
      return [
        {
          fields: [`narrative.${rule.section}`],
          section: rule.section,
          message: `${rule.message}：未写明${missing.map((m) => m.name).join('、')}`,
        },
      ];
    }
    case 'cellRelation': {
      const left = rule.left.map((t) => termCells(template, t));
      const right = rule.right.map((t) => termCells(template, t));
      if ([...left, ...right].some((c) => c === null)) return [];
      const l = sumCells(
        ctx,
        left.flatMap((c) => c ?? []),
      );
      const r = sumCells(
        ctx,
        right.flatMap((c) => c ?? []),
      );
      if (!l.complete || !r.complete) return [];
      const holds =
        rule.op === '='
          ? l.value === r.value
          : rule.op === '<='
            ? l.value <= r.value
            : l.value >= r.value;
      if (holds) return [];
      const cells = [...left, ...right].flatMap((c) => c ?? []);
      const section = template.tables.find((t) => t.cells.some((c) => c.id === cells[0]))?.section;
      return [
        {
          cells,
          section: section ?? 'applications',
          message: `${rule.message}（${l.value} 与 ${r.value}）`,
        },
      ];
    }
    case 'prompt': {
      const cells = (rule.facts ?? []).flatMap((f) => template.facts[f]?.cells ?? []);
      return [{ cells, section: rule.section, message: rule.message }];
    }
  }
}

const compiled = new WeakMap<RulePack, readonly CheckDeclaration[]>();

/** The checks of a rule pack (once per pack object); none when the report year is outside its years. */
export function rulePackChecks(pack: RulePack): readonly CheckDeclaration[] {
  const hit = compiled.get(pack);
  if (hit) return hit;
  const checks = pack.rules.map((rule) =>
    defineCheck({
      id: `pack:${pack.id}:${rule.id}`,
      severity: rule.severity,
      spec: '10',
      title: rule.title,
      run: (ctx) => (packApplies(pack, ctx.report.meta.year) ? run(rule, ctx) : []),
    }),
  );
  compiled.set(pack, checks);
  return checks;
}
