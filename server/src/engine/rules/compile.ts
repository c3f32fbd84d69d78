// Rules are compiled once: every pattern of every rule of a language goes into one index keyed by the
// token it can start with. A language's index is built the first time a sentence in that language is
// matched, so a French proposal checked from the command line never pays for the English patterns.
import { LANGS, type Lang } from '../types.js';
import { compilePattern, PatternIndex, type SlotRegistry } from '../patterns.js';
import type { RuleDefinition } from './types.js';

export interface CompiledRuleSet {
  rules: readonly RuleDefinition[];
  byLang: Readonly<Record<Lang, PatternIndex<RuleDefinition>>>;
  /** A rule id may exist in both languages (one page documents both). */
  byId: ReadonlyMap<string, readonly RuleDefinition[]>;
}

export function compileRules(rules: readonly RuleDefinition[], slots: Readonly<Record<Lang, SlotRegistry>>): CompiledRuleSet {
  const byId = new Map<string, RuleDefinition[]>();
  for (const rule of rules) {
    const same = byId.get(rule.id) ?? [];
    if (same.some((r) => r.lang === rule.lang)) throw new Error(`duplicate rule id ${rule.id} (${rule.lang})`);
    if (!rule.id.startsWith(`${rule.category}/`)) throw new Error(`rule id ${rule.id} must start with its category`);
    byId.set(rule.id, [...same, rule]);
  }
  const built: Partial<Record<Lang, PatternIndex<RuleDefinition>>> = {};
  const byLang = {} as Record<Lang, PatternIndex<RuleDefinition>>;
  for (const lang of LANGS) {
    Object.defineProperty(byLang, lang, {
      enumerable: true,
      get: () => (built[lang] ??= indexRules(rules, lang, slots[lang])),
    });
  }
  return { rules, byLang: Object.freeze(byLang), byId };
}

function indexRules(rules: readonly RuleDefinition[], lang: Lang, slots: SlotRegistry): PatternIndex<RuleDefinition> {
  const index = new PatternIndex<RuleDefinition>();
  for (const rule of rules) {
    if (rule.lang !== lang) continue;
    for (const source of rule.patterns) index.add(compilePattern(source, slots), rule);
  }
  return index;
}
