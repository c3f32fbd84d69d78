// The built-in rules of both languages, and the rule set extended with a team's own phrases.
import type { CustomRuleSpec, Lang } from '../types.js';
import type { SlotRegistry } from '../patterns.js';
import { compileRules, type CompiledRuleSet } from './compile.js';
import type { RuleDefinition, RewriteSpec } from './types.js';
import { FRENCH_SLOTS } from './fr/slots.js';
import { ENGLISH_SLOTS } from './en/slots.js';
import { FRENCH_RULES } from './fr/index.js';
import { ENGLISH_RULES } from './en/index.js';

export const SLOTS: Readonly<Record<Lang, SlotRegistry>> = { fr: FRENCH_SLOTS, en: ENGLISH_SLOTS };

export const BUILTIN_RULES: readonly RuleDefinition[] = [...FRENCH_RULES, ...ENGLISH_RULES];

let builtin: CompiledRuleSet | undefined;

export function builtinRuleSet(): CompiledRuleSet {
  builtin ??= compileRules(BUILTIN_RULES, SLOTS);
  return builtin;
}

/** Turns a team's phrase into a rule: its alternatives replace the matched phrase, preferred first. */
export function customRuleDefinition(spec: CustomRuleSpec): RuleDefinition {
  const rewrites: RewriteSpec[] = (spec.alternatives ?? []).map((template, i) => ({
    stance: i === 0 ? 'suggestion' : 'softer',
    template: () => template,
  }));
  return {
    id: spec.id,
    lang: spec.lang,
    category: spec.category,
    patterns: spec.patterns,
    message: spec.message,
    ...(spec.note !== undefined ? { note: spec.note } : {}),
    rewrites,
    examples: {
      flagged: (spec.examples?.flagged ?? []).map((text) => ({ text })),
      notFlagged: spec.examples?.notFlagged ?? [],
    },
  };
}

const customCache = new Map<string, CompiledRuleSet>();

export function ruleSetWithCustomRules(specs: readonly CustomRuleSpec[]): CompiledRuleSet {
  const key = JSON.stringify(specs);
  let set = customCache.get(key);
  if (!set) {
    set = compileRules([...BUILTIN_RULES, ...specs.map(customRuleDefinition)], SLOTS);
    if (customCache.size > 16) customCache.clear();
    customCache.set(key, set);
  }
  return set;
}
