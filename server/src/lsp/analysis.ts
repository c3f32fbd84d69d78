// What checking one document version under one set of settings gives: nothing (checking is off), a
// notice (too large to analyse) or the engine's analysis. Diagnostics, hovers and code actions all ask
// here, so a hover right after a publish reuses the analysis instead of running the engine again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORIES, analyse } from '../engine/index.js';
import type { AnalysisResult, Category, Lang, SeveritySetting } from '../engine/index.js';
import { analyseOptionsFrom, type ProposalToneSettings } from './settings.js';

export type CheckOutcome =
  | { kind: 'disabled' }
  | { kind: 'too-large'; bytes: number; limit: number; language: Lang }
  | { kind: 'analysed'; result: AnalysisResult };

/** How much of a skipped document is read to tell which language its notice should use. */
const LANGUAGE_SAMPLE_LENGTH = 8_000;

interface CachedOutcome {
  version: number;
  settings: ProposalToneSettings;
  outcome: CheckOutcome;
}

export class DocumentAnalyser {
  private readonly cache = new Map<string, CachedOutcome>();

  /** The outcome for the document's current version; cached while version and settings are the same. */
  check(document: TextDocument, settings: ProposalToneSettings): CheckOutcome {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.settings === settings) return cached.outcome;
    const outcome = checkNow(document.getText(), settings);
    this.cache.set(document.uri, { version: document.version, settings, outcome });
    return outcome;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

function checkNow(text: string, settings: ProposalToneSettings): CheckOutcome {
  if (!settings.enable) return { kind: 'disabled' };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > settings.maxFileSize) {
    return { kind: 'too-large', bytes, limit: settings.maxFileSize, language: sampleLanguage(text, settings) };
  }
  return { kind: 'analysed', result: analyse(text, analyseOptionsFrom(settings)) };
}

/** The language of the document's opening, so that the skip notice reads in the document's language. */
function sampleLanguage(text: string, settings: ProposalToneSettings): Lang {
  if (settings.language !== 'auto') return settings.language;
  return analyse(text.slice(0, LANGUAGE_SAMPLE_LENGTH), { ...analyseOptionsFrom(settings), severity: allCategoriesOff() }).language;
}

function allCategoriesOff(): Record<Category, SeveritySetting> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, 'off'])) as Record<Category, SeveritySetting>;
}
