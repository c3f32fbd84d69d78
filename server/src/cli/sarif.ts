// SARIF 2.1.0 output, for code-scanning dashboards. Lines and columns are 1-based as SARIF requires;
// columns count UTF-16 code units, which is SARIF's default `columnKind` and is stated explicitly.
import { CATEGORY_TEXT, DEFAULT_SEVERITY, type Category, type Lang, type Severity, type TextEdit } from '../engine/index.js';
import type { CheckedFile, SkippedFile } from './report.js';

/** What the SARIF rule table says about a rule (built-in or a team's own). */
export interface RuleMetadata {
  id: string;
  lang: Lang;
  category: Category;
  message: string;
  note?: string;
  rationale?: string;
  builtin: boolean;
}

export interface SarifContext {
  toolVersion: string;
  rules: readonly RuleMetadata[];
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function regionOf(file: CheckedFile, start: number, end: number): SarifRegion {
  const a = file.lines.positionAt(start);
  const b = file.lines.positionAt(end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/** Relative paths stay relative (resolved against %SRCROOT%, the working folder); characters are URI-escaped. */
function artifactUri(displayPath: string): string {
  return displayPath.split('/').map(encodeURIComponent).join('/');
}

function ruleName(id: string): string {
  return id.slice(id.indexOf('/') + 1).replace(/-/g, ' ');
}

function quoted(lang: Lang, s: string): string {
  return lang === 'fr' ? `« ${s} »` : `“${s}”`;
}

/** One descriptor per id; a rule that exists in both languages is described in English. */
function ruleDescriptors(rules: readonly RuleMetadata[]) {
  const byId = new Map<string, RuleMetadata>();
  for (const rule of rules) {
    const known = byId.get(rule.id);
    if (!known || (known.lang !== 'en' && rule.lang === 'en')) byId.set(rule.id, rule);
  }
  return [...byId.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((rule) => ({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.message.replace('{phrase}', quoted(rule.lang, ruleName(rule.id))) },
      fullDescription: { text: rule.rationale ?? rule.note ?? CATEGORY_TEXT[rule.lang][rule.category].note },
      ...(rule.builtin ? { helpUri: `docs/rules/${rule.id}.md` } : {}),
      defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[rule.category]] },
      properties: { category: rule.category, tags: [rule.category, rule.builtin ? 'built-in' : 'team rule'] },
    }));
}

export function toSarif(files: readonly CheckedFile[], skipped: readonly SkippedFile[], ctx: SarifContext) {
  const descriptors = ruleDescriptors(ctx.rules);
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const results = files.flatMap((file) => {
    const artifactLocation = { uri: artifactUri(file.displayPath), uriBaseId: '%SRCROOT%' };
    return file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { ...regionOf(file, finding.start, finding.end), snippet: { text: file.text.slice(finding.start, finding.end) } },
            contextRegion: { ...regionOf(file, finding.sentence.start, finding.sentence.end), snippet: { text: file.text.slice(finding.sentence.start, finding.sentence.end) } },
          },
        },
      ],
      fixes: finding.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [{ artifactLocation, replacements: fix.edits.map((edit) => replacement(file, edit)) }],
      })),
      properties: { category: finding.category, language: finding.lang },
    }));
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'proposal-tone',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            rules: descriptors,
          },
        },
        // The run completed; a document it could not check is an error-level notification, not a result
        // (it has no rule and no region), so that code-scanning tools show it as a problem of the run.
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: skipped.map(skipNotification) }],
        columnKind: 'utf16CodeUnits',
        artifacts: files.map((file) => ({ location: { uri: artifactUri(file.displayPath), uriBaseId: '%SRCROOT%' }, sourceLanguage: 'markdown' })),
        results,
      },
    ],
  };
}

function skipNotification(file: SkippedFile) {
  return {
    descriptor: { id: `skipped/${file.reason}` },
    level: 'error' as const,
    message: { text: `${file.displayPath}: ${file.message}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(file.displayPath), uriBaseId: '%SRCROOT%' } } }],
    properties: { reason: file.reason, ...(file.bytes !== undefined ? { bytes: file.bytes } : {}) },
  };
}

function replacement(file: CheckedFile, edit: TextEdit) {
  return { deletedRegion: regionOf(file, edit.start, edit.end), insertedContent: { text: edit.newText } };
}
