// Counts a document's Proposal Tone diagnostics per category, for the status bar and the report. The
// category is the first part of the rule id carried in each diagnostic's code (`imposition/vous-devez`).
import * as vscode from 'vscode';
import { CATEGORIES, type Category } from '../../server/src/engine/types.js';

export const DIAGNOSTIC_SOURCE = 'proposal-tone';

export interface FindingsSummary {
  total: number;
  byCategory: Record<Category, number>;
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

function categoryOf(ruleId: string): Category | undefined {
  const prefix = ruleId.split('/')[0];
  return CATEGORIES.find((category) => category === prefix);
}

export function summarise(diagnostics: readonly vscode.Diagnostic[]): FindingsSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  let total = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const ruleId = ruleIdOf(diagnostic);
    // Notices such as "too large to check" have no category: they are not findings.
    const category = ruleId ? categoryOf(ruleId) : undefined;
    if (!category) continue;
    byCategory[category] += 1;
    total += 1;
  }
  return { total, byCategory };
}

export function summaryOf(uri: vscode.Uri): FindingsSummary {
  return summarise(vscode.languages.getDiagnostics(uri));
}
