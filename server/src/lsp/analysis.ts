// What checking one document version under one set of settings gives: nothing (checking is off, or the
// project ignores the document), a notice (too large to analyse, or binary) or the engine's analysis. Diagnostics,
// hovers and code actions all ask here, so a hover right after a publish reuses the analysis instead of
// running the engine again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORIES, IncrementalAnalyzer, analyse } from '../engine/index.js';
import { nulCharacterOffset } from '../engine/document-limits.js';
import type { AnalyseOptions, AnalysisResult, Category, IncrementalStats, Lang, SeveritySetting } from '../engine/index.js';
import { mergeProjectOptions, type ProjectScope } from './project-config.js';
import { analyseOptionsFrom, type ProposalToneSettings } from './settings.js';

export type CheckOutcome =
  | { kind: 'disabled' }
  | { kind: 'too-large'; bytes: number; limit: number; language: Lang }
  /** A NUL near the start: a binary file opened as text, whose "findings" would be noise. */
  | { kind: 'binary'; nulOffset: number; language: Lang }
  /** `options`: what the engine ran with (settings and project configuration merged), for fixes. */
  | { kind: 'analysed'; result: AnalysisResult; options: AnalyseOptions };

/** Where a document's project configuration comes from (see project-config.ts). */
export interface ProjectScopes {
  scopeOf(uri: string): ProjectScope;
}

/** How much of a skipped document is read to tell which language its notice should use. */
const LANGUAGE_SAMPLE_LENGTH = 8_000;

const WITHOUT_PROJECT: ProjectScopes = { scopeOf: () => ({ options: undefined, excluded: false }) };

interface CachedOutcome {
  version: number;
  settings: ProposalToneSettings;
  scope: ProjectScope;
  outcome: CheckOutcome;
}

export class DocumentAnalyser {
  private readonly cache = new Map<string, CachedOutcome>();
  /** Per open document: an edit re-checks the blocks it touched, not the whole proposal. */
  private readonly analysers = new Map<string, IncrementalAnalyzer>();

  constructor(private readonly project: ProjectScopes = WITHOUT_PROJECT) {}

  /** The outcome for the document's current version; cached while version, settings and project are the same. */
  check(document: TextDocument, settings: ProposalToneSettings): CheckOutcome {
    const scope = this.project.scopeOf(document.uri);
    const cached = this.cache.get(document.uri);
    if (
      cached &&
      cached.version === document.version &&
      cached.settings === settings &&
      cached.scope.options === scope.options &&
      cached.scope.excluded === scope.excluded
    ) {
      return cached.outcome;
    }
    const outcome = checkNow(document.getText(), settings, scope, this.analyserFor(document.uri));
    this.cache.set(document.uri, { version: document.version, settings, scope, outcome });
    return outcome;
  }

  /** The engine options for a document: its settings merged with its project configuration. */
  optionsFor(uri: string, settings: ProposalToneSettings): AnalyseOptions {
    return mergeProjectOptions(analyseOptionsFrom(settings), this.project.scopeOf(uri).options);
  }

  /** Number of documents whose outcome is cached (closed documents must not stay here). */
  get cachedDocuments(): number {
    return this.cache.size;
  }

  /** What the last analysis of each document did. */
  get analysisStats(): Record<string, IncrementalStats> {
    return Object.fromEntries([...this.analysers].map(([uri, analyser]) => [uri, analyser.lastStats]));
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.analysers.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.analysers.clear();
  }

  private analyserFor(uri: string): IncrementalAnalyzer {
    let analyser = this.analysers.get(uri);
    if (!analyser) {
      analyser = new IncrementalAnalyzer();
      this.analysers.set(uri, analyser);
    }
    return analyser;
  }
}

function checkNow(text: string, settings: ProposalToneSettings, scope: ProjectScope, analyser: IncrementalAnalyzer): CheckOutcome {
  if (!settings.enable || scope.excluded) return { kind: 'disabled' };
  const options = mergeProjectOptions(analyseOptionsFrom(settings), scope.options);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > settings.maxFileSize) {
    return { kind: 'too-large', bytes, limit: settings.maxFileSize, language: sampleLanguage(text, options) };
  }
  const nulOffset = nulCharacterOffset(text);
  // The notice speaks the language of what precedes the first NUL: what follows is noise.
  if (nulOffset >= 0) return { kind: 'binary', nulOffset, language: sampleLanguage(text.slice(0, text.indexOf('\u0000')), options) };
  return { kind: 'analysed', result: analyser.analyse(text, options), options };
}

/** The language of the document's opening, so that the skip notice reads in the document's language. */
function sampleLanguage(text: string, options: AnalyseOptions): Lang {
  if (options.language !== undefined && options.language !== 'auto') return options.language;
  return analyse(text.slice(0, LANGUAGE_SAMPLE_LENGTH), { ...options, customRules: [], severity: allCategoriesOff() }).language;
}

function allCategoriesOff(): Record<Category, SeveritySetting> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, 'off'])) as Record<Category, SeveritySetting>;
}
