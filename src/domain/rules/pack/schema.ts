import { z } from 'zod';
import { FACT_IDS, SECTION_IDS } from '../../template/types';
import type { RulePack } from '../../template/rule-pack';

/** Validates a rule pack read from JSON (shipped or loaded by the clerk). */

const severity = z.enum(['error', 'incomplete', 'warning', 'info']);
const section = z.enum(SECTION_IDS);
const base = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  severity,
  title: z.string().min(1),
  message: z.string().min(1),
};
const term = z.union([
  z.object({ fact: z.enum(FACT_IDS) }).strict(),
  z.object({ cell: z.string().min(1) }).strict(),
]);

const rule = z.discriminatedUnion('kind', [
  z
    .object({ ...base, kind: z.literal('maxLength'), section, max: z.number().int().positive() })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('mustState'),
      section,
      items: z
        .array(
          z
            .object({
              name: z.string().min(1),
              phrases: z.array(z.string().min(1)).min(1),
              number: z.boolean().optional(),
            })
            .strict(),
        )
        .min(1),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('cellRelation'),
      left: z.array(term).min(1),
      op: z.enum(['=', '<=', '>=']),
      right: z.array(term).min(1),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('prompt'),
      section: z.union([section, z.literal('meta')]),
      facts: z.array(z.enum(FACT_IDS)).optional(),
    })
    .strict(),
]);

export const rulePackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    source: z.string(),
    years: z.object({ from: z.number().int(), to: z.number().int().nullable() }).strict(),
    rules: z.array(rule).min(1),
  })
  .strict()
  .refine((p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length, {
    message: '规则编号（id）不能重复',
  });

/** A pack from JSON, or a Chinese message saying what is wrong with it. */
export function parseRulePack(
  json: unknown,
):
  | { readonly ok: true; readonly pack: RulePack }
  | { readonly ok: false; readonly message: string } {
  const result = rulePackSchema.safeParse(json);
  if (result.success) return { ok: true, pack: result.data };
  const first = result.error.issues[0];
  const where = first?.path.join('.') ?? '';
  return {
    ok: false,
    message: `规则包格式不正确${where ? `（${where}）` : ''}：${first?.message ?? ''}`,
  };
}

// Whatever the schema accepts is a RulePack.
const accepted = (p: z.infer<typeof rulePackSchema>): RulePack => p;
void accepted;
