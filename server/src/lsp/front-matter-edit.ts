// "Disable this rule in this document": adds a rule id to the front matter's `proposal-tone: disable`
// list, creating the front matter, the key or the list as needed. The edit is one insertion (or the
// replacement of a single value by a list) that leaves the rest of the YAML as written, in the
// document's own line breaks. It writes only the shapes the engine reads (docs/directives.md): a flow
// list on one line, a block list, or a single value turned into a flow list; any other shape is left
// alone (no edit rather than a guess).
import type { TextEdit } from '../engine/index.js';
import { lineBreakOf } from './ignore-here.js';

interface Line {
  start: number;
  /** The line without its line break. */
  text: string;
  /** Start of the next line (or the text's length). */
  next: number;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\r|\n/g;
  breaks.lastIndex = from;
  let start = from;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lines.push({ start, text: text.slice(start, m.index), next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: text.slice(start), next: text.length });
  return lines;
}

const YAML_FENCE = /^---[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;
const SETTINGS_KEY = /^proposal-tone\s*:\s*$/;
const SETTINGS_KEY_ANY = /^proposal-tone\s*:/;
const DISABLE_KEY = /^(\s+disable\s*:\s*)(.*?)\s*$/;
const SUB_KEY = /^(\s+)[\w-]+\s*:/;
const LIST_ITEM = /^(\s+)-\s*(.+?)\s*$/;

function unquote(value: string): string {
  return value.replace(/^["']|["']$/g, '');
}

function insertion(at: number, newText: string): TextEdit {
  return { start: at, end: at, newText };
}

/**
 * The edit that turns `ruleId` off for the whole document through its front matter, or undefined when
 * the rule is listed already or the front matter has a shape this edit does not write (TOML, a
 * `proposal-tone` value on the key's line, a multi-line flow list, a block scalar).
 */
export function disableInDocumentEdit(text: string, ruleId: string): TextEdit | undefined {
  const eol = lineBreakOf(text);
  const bodyStart = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = linesOf(text, bodyStart);
  const first = lines[0]!;
  const closing = lines.findIndex((line, i) => i > 0 && (YAML_FENCE.test(first.text) ? YAML_FENCE.test(line.text) : TOML_FENCE.test(first.text) && TOML_FENCE.test(line.text)));
  const settingsBlock = `proposal-tone:${eol}  disable: [${ruleId}]${eol}`;

  if (closing === -1) return insertion(bodyStart, `---${eol}${settingsBlock}---${eol}`);
  // Only YAML front matter carries settings; a TOML one must stay the first thing in the file.
  if (TOML_FENCE.test(first.text)) return undefined;

  const yaml = lines.slice(1, closing);
  const head = yaml.findIndex((line) => SETTINGS_KEY_ANY.test(line.text));
  if (head === -1) return insertion(lines[closing]!.start, settingsBlock);
  if (!SETTINGS_KEY.test(yaml[head]!.text)) return undefined;

  // The key's settings: the indented lines below it (blank and comment lines skipped), as the engine reads them.
  const settings: Line[] = [];
  for (const line of yaml.slice(head + 1)) {
    if (line.text.trim() === '' || line.text.trim().startsWith('#')) continue;
    if (!/^\s/.test(line.text)) break;
    settings.push(line);
  }
  const disableAt = settings.findIndex((line) => DISABLE_KEY.test(line.text));
  if (disableAt === -1) {
    const indent = SUB_KEY.exec(settings[0]?.text ?? '')?.[1] ?? '  ';
    return insertion(yaml[head]!.next, `${indent}disable: [${ruleId}]${eol}`);
  }

  const disableLine = settings[disableAt]!;
  const [, keyAndColon = '', value = ''] = DISABLE_KEY.exec(disableLine.text)!;
  const valueStart = disableLine.start + keyAndColon.length;
  if (value.startsWith('[')) {
    const flow = /^\[(.*)\]$/.exec(value);
    if (!flow) return undefined;
    const items = flow[1]!.split(',').map((item) => unquote(item.trim())).filter((item) => item.length > 0);
    if (items.includes(ruleId)) return undefined;
    const closingBracket = valueStart + value.length - 1;
    if (items.length === 0) return { start: valueStart, end: valueStart + value.length, newText: `[${ruleId}]` };
    return insertion(closingBracket, `, ${ruleId}`);
  }
  if (value === '') {
    const items: Line[] = [];
    for (const line of settings.slice(disableAt + 1)) {
      if (!LIST_ITEM.test(line.text)) break;
      items.push(line);
    }
    const last = items[items.length - 1];
    if (!last) return insertion(disableLine.start + disableLine.text.trimEnd().length, ` [${ruleId}]`);
    if (items.some((line) => unquote(LIST_ITEM.exec(line.text)![2]!) === ruleId)) return undefined;
    // The front matter's closing fence follows, so the last item always ends with a line break.
    return insertion(last.next, `${LIST_ITEM.exec(last.text)![1]!}- ${ruleId}${eol}`);
  }
  // A block scalar, a mapping or a value with a comment: not a shape the engine reads as a list.
  if (/^[|>{&*!]/.test(value) || /\s#/.test(value)) return undefined;
  if (unquote(value) === ruleId) return undefined;
  return { start: valueStart, end: valueStart + value.length, newText: `[${value}, ${ruleId}]` };
}
