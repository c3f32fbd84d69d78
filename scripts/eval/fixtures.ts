// Reads the labelled evaluation set (tests/fixtures/eval/<lang>.tsv). Shared by `npm run eval` and the
// test that keeps the files well formed, so both agree on what a valid row is.
import type { Category, Lang } from '../../server/src/engine/types.js';
import { CATEGORIES } from '../../server/src/engine/types.js';

export const EVAL_COLUMNS = ['id', 'label', 'category', 'phrase', 'sentence', 'rewrite'] as const;

export type EvalLabel = 'frontal' | 'ok';

export interface EvalRow {
  id: string;
  lang: Lang;
  label: EvalLabel;
  /** Set for frontal rows only. */
  category: Category | undefined;
  /** The words that carry the frontality; empty for ok rows. */
  phrase: string;
  sentence: string;
  /** The exact sentence the preferred fix should produce, when the labeller was confident; else ''. */
  rewrite: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface ParsedEvalFixtures {
  rows: EvalRow[];
  /** One message per malformed line; rows with problems are left out of `rows`. */
  problems: string[];
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/** Parses one fixture file; never throws on bad content, it reports it. */
export function parseEvalFixtures(text: string, lang: Lang): ParsedEvalFixtures {
  const rows: EvalRow[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = lines[0] ?? '';
  if (header !== EVAL_COLUMNS.join('\t')) {
    problems.push(`line 1: header must be "${EVAL_COLUMNS.join('\\t')}", got "${header}"`);
  }
  const seenIds = new Set<string>();
  for (let index = 1; index < lines.length; index++) {
    const lineNumber = index + 1;
    const raw = lines[index] as string;
    const where = `line ${lineNumber}`;
    if (raw.includes('\r')) problems.push(`${where}: carriage return (use LF line endings)`);
    const fields = raw.replace(/\r$/, '').split('\t');
    if (fields.length !== EVAL_COLUMNS.length) {
      problems.push(`${where}: ${fields.length} columns, expected ${EVAL_COLUMNS.length}`);
      continue;
    }
    const [id, label, category, phrase, sentence, rewrite] = fields as [string, string, string, string, string, string];
    const before = problems.length;
    const trimmedFields: Array<[string, string]> = [['id', id], ['phrase', phrase], ['sentence', sentence], ['rewrite', rewrite]];
    for (const [name, value] of trimmedFields) {
      if (value !== value.trim()) problems.push(`${where}: ${name} has leading or trailing spaces`);
    }
    if (!new RegExp(`^${lang}-\\d{3,}$`).test(id)) problems.push(`${where}: id "${id}" must look like ${lang}-001`);
    if (seenIds.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    seenIds.add(id);
    if (sentence === '') problems.push(`${where}: empty sentence`);
    if (label === 'frontal') {
      if (!isCategory(category)) problems.push(`${where}: frontal row needs a category, got "${category}"`);
      if (phrase === '') problems.push(`${where}: frontal row needs the phrase that carries it`);
      else if (!sentence.includes(phrase)) problems.push(`${where}: phrase "${phrase}" is not in the sentence`);
      if (rewrite !== '' && rewrite === sentence) problems.push(`${where}: rewrite equals the sentence`);
    } else if (label === 'ok') {
      if (category !== '' || phrase !== '' || rewrite !== '') {
        problems.push(`${where}: ok rows leave category, phrase and rewrite empty`);
      }
    } else {
      problems.push(`${where}: label must be frontal or ok, got "${label}"`);
    }
    if (problems.length > before) continue;
    rows.push({
      id,
      lang,
      label: label as EvalLabel,
      category: label === 'frontal' ? (category as Category) : undefined,
      phrase,
      sentence,
      rewrite,
      line: lineNumber,
    });
  }
  return { rows, problems };
}
