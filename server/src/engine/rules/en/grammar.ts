// Grammar the English patterns cannot say on their own: whose choice a judgement is about (the subject
// of "… is flawed"), whether the consultant speaks in the first person, whether a sentence is a
// courtesy. Shared by the English rules; pure functions of a MatchView.
import type { MatchView } from '../types.js';
import type { Token } from '../../sentences.js';
import { isEnglishGerund } from './slots.js';

export const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'me', 'ours', 'myself', 'ourselves']);

/**
 * Nouns that name a choice the client made or a vision they hold: a flat judgement on one of these is
 * a judgement on the client. Technical artefacts ("version", "library") are deliberately absent.
 */
export const CHOICE_NOUNS = new Set([
  'plan', 'plans', 'strategy', 'strategies', 'approach', 'approaches', 'architecture', 'architectures',
  'vision', 'idea', 'ideas', 'choice', 'choices', 'decision', 'decisions', 'method', 'methods',
  'methodology', 'methodologies', 'specification', 'specifications', 'spec', 'specs', 'organisation',
  'organization', 'organisations', 'organizations', 'process', 'processes', 'roadmap', 'roadmaps',
  'solution', 'solutions', 'design', 'designs', 'model', 'models', 'project', 'projects', 'proposal',
  'budget', 'budgets', 'schedule', 'schedules', 'timeline', 'timelines', 'estimate', 'estimates',
  'estimation', 'estimations', 'assumption', 'assumptions', 'requirements', 'brief', 'scope', 'structure',
  'setup', 'set-up', 'policy', 'policies', 'governance', 'thinking', 'analysis',
  'position', 'priorities', 'concept', 'practice', 'practices', 'workflow', 'workflows', 'way', 'ways',
  'option', 'options', 'targets', 'target', 'objectives', 'expectations', 'deadline', 'deadlines', 'rollout',
  'roll-out', 'procedure', 'procedures', 'pricing', 'positioning', 'planning', 'direction', 'tactics',
  'initiative', 'transformation',
]);

/** Heads that name a technical artefact: "outdated" or "obsolete" about them states a fact. */
export const TECHNICAL_NOUNS = new Set([
  'version', 'versions', 'library', 'libraries', 'dependency', 'dependencies', 'package', 'packages',
  'plugin', 'plugins', 'plug-in', 'plug-ins', 'module', 'modules', 'component', 'components', 'driver',
  'drivers', 'firmware', 'certificate', 'certificates', 'runtime', 'release',
  'releases', 'kernel', 'server', 'servers', 'software', 'os', 'jdk', 'sdk', 'api', 'apis', 'protocol',
  'protocols', 'cipher', 'ciphers', 'algorithm', 'algorithms', 'php', 'python', 'java', 'node',
  'node.js', 'jquery', 'hardware', 'machine', 'machines', 'device', 'devices', 'data', 'link', 'links',
  'documentation', 'docs', 'information', 'content', 'price', 'prices', 'list', 'address', 'contact',
  'licence', 'license', 'licences', 'licenses', 'tls', 'ssl', 'image', 'images', 'build', 'builds', 'index',
  'connection', 'connections', 'signal', 'bandwidth', 'latency', 'code', 'javascript', 'js', 'cookies', 'network', 'internet', 'vpn', 'wifi', 'wi-fi', 'browser', 'browsers', 'ie', 'safari', 'chrome', 'firefox', 'edge', 'ios', 'android', 'windows', 'linux',
]);

const PREPOSITIONS = new Set([
  'of', 'for', 'in', 'on', 'with', 'to', 'at', 'from', 'by', 'across', 'into', 'about', 'under', 'over',
  'behind', 'between', 'through', 'within', 'without', 'after', 'before', 'during', 'since', 'like',
]);

/** Words that open an adverbial phrase before the subject: "In our view, …", "Frankly, …". */
const ADVERBIAL_OPENERS = new Set([
  ...PREPOSITIONS, 'as', 'according', 'given', 'unlike', 'despite', 'however', 'therefore', 'frankly',
  'honestly', 'unfortunately', 'sadly', 'also', 'so', 'then', 'now', 'today', 'currently', 'here',
  'moreover', 'furthermore', 'still', 'yet', 'again', 'ultimately', 'overall', 'first', 'second', 'finally',
  'thus', 'hence', 'instead', 'otherwise', 'meanwhile', 'besides', 'nevertheless', 'nonetheless',
  'indeed', 'obviously', 'clearly', 'basically', 'simply', 'put', 'in', 'at', 'quite', 'well', 'yes', 'no',
]);

