import type { RuleDefinition } from '../types.js';
import { ENGLISH_IMPOSITION_RULES } from './imposition.js';

export const ENGLISH_RULES: readonly RuleDefinition[] = [...ENGLISH_IMPOSITION_RULES];
