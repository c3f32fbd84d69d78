import type { RuleDefinition } from '../types.js';
import { FRENCH_IMPOSITION_RULES } from './imposition.js';

export const FRENCH_RULES: readonly RuleDefinition[] = [...FRENCH_IMPOSITION_RULES];
