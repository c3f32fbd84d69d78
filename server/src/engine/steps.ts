// "Rephrase as steps": a paragraph or a list that stacks several orders becomes one sequence —
// "Dans un premier temps, … Ensuite, … Enfin, …" — the article's "politique du Pas à Pas" applied to a
// whole plan rather than to one sentence.
import type { Finding, Fix, Lang, OffsetRange, TextEdit } from './types.js';
import { applyEdits } from './edits.js';

const CONNECTORS: Readonly<Record<Lang, { first: string; next: string; last: string; title: string }>> = {
  fr: { first: 'Dans un premier temps, ', next: 'Ensuite, ', last: 'Enfin, ', title: 'Reformuler en étapes' },
  en: { first: 'As a first step, ', next: 'Then, ', last: 'Finally, ', title: 'Rephrase as steps' },
};

/** Findings an order sequence can be built from: orders, one per sentence, each with a plain fix. */
function stepFindings(findings: readonly Finding[], block: OffsetRange): Finding[] {
  const inBlock = findings
    .filter((f) => f.category === 'imposition' && f.block.start === block.start && f.block.end === block.end)
    .sort((a, b) => a.start - b.start);
  const oneEach: Finding[] = [];
  for (const f of inBlock) {
    const prev = oneEach[oneEach.length - 1];
    if (prev && prev.sentence.start === f.sentence.start) continue;
    if (!stepFix(f)) continue;
    oneEach.push(f);
  }
  return oneEach;
}

/** The stance that reads well after a connector: "vous pourriez …" / "you could …". */
function stepFix(f: Finding): Fix | undefined {
  return f.fixes.find((x) => x.stance === 'softer') ?? f.fixes.find((x) => x.stance === 'suggestion');
}

/** The blocks (paragraph or whole list) holding at least two orders. */
export function blocksWithSeveralOrders(findings: readonly Finding[]): OffsetRange[] {
  const seen = new Map<string, OffsetRange>();
  for (const f of findings) seen.set(`${f.block.start}:${f.block.end}`, f.block);
  return [...seen.values()].filter((b) => stepFindings(findings, b).length >= 2);
}

/** Lower-cases the first letter of a sentence, skipping leading markup ("**Vous" → "**vous"). */
function lowerFirstLetter(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i === -1) return s;
  const word = /^\p{L}+/u.exec(s.slice(i))?.[0] ?? '';
  // Acronyms and names keep their capitals ("RGPD", "Paris" after a connector is rare in orders).
  if (word.length > 1 && word === word.toUpperCase()) return s;
  return s.slice(0, i) + (s[i] as string).toLowerCase() + s.slice(i + 1);
}

/**
 * One fix that rewrites every order of the block as a step of a sequence, or undefined when the block
 * holds fewer than two orders.
 */
export function rephraseAsSteps(text: string, findings: readonly Finding[], block: OffsetRange): Fix | undefined {
  const steps = stepFindings(findings, block);
  if (steps.length < 2) return undefined;
  const lang = steps[0]!.lang;
  const c = CONNECTORS[lang];
  const edits: TextEdit[] = [];
  const previews: string[] = [];
  steps.forEach((f, i) => {
    const fix = stepFix(f)!;
    const { start, end } = f.sentence;
    const local = fix.edits.map((e) => ({ start: e.start - start, end: e.end - start, newText: e.newText }));
    const rewritten = applyEdits(text.slice(start, end), local);
    const connector = i === 0 ? c.first : i === steps.length - 1 ? c.last : c.next;
    const newText = connector + lowerFirstLetter(rewritten);
    edits.push({ start, end, newText });
    previews.push(newText);
  });
  return {
    title: `${c.title} (${steps.length})`,
    stance: 'first-step',
    preferred: false,
    edits,
    preview: previews.join(' '),
  };
}

export const STEP_TITLE: Readonly<Record<Lang, string>> = {
  fr: CONNECTORS.fr.title,
  en: CONNECTORS.en.title,
};
