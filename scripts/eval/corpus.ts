// The shared development corpus (real documents by others, outside the repository). It is read at run
// time only and may be absent, in which case the evaluation says so and carries on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../server/src/engine/types.js';

export interface CorpusDocument {
  name: string;
  text: string;
}

export function corpusDocuments(docsDir: string): CorpusDocument[] | undefined {
  if (!existsSync(docsDir)) return undefined;
  return readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(docsDir, name), 'utf8') }));
}

export interface LabelledSentence {
  id: string;
  lang: Lang;
  source: string;
  sentence: string;
  label: 'frontal' | 'ok';
  /** For frontal sentences, as the readers gave it. */
  category: string | undefined;
  trigger: string | undefined;
}

export interface LabelledCorpus {
  sentences: LabelledSentence[];
  /** Sentences the two readers disagreed on, left out of the scores. */
  skippedEither: number;
  problems: string[];
}

/** Rows of a plain tab-separated file (no quoting) keyed by their header, header line excluded. */
function readTsv(path: string): Array<Record<string, string>> {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t').map((c) => c.trim());
  return lines.map((line) => {
    const fields = line.replace(/\r$/, '').split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
  });
}

function dashIsEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' || value === '-' ? undefined : value;
}

export function labelledSentences(sentencesPath: string, labelsPath: string): LabelledCorpus | undefined {
  if (!existsSync(sentencesPath) || !existsSync(labelsPath)) return undefined;
  const labels = new Map(readTsv(labelsPath).map((row) => [row['id'] ?? '', row]));
  const sentences: LabelledSentence[] = [];
  const problems: string[] = [];
  let skippedEither = 0;
  for (const row of readTsv(sentencesPath)) {
    const id = row['id'] ?? '';
    const label = labels.get(id);
    const lang = row['lang'];
    if (!label) {
      problems.push(`sentence ${id} has no label`);
      continue;
    }
    if (lang !== 'fr' && lang !== 'en') {
      problems.push(`sentence ${id}: unknown language "${lang ?? ''}"`);
      continue;
    }
    const verdict = label['label'];
    if (verdict === 'either') {
      skippedEither++;
      continue;
    }
    if (verdict !== 'frontal' && verdict !== 'ok') {
      problems.push(`sentence ${id}: unknown label "${verdict ?? ''}"`);
      continue;
    }
    sentences.push({
      id,
      lang,
      source: row['source_file'] ?? '',
      sentence: row['sentence'] ?? '',
      label: verdict,
      category: dashIsEmpty(label['category']),
      trigger: dashIsEmpty(label['trigger']),
    });
  }
  return { sentences, skippedEither, problems };
}
