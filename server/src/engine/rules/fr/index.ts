// The French rules, one module per category of the tone model (docs/tone-model.md).
import type { RuleDefinition } from '../types.js';
import { FRENCH_IMPOSITION_RULES } from './imposition.js';
import { FRENCH_REJET_RULES } from './rejet.js';
import { FRENCH_REFUS_RULES } from './refus.js';
import { FRENCH_ABSOLU_RULES } from './absolu.js';
import { FRENCH_SACHANT_RULES } from './sachant.js';
import { FRENCH_COMPLAISANCE_RULES } from './complaisance.js';

export const FRENCH_RULES: readonly RuleDefinition[] = [
  ...FRENCH_IMPOSITION_RULES,
  ...FRENCH_REJET_RULES,
  ...FRENCH_REFUS_RULES,
  ...FRENCH_ABSOLU_RULES,
  ...FRENCH_SACHANT_RULES,
  ...FRENCH_COMPLAISANCE_RULES,
];
