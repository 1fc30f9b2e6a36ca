import { z } from 'zod/mini';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { FACT_IDS, SECTION_IDS } from '../../template/types';
import type { RulePack } from '../../template/rule-pack';

/**
 * Validates a rule pack read from JSON (shipped or loaded by the clerk). Written with zod's
 * tree-shakable `zod/mini` API: the start page loads it (stored drafts carry their pack), and the
 * classic API would bring all of zod along (issue 17).
 */

/**
 * The schema is built on first use, not when the module loads: `nianbao check` on drafts never
 * reads a pack, and building zod's ~60 schemas cost ~5–10 ms of CPU at each start (issue 17,
 * sixth pass).
 */
function buildRulePackSchema() {
  const severity = z.enum(['error', 'incomplete', 'warning', 'info']);
  const section = z.enum(SECTION_IDS);
  const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));
  const text = z.string().check(z.minLength(1));
  const base = { id: slug, severity, title: text, message: text };
  const term = z.union([
    z.strictObject({ fact: z.enum(FACT_IDS) }),
    z.strictObject({ cell: text }),
  ]);
  const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

  const rule = z.discriminatedUnion('kind', [
    z.strictObject({
      ...base,
      kind: z.literal('maxLength'),
      section,
      max: z.int().check(z.positive()),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('mustState'),
      section,
      items: nonEmpty(
        z.strictObject({
          name: text,
          phrases: nonEmpty(text),
          number: z.optional(z.boolean()),
        }),
      ),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('cellRelation'),
      left: nonEmpty(term),
      op: z.enum(['=', '<=', '>=']),
      right: nonEmpty(term),
    }),
    z.strictObject({
      ...base,
      kind: z.literal('prompt'),
      section: z.union([section, z.literal('meta')]),
      facts: z.optional(z.array(z.enum(FACT_IDS))),
    }),
  ]);

  return z
    .strictObject({
      id: slug,
      name: text,
      source: z.string(),
      years: z.strictObject({ from: z.int(), to: z.nullable(z.int()) }),
      rules: nonEmpty(rule),
    })
    .check(
      z.refine((p) => new Set(p.rules.map((r) => r.id)).size === p.rules.length, {
        message: '规则编号（id）不能重复',
      }),
    );
}

let built: ReturnType<typeof buildRulePackSchema> | null = null;

/** The schema of a rule pack (built once). */
export function rulePackSchema(): ReturnType<typeof buildRulePackSchema> {
  built ??= buildRulePackSchema();
  return built;
}

/** zod's own messages, in Chinese, for what the clerk's pack gets wrong. */
let chinese: z.core.$ZodErrorMap | null = null;

/** A pack from JSON, or a Chinese message saying what is wrong with it. */
export function parseRulePack(
  json: unknown,
):
  | { readonly ok: true; readonly pack: RulePack }
  | { readonly ok: false; readonly message: string } {
  chinese ??= zhCN().localeError;
  const result = rulePackSchema().safeParse(json, { error: chinese });
  if (result.success) return { ok: true, pack: result.data };
  const first = result.error.issues[0];
  const where = first?.path.join('.') ?? '';
  return {
    ok: false,
    message: `规则包格式不正确${where ? `（${where}）` : ''}：${first?.message ?? ''}`,
  };
}

// Whatever the schema accepts is a RulePack.
const accepted = (p: z.infer<ReturnType<typeof rulePackSchema>>): RulePack => p;
void accepted;
