// Applies every finding's preferred fix, re-analysing between passes: fixes in one sentence may touch
// the same words (a removed "Bien entendu," and the order after it), so one pass takes only those that
// do not overlap, and the next pass sees the updated text.
import type { AnalyseOptions, TextEdit } from './types.js';
import { analyse } from './analyse.js';
import { applyEdits, editsOverlap } from './edits.js';

export interface FixAllResult {
  text: string;
  /** Number of fixes applied. */
  applied: number;
  passes: number;
}

const MAX_PASSES = 10;

export function fixAll(text: string, options: AnalyseOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const { findings } = analyse(current, options);
    const chosen: TextEdit[][] = [];
    for (const f of findings) {
      const fix = f.fixes[0];
      if (!fix) continue;
      if (chosen.some((edits) => editsOverlap(edits, fix.edits))) continue;
      chosen.push(fix.edits);
    }
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen.flat());
    applied += chosen.length;
    passes++;
  }
  return { text: current, applied, passes };
}
