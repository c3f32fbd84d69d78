// The tone report of a document: how much frontal wording it holds, where (per category, per section
// under its heading), how dense (per 1,000 words of prose) and how it weighs against the suggestions
// the author already makes ("nous vous suggérons", "you could"…). Pure: the text and its analysis in,
// plain data out; the editor renders it.
import { CATEGORIES, type AnalysisResult, type Category, type Lang, type Severity } from './types.js';
import { scanOutline, type OutlineParagraph } from './report-outline.js';

export interface CategoryCounts {
  byCategory: Record<Category, number>;
  total: number;
}

export interface SectionReport extends CategoryCounts {
  /** The heading's text; undefined for what comes before the first heading. */
  title?: string;
  /** Heading level, 0 for what comes before the first heading. */
  depth: number;
  /** From the heading's line to the next heading's (offsets into the text). */
  start: number;
  end: number;
  /** Suggestion phrasings in the section's prose. */
  suggestions: number;
  /** Orders (findings of the `imposition` category) in the section. */
  orders: number;
}

export interface ReportFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  lang: Lang;
  message: string;
  phrase: string;
  start: number;
  end: number;
  /** Index into `sections`. */
  section: number;
}

export interface ToneReport extends CategoryCounts {
  language: Lang;
  wordCount: number;
  /** Findings per 1,000 words of prose (0 for a document without prose). */
  perThousandWords: number;
  /** Suggestion phrasings against orders, in the whole document. */
  balance: { suggestions: number; orders: number };
  sections: SectionReport[];
  /** Every finding, in document order. */
  findings: ReportFinding[];
}

/**
 * Phrasings that offer rather than impose, in the stances the quick fixes write. A phrase glued to a
 * condition ("if you could send…", "si vous pourriez…") is not an offer.
 */
const SUGGESTION_PATTERNS: readonly RegExp[] = [
  /nous\s+(?:vous\s+)?(?:suggérons|suggerons|recommandons|proposons|conseillons)/,
  /je\s+(?:vous\s+)?(?:suggère|suggere|recommande|propose|conseille)/,
  /(?<!\bsi\s)vous\s+pourriez/,
  /pourquoi\s+ne\s+pas/,
  /il\s+(?:serait|pourrait\s+être)\s+(?:utile|judicieux|intéressant|pertinent|possible)/,
  /we\s+(?:would\s+)?(?:suggest|recommend|propose|advise)/,
  /I\s+(?:would\s+)?(?:suggest|recommend|propose)/,
  /(?<!\bif\s)you\s+(?:could|might)/,
  /you\s+may\s+want\s+to/,
  /why\s+not/,
  /it\s+(?:might|could|may)\s+be\s+worth/,
].map((pattern) => new RegExp(`(?<![\\p{L}\\p{N}'’])${pattern.source}(?![\\p{L}\\p{N}])`, 'giu'));

/** How many suggestion phrasings a piece of prose holds. */
export function countSuggestions(prose: string): number {
  let count = 0;
  for (const pattern of SUGGESTION_PATTERNS) count += [...prose.matchAll(pattern)].length;
  return count;
}

function emptyCounts(): Record<Category, number> {
  return Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
}

/** Index of the section holding `offset`: the last one that starts at or before it. */
function sectionAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function hasWords(paragraph: OutlineParagraph): boolean {
  return /[\p{L}\p{N}]/u.test(paragraph.text);
}

export function toneReport(text: string, analysis: Pick<AnalysisResult, 'language' | 'findings' | 'wordCount'>): ToneReport {
  const outline = scanOutline(text);
  const findings = [...analysis.findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const firstHeading = outline.headings[0]?.start ?? text.length;
  const somethingBeforeHeadings =
    outline.headings.length === 0 ||
    outline.paragraphs.some((p) => p.start < firstHeading && hasWords(p)) ||
    findings.some((f) => f.start < firstHeading);

  const sections: SectionReport[] = [];
  const newSection = (title: string | undefined, depth: number, start: number): SectionReport => ({
    ...(title !== undefined ? { title } : {}),
    depth,
    start,
    end: text.length,
    byCategory: emptyCounts(),
    total: 0,
    suggestions: 0,
    orders: 0,
  });
  if (somethingBeforeHeadings) sections.push(newSection(undefined, 0, 0));
  for (const heading of outline.headings) {
    const previous = sections[sections.length - 1];
    if (previous) previous.end = heading.start;
    sections.push(newSection(heading.title, heading.depth, heading.start));
  }
  // A document whose only content is its headings still gets one section per heading; the first one
  // then starts at 0 so that every offset has a section.
  if (!somethingBeforeHeadings && sections[0]) sections[0].start = 0;
  const starts = sections.map((section) => section.start);

  const byCategory = emptyCounts();
  const reported: ReportFinding[] = findings.map((finding) => {
    const section = sectionAt(starts, finding.start);
    const counts = sections[section]!;
    counts.byCategory[finding.category] += 1;
    counts.total += 1;
    if (finding.category === 'imposition') counts.orders += 1;
    byCategory[finding.category] += 1;
    return {
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      lang: finding.lang,
      message: finding.message,
      phrase: finding.phrase,
      start: finding.start,
      end: finding.end,
      section,
    };
  });

  let suggestions = 0;
  for (const paragraph of outline.paragraphs) {
    if (paragraph.quoted) continue;
    const found = countSuggestions(paragraph.text);
    if (found === 0) continue;
    suggestions += found;
    sections[sectionAt(starts, paragraph.start)]!.suggestions += found;
  }

  const total = reported.length;
  return {
    language: analysis.language,
    wordCount: analysis.wordCount,
    total,
    byCategory,
    perThousandWords: analysis.wordCount > 0 ? (total * 1000) / analysis.wordCount : 0,
    balance: { suggestions, orders: byCategory.imposition },
    sections,
    findings: reported,
  };
}