/** Words that start a new clause: the subject of the judgement is after the last of them. */
const CLAUSE_OPENERS = new Set([
  'because', 'since', 'although', 'though', 'while', 'whereas', 'but', 'and', 'or', 'so',
  'think', 'believe', 'feel', 'fear', 'say', 'said', 'noted', 'found', 'see', 'suspect',
]);

/** Parts that describe a noun already named: "The plan, which we reviewed, …". */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where', 'trust', 'believe']);

const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”', '«', '»']);

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'such']);

const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'our', 'their', 'its', 'his', 'her', 'such',
  'any', 'every', 'each', 'some', 'no', 'all', 'both', 'my',
]);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** The tokens of the clause before the flagged span: from its last clause break to the span. */
export function clauseBefore(view: MatchView): Token[] {
  // The subject precedes the whole match, context included ("Your plan *is* << perfect").
  const before = view.tokens.slice(0, view.match.matchStart);
  let i = before.length - 1;
  for (; i >= 0; i--) {
    const t = before[i] as Token;
    if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) break;
    if (isWord(t) && CLAUSE_OPENERS.has(t.norm)) {
      // "and" joins nouns as often as clauses: "Your plan and budget are…" keeps going.
      if ((t.norm === 'and' || t.norm === 'or') && !startsClause(before, i + 1)) continue;
      break;
    }
    // "We believe that your plan…": a complementizer "that" ends the window; a pronoun or a determiner
    // "that" ("that approach") is the subject.
    if (t.norm === 'that' && i > 0) {
      const prev = before[i - 1] as Token;
      if (isWord(prev) && !DETERMINERS.has(prev.norm) && i < before.length - 1) break;
    }
  }
  return before.slice(i + 1);
}

/** After "and": a pronoun or a determiner opens a new clause ("…, and this will not work"). */
function startsClause(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return isWord(t) && (t.norm === 'this' || t.norm === 'that' || t.norm === 'it' || t.norm === 'we' || t.norm === 'you');
}

/** Comma-separated parts of the clause; the subject is the first that is not an adverbial phrase. */
export function subjectTokens(view: MatchView): Token[] {
  const clause = clauseBefore(view);
  const parts: Token[][] = [[]];
  for (const t of clause) {
    if (t.kind === 'punct' && t.text === ',') parts.push([]);
    else if (t.kind !== 'punct' || t.text === '-') (parts[parts.length - 1] as Token[]).push(t);
  }
  const nonEmpty = parts.filter((p) => p.length > 0);
  // The last part that is not an adverbial or a relative: "Frankly, *your plan*", "*Your project*, as
  // currently scoped,", "Trust me, *this*".
  const candidates = nonEmpty.filter((p) => {
    const first = p[0] as Token;
    if (isEnglishGerund(first)) return true;
    return !ADVERBIAL_OPENERS.has(first.norm) && !RELATIVE_OPENERS.has(first.norm) && !/ly$/.test(first.norm);
  });
  return candidates[candidates.length - 1] ?? nonEmpty[nonEmpty.length - 1] ?? [];
}

/** The noun a subject is about: its last word before a preposition ("your vision *for the platform*"). */
export function headNoun(subject: readonly Token[]): Token | undefined {
  let head: Token | undefined;
  for (let i = 0; i < subject.length; i++) {
    const t = subject[i] as Token;
    if (i > 0 && PREPOSITIONS.has(t.norm)) break;
    if (isWord(t)) head = t;
  }
  return head;
}

export type SubjectKind =
  /** "we", "our plan": the consultant judging its own work is not a judgement on the client. */
  | 'self'
  /** "this", "that": the choice under discussion. */
  | 'demonstrative'
  /** "it", before an extraposed infinitive: "It would be a mistake to keep your ERP". */
  | 'it'
  /** "Building the app without a pilot", "To keep your ERP". */
  | 'action'
  /** "your plan", "the plan you chose". */
  | 'yours'
  /** "the architecture", "this approach": a noun that names a choice. */
  | 'choice'
  | 'other';

export interface SubjectReading {
  kind: SubjectKind;
  tokens: readonly Token[];
  head: Token | undefined;
  /** The head names a technical artefact, or the subject holds a version number. */
  technical: boolean;
  /** The subject names a choice (head in CHOICE_NOUNS), whatever its determiner. */
  namesChoice: boolean;
  /** Opened by a demonstrative determiner ("this approach"). */
  demonstrative: boolean;
}

