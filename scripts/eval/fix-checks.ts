// Checks on the fixes the engine offers, independent of where the text comes from (a fixture sentence,
// an example proposal, a corpus document).
import { analyse, applyEdits } from '../../server/src/engine/index.js';
import type { AnalyseOptions, Finding, Fix, Lang, OffsetRange, TextEdit } from '../../server/src/engine/types.js';
import { missingContentWords } from './content-words.js';

export function preferredFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.preferred) ?? finding.fixes[0];
}

function lengthChange(edits: readonly TextEdit[]): number {
  return edits.reduce((sum, e) => sum + e.newText.length - (e.end - e.start), 0);
}

/** Where each edit's new text lands in the edited text. */
function replacedRanges(edits: readonly TextEdit[]): OffsetRange[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const ranges: OffsetRange[] = [];
  let shift = 0;
  for (const e of sorted) {
    const start = e.start + shift;
    ranges.push({ start, end: start + e.newText.length });
    shift += e.newText.length - (e.end - e.start);
  }
  return ranges;
}

function touches(finding: Finding, range: OffsetRange): boolean {
  // A pure deletion leaves an empty range: a finding that reaches the seam counts as touching it.
  if (range.start === range.end) return finding.start <= range.start && finding.end >= range.start;
  return finding.start < range.end && finding.end > range.start;
}

function findingsIn(findings: readonly Finding[], range: OffsetRange): Finding[] {
  return findings.filter((f) => f.start >= range.start && f.start < range.end);
}

export interface RelintOutcome {
  clean: boolean;
  /** The rewritten sentence. */
  sentence: string;
  /** Findings that remain on the rewritten words, or new ones in the sentence. */
  remaining: Array<Pick<Finding, 'ruleId' | 'phrase'>>;
}

/**
 * A fix re-lints clean when, once applied and the whole text analysed again, no finding touches the
 * words it wrote and its sentence holds fewer findings than before (so it neither kept the flagged
 * phrase nor traded it for another frontal wording elsewhere in the sentence).
 */
export function relint(text: string, finding: Finding, fix: Fix, before: readonly Finding[], options: AnalyseOptions): RelintOutcome {
  const edited = applyEdits(text, fix.edits);
  const sentenceAfter = { start: finding.sentence.start, end: finding.sentence.end + lengthChange(fix.edits) };
  const after = analyse(edited, options).findings;
  const onRewrite = after.filter((f) => replacedRanges(fix.edits).some((r) => touches(f, r)));
  const inSentenceBefore = findingsIn(before, finding.sentence);
  const inSentenceAfter = findingsIn(after, sentenceAfter);
  const clean = onRewrite.length === 0 && inSentenceAfter.length < inSentenceBefore.length;
  const remaining = [...new Set([...onRewrite, ...inSentenceAfter])].map((f) => ({ ruleId: f.ruleId, phrase: f.phrase }));
  return { clean, sentence: edited.slice(sentenceAfter.start, sentenceAfter.end), remaining };
}

/** Content words outside the flagged phrase that the fix loses (see content-words.ts for the measure). */
export function contentWordsLost(text: string, finding: Finding, fix: Fix, lang: Lang): { sentence: string; missing: string[] } {
  const outsidePhrase = `${text.slice(finding.sentence.start, finding.start)} ${text.slice(finding.end, finding.sentence.end)}`;
  const edited = applyEdits(text, fix.edits);
  const sentence = edited.slice(finding.sentence.start, finding.sentence.end + lengthChange(fix.edits));
  return { sentence, missing: missingContentWords(outsidePhrase, sentence, lang) };
}

function overlaps(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => (x.start < y.end && y.start < x.end) || x.start === y.start));
}

/**
 * Applies the preferred fix of every finding in one pass, as a user clicking each quick fix in turn on
 * the original text would; a fix that overlaps one already taken is left out.
 */
export function applyPreferredFixes(text: string, findings: readonly Finding[]): string {
  const taken: TextEdit[][] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (!fix || taken.some((edits) => overlaps(edits, fix.edits))) continue;
    taken.push(fix.edits);
  }
  return applyEdits(text, taken.flat());
}

/** Tallies of fix quality over a pool of texts. */
export interface FixQuality {
  findings: number;
  findingsWithoutFix: number;
  preferredApplied: number;
  preferredRelintClean: number;
  fixesChecked: number;
  fixesKeepingContentWords: number;
  notClean: Array<{ source: string; ruleId: string; phrase: string; rewritten: string; remaining: string[] }>;
  lostWords: Array<{ source: string; ruleId: string; stance: string; rewritten: string; missing: string[] }>;
  errors: string[];
}

export function emptyFixQuality(): FixQuality {
  return {
    findings: 0,
    findingsWithoutFix: 0,
    preferredApplied: 0,
    preferredRelintClean: 0,
    fixesChecked: 0,
    fixesKeepingContentWords: 0,
    notClean: [],
    lostWords: [],
    errors: [],
  };
}

/** Runs both checks on every finding of one analysed text and adds them to `quality`. */
export function checkFixes(
  source: string,
  text: string,
  findings: readonly Finding[],
  options: AnalyseOptions,
  quality: FixQuality,
): void {
  for (const finding of findings) {
    quality.findings++;
    const preferred = preferredFix(finding);
    if (!preferred) {
      quality.findingsWithoutFix++;
      continue;
    }
    try {
      quality.preferredApplied++;
      const outcome = relint(text, finding, preferred, findings, options);
      if (outcome.clean) quality.preferredRelintClean++;
      else {
        quality.notClean.push({
          source,
          ruleId: finding.ruleId,
          phrase: finding.phrase,
          rewritten: outcome.sentence,
          remaining: outcome.remaining.map((r) => `${r.ruleId} "${r.phrase}"`),
        });
      }
      for (const fix of finding.fixes) {
        quality.fixesChecked++;
        const { sentence, missing } = contentWordsLost(text, finding, fix, finding.lang);
        if (missing.length === 0) quality.fixesKeepingContentWords++;
        else quality.lostWords.push({ source, ruleId: finding.ruleId, stance: fix.stance, rewritten: sentence, missing });
      }
    } catch (error) {
      quality.errors.push(`${source}: ${finding.ruleId}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
