// Inline directives in HTML comments and the `proposal-tone:` key of the front matter: the author's
// way to say "this one is deliberate" where it happens, with a reason a reviewer can read.
//
//   <!-- proposal-tone-disable [ids or categories] [-- reason] -->       until enable (or the end)
//   <!-- proposal-tone-enable [ids or categories] -->
//   <!-- proposal-tone-disable-next-line [ids or categories] [-- reason] -->
//   <!-- proposal-tone-disable-line [ids or categories] [-- reason] -->  the line the comment is on
//
// Front matter:
//   proposal-tone:
//     lang: fr
//     disable: [absolu, imposition/il-faut]
import type { Finding, Lang } from './types.js';
import type { HtmlComment } from './markdown.js';
import { LineIndex } from './lines.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or categories; empty means every rule. */
  targets: string[];
  reason?: string;
  /** Where the comment stands in the source. */
  start: number;
  end: number;
}

const DIRECTIVE_RE = /^proposal-tone-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

export function parseDirective(comment: HtmlComment): Directive | undefined {
  const m = DIRECTIVE_RE.exec(comment.body);
  if (!m) return undefined;
  const [targetsText, ...reasonParts] = (m[2] ?? '').split(/\s--\s?|^--\s?/);
  const reason = reasonParts.join(' -- ').trim();
  const targets = (targetsText ?? '')
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  return {
    kind: m[1] as DirectiveKind,
    targets,
    ...(reason ? { reason } : {}),
    start: comment.range.start,
    end: comment.range.end,
  };
}

function applies(targets: readonly string[], f: Finding): boolean {
  return targets.length === 0 || targets.includes(f.ruleId) || targets.includes(f.category);
}

/** Removes the findings that a directive turns off. */
export function filterByDirectives(text: string, comments: readonly HtmlComment[], findings: readonly Finding[]): Finding[] {
  const directives = comments.map(parseDirective).filter((d): d is Directive => d !== undefined);
  if (directives.length === 0) return [...findings];
  const lines = new LineIndex(text);
  const lineTexts = text.split(/\r\n|\r|\n/);
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  const lineScoped = directives
    .filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line')
    .map((d) => {
      let line = lines.positionAt(d.kind === 'disable-line' ? d.start : d.end).line;
      if (d.kind === 'disable-next-line') {
        line++;
        while (line < lineTexts.length && (lineTexts[line] ?? '').trim() === '') line++;
      }
      return { line, targets: d.targets };
    });
  return findings.filter((f) => {
    const line = lines.positionAt(f.start).line;
    if (lineScoped.some((d) => d.line === line && applies(d.targets, f))) return false;
    // Replay disable/enable up to the finding: the last directive that concerns it wins.
    let disabled = false;
    for (const d of ranges) {
      if (d.start > f.start) break;
      if (applies(d.targets, f)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}

export interface FrontMatterSettings {
  lang?: Lang;
  disable: string[];
}

/** Reads the `proposal-tone:` key of YAML front matter (a small subset of YAML: scalars and lists). */
export function frontMatterSettings(yaml: string): FrontMatterSettings {
  const settings: FrontMatterSettings = { disable: [] };
  const lines = yaml.split(/\r\n|\r|\n/);
  const head = lines.findIndex((l) => /^proposal-tone\s*:\s*$/.test(l));
  if (head === -1) return settings;
  let currentKey: string | undefined;
  for (const line of lines.slice(head + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) break;
    const item = /^\s+-\s*(.+?)\s*$/.exec(line);
    if (item && currentKey === 'disable') {
      settings.disable.push(unquote(item[1] as string));
      continue;
    }
    const kv = /^\s+([\w-]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    currentKey = kv[1];
    const value = kv[2] ?? '';
    if (currentKey === 'lang' || currentKey === 'language') {
      const code = unquote(value).toLowerCase().slice(0, 2);
      if (code === 'fr' || code === 'en') settings.lang = code;
    } else if (currentKey === 'disable' && value.startsWith('[')) {
      settings.disable.push(
        ...value
          .replace(/^\[|\]$/g, '')
          .split(',')
          .map((s) => unquote(s.trim()))
          .filter((s) => s.length > 0),
      );
    } else if (currentKey === 'disable' && value !== '') {
      settings.disable.push(unquote(value));
    }
  }
  return settings;
}

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}