/** What the subject of a judgement before the flagged span is, as far as words can tell. */
export function readSubject(view: MatchView): SubjectReading {
  const tokens = subjectTokens(view);
  const words = tokens.filter(isWord);
  const head = headNoun(tokens);
  const first = words[0];
  // Inline code or a version number in the subject ("the logic in `_split`", "PHP 5.6") marks a finding
  // about an artefact, not a judgement on a choice.
  const technical = (head !== undefined && TECHNICAL_NOUNS.has(head.norm)) || tokens.some((t) => t.kind === 'opaque' || /\d/.test(t.text));
  const namesChoice = head !== undefined && CHOICE_NOUNS.has(head.norm);
  const demonstrative = first !== undefined && DEMONSTRATIVES.has(first.norm);
  const base = { tokens, head, technical, namesChoice, demonstrative };
  if (!first) return { kind: 'other', ...base };
  if (FIRST_PERSON.has(first.norm) || (words.length <= 3 && words.some((w) => FIRST_PERSON.has(w.norm) && w !== words[words.length - 1]))) {
    return { kind: 'self', ...base };
  }
  if (words.length === 1 && (first.norm === 'this' || first.norm === 'that')) return { kind: 'demonstrative', ...base };
  if (words.length === 1 && first.norm === 'it') return { kind: 'it', ...base };
  if (isEnglishGerund(first) || (first.norm === 'to' && words.length > 1)) return { kind: 'action', ...base };
  if (words.some((w) => w.norm === 'your' || w.norm === 'you' || w.norm === 'yours')) return { kind: 'yours', ...base };
  if (namesChoice) return { kind: 'choice', ...base };
  return { kind: 'other', ...base };
}

/** "to keep your ERP" right after the span, with "you" or "your" later in the sentence. */
export function extraposedAboutClient(view: MatchView): boolean {
  const after = view.after();
  if (after[0]?.norm !== 'to') return false;
  return after.some((t) => CLIENT_WORDS.has(t.norm));
}

const CLIENT_WORDS = new Set(['your', 'you', 'yours', 'yourself', 'yourselves']);

/** The rest of the sentence mentions the client ("your", "you", "yourself"). */
export function mentionsClientAfter(view: MatchView): boolean {
  return view.after().some((t) => CLIENT_WORDS.has(t.norm));
}

const CONDITION_OPENERS = new Set(['if', 'unless', 'whether', 'when', 'whenever', 'once', 'provided', 'should', 'suppose', 'supposing', 'assuming', 'lest']);

/**
 * A condition that opens the clause of a judgement ("If your plan is flawed, …"). The engine's default
 * guard looks for a condition word anywhere before the span, which misreads a subject such as
 * "Migrating everything at once is a mistake"; judgement rules use this check instead.
 */
export function conditionOpensClause(view: MatchView): boolean {
  const clause = clauseBefore(view);
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i] as Token;
    const prev = clause[i - 1];
    const opensPart = i === 0 || (prev !== undefined && prev.kind === 'punct' && prev.text === ',');
    if (opensPart && t.kind === 'word' && CONDITION_OPENERS.has(t.norm)) return true;
    if (t.norm === 'case' && prev?.norm === 'in') return true;
  }
  return false;
}

/** Words of a courtesy from the consultant: "we remain available", "we would be happy to". */
const COURTESY_WORDS = new Set([
  'happy', 'glad', 'pleased', 'delighted', 'available', 'disposal', 'welcome', 'remain', 'thank', 'thanks',
  'grateful', 'informed', 'inform', 'answer', 'questions', 'question', 'help', 'assist', 'support',
  'discuss', 'adapt', 'listen',
]);

/** A sentence where the consultant offers something ("We would of course be happy to…"). */
export function isCourtesy(view: MatchView): boolean {
  const words = view.tokens.filter(isWord);
  const firstPerson = words.some((w) => w.norm === 'we' || w.norm === 'i');
  return firstPerson && words.some((w) => COURTESY_WORDS.has(w.norm));
}

/** The span is the first thing in its clause: sentence start, or right after a comma, colon or "and". */
export function atClauseStart(view: MatchView): boolean {
  if (view.atSentenceStart) return true;
  const prev = view.tokens[view.match.spanStart - 1];
  if (!prev) return true;
  if (prev.kind === 'punct') return prev.text !== '-';
  return ['and', 'but', 'so', 'because', 'since', 'yet'].includes(prev.norm);
}

/** Lower-cases the first letter unless the word is an acronym ("Your team" → "your team", "IT" stays). */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a" or "an" before a word, by its first letter (good enough for the fixed words rewrites use). */
export function article(next: string): string {
  return /^[aeiou]/i.test(next) ? 'an' : 'a';
}

/**
 * A span that starts on a contraction ("That*'s* a mistake") replaces it with separate words: the
 * replacement needs its own space ("That may not be…").
 */
export function detached(m: MatchView, replacement: string): string {
  const first = m.tokens[m.match.spanStart];
  const prev = m.tokens[m.match.spanStart - 1];
  const glued = first !== undefined && prev !== undefined && prev.end === first.start && first.norm.startsWith("'");
  return glued ? ` ${replacement}` : replacement;
}
