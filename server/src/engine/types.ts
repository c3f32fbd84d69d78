// The engine's public vocabulary. Everything here is plain data so that the server, the CLI and the
// tests can pass it around, serialise it into LSP `data` or JSON, and compare it in tables.

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

export type Category = 'imposition' | 'rejet' | 'refus' | 'absolu' | 'sachant' | 'complaisance';
export const CATEGORIES: readonly Category[] = [
  'imposition',
  'rejet',
  'refus',
  'absolu',
  'sachant',
  'complaisance',
];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The stance a rewrite takes; the first fix of a finding is the preferred one. */
export type Stance = 'suggestion' | 'first-step' | 'question' | 'softer' | 'remove';

/** Half-open range of UTF-16 code-unit offsets into the analysed source text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Replace source[start, end) with newText. Offsets are UTF-16, into the original text. */
export interface TextEdit extends OffsetRange {
  newText: string;
}

export interface Fix {
  /** Short title shown in the quick-fix menu, in the finding's language. */
  title: string;
  stance: Stance;
  preferred: boolean;
  /** Non-overlapping edits, sorted by offset, all inside the finding's sentence. */
  edits: TextEdit[];
  /** The sentence as plain prose once the fix is applied (for hovers, reports and the CLI). */
  preview: string;
}

export interface Finding {
  /** Stable id `category/name`, e.g. `imposition/vous-devez`. */
  ruleId: string;
  category: Category;
  lang: Lang;
  severity: Severity;
  /** The flagged phrase in the source. */
  start: number;
  end: number;
  /** The sentence that holds the phrase, in the source. */
  sentence: OffsetRange;
  /** The paragraph, heading or table cell that holds it; for a list item, the whole list. */
  block: OffsetRange;
  /** The flagged words as they read in prose (markup removed). */
  phrase: string;
  /** One line, in the finding's language. */
  message: string;
  /** Why this reads as frontal: the posture it takes, in the finding's language. */
  note: string;
  fixes: Fix[];
}

/** A user-written phrase rule (project configuration); same pattern language as the built-in rules. */
export interface CustomRuleSpec {
  id: string;
  lang: Lang;
  category: Category;
  patterns: string[];
  message: string;
  note?: string;
  /** Replacement texts for the matched phrase, preferred first. */
  alternatives?: string[];
  examples?: { flagged?: string[]; notFlagged?: string[] };
}

export interface AnalyseOptions {
  /** Force a language, or detect it per paragraph ('auto', the default). */
  language?: 'auto' | Lang;
  /** Language used when detection is undecided (defaults to the document's majority, then 'fr'). */
  fallbackLanguage?: Lang;
  /** Severity per category; 'off' disables the category. */
  severity?: Partial<Record<Category, SeveritySetting>>;
  /** Rule ids or categories that are off everywhere. */
  disabledRules?: readonly string[];
  /** Rule ids or categories that are off in one language only. */
  disabledRulesByLanguage?: Partial<Record<Lang, readonly string[]>>;
  /** Check quoted speech (« … », “ … ”, "…"). Off by default. */
  checkQuotes?: boolean;
  /** Check blockquotes. Off by default. */
  checkBlockquotes?: boolean;
  /** The team's own phrase rules. */
  customRules?: readonly CustomRuleSpec[];
}

export interface AnalysisResult {
  /** The document's main language. */
  language: Lang;
  findings: Finding[];
  /** Words of prose analysed, for rates such as findings per 1,000 words. */
  wordCount: number;
}

export const DEFAULT_SEVERITY: Readonly<Record<Category, Severity>> = {
  imposition: 'warning',
  rejet: 'warning',
  refus: 'warning',
  absolu: 'information',
  sachant: 'warning',
  complaisance: 'information',
};
