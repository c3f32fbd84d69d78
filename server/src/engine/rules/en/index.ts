import type { RuleDefinition } from '../types.js';
import { ENGLISH_IMPOSITION_RULES } from './imposition.js';
import { ENGLISH_REJET_RULES } from './rejet.js';
import { ENGLISH_REFUS_RULES } from './refus.js';
import { ENGLISH_ABSOLU_RULES } from './absolu.js';
import { ENGLISH_SACHANT_RULES } from './sachant.js';
import { ENGLISH_COMPLAISANCE_RULES } from './complaisance.js';

export const ENGLISH_RULES: readonly RuleDefinition[] = [
  ...ENGLISH_IMPOSITION_RULES,
  ...ENGLISH_REJET_RULES,
  ...ENGLISH_REFUS_RULES,
  ...ENGLISH_ABSOLU_RULES,
  ...ENGLISH_SACHANT_RULES,
  ...ENGLISH_COMPLAISANCE_RULES,
];
