import { parseRulePack } from '../../src/domain/rules/pack/schema';
import type { RulePack } from '../../src/domain/template/rule-pack';
import wuwei2025 from './wuwei-2025.json';

/**
 * Rule packs shipped with the app (SPEC §10). Adding one means adding its JSON here; each is
 * validated like a pack the clerk loads from a file.
 */
function shipped(json: unknown): RulePack {
  const parsed = parseRulePack(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.pack;
}

export const rulePacks: readonly RulePack[] = [shipped(wuwei2025)];
