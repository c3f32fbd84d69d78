// The engine's public surface. Pure: text and options in, findings and fixes out.
export * from './types.js';
export { analyse, analyseDocument, severityOf } from './analyse.js';
export { IncrementalAnalyzer, type IncrementalStats } from './incremental.js';
export { applyEdits } from './edits.js';
export { LineIndex, type Position } from './lines.js';
export { fixAll, type FixAllResult } from './fix-all.js';
export { BUILTIN_RULES, builtinRuleSet } from './rules/registry.js';
export { CATEGORY_TEXT, STANCE_LABEL } from './rules/categories.js';
export type { RuleDefinition, RuleExample, RewriteSpec } from './rules/types.js';
export { rephraseAsSteps, blocksWithSeveralOrders, STEP_TITLE } from './steps.js';
export { parseDirective, type Directive } from './directives.js';
export { compilePattern, PatternError } from './patterns.js';
export { SLOTS } from './rules/registry.js';
