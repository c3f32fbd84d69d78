// Rules are compiled once: every pattern of every rule of a language goes into one index keyed by the
// token it can start with.
import type { Lang } from '../types.js';
import { compilePattern, PatternIndex, type SlotRegistry } from '../patterns.js';
import type { RuleDefinition } from './types.js';

export interface CompiledRuleSet {
  rules: readonly RuleDefinition[];
  byLang: Readonly<Record<Lang, PatternIndex<RuleDefinition>>>;
  /** A rule id may exist in both languages (one page documents both). */
  byId: ReadonlyMap<string, readonly RuleDefinition[]>;
}

export function compileRules(rules: readonly RuleDefinition[], slots: Readonly<Record<Lang, SlotRegistry>>): CompiledRuleSet {
  const byLang: Record<Lang, PatternIndex<RuleDefinition>> = { fr: new PatternIndex(), en: new PatternIndex() };
  const byId = new Map<string, RuleDefinition[]>();
  for (const rule of rules) {
    const same = byId.get(rule.id) ?? [];
    if (same.some((r) => r.lang === rule.lang)) throw new Error(`duplicate rule id ${rule.id} (${rule.lang})`);
    if (!rule.id.startsWith(`${rule.category}/`)) throw new Error(`rule id ${rule.id} must start with its category`);
    byId.set(rule.id, [...same, rule]);
    for (const source of rule.patterns) byLang[rule.lang].add(compilePattern(source, slots[rule.lang]), rule);
  }
  return { rules, byLang, byId };
}
