// Parses and validates the text of one .proposal-tone.json. Pure: no file system; every problem comes
// back with its JSON path and its offsets in the text, so the CLI can print one precise line and an
// editor can underline the exact value.
//
// The file is JSON with comments and trailing commas allowed (as tsconfig.json); the schema tells VS Code
// the same (allowComments / allowTrailingCommas).
// jsonc-parser's "main" is a UMD build whose inner require() calls esbuild cannot follow; its ESM build
// bundles cleanly.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import {
  analyse,
  BUILTIN_RULES,
  CATEGORIES,
  LANGS,
  LineIndex,
  type Category,
  type CustomRuleSpec,
  type Lang,
  type SeveritySetting,
} from '../engine/index.js';
import { compilePattern, PatternError } from '../engine/patterns.js';
import { SLOTS } from '../engine/rules/registry.js';
import { emptyLayer, type ConfigError, type ConfigLayer, type JsonPath } from './types.js';

export interface ParsedConfig {
  file: string;
  layer: ConfigLayer;
  errors: ConfigError[];
  /** Offsets of the value at `path`, or of its closest existing ancestor. */
  locate(path: JsonPath): { start: number; end: number };
  /** An error located at `path` in this file. */
  errorAt(path: JsonPath, message: string): ConfigError;
  /** Where the i-th `extends` entry is: `extends` itself when it is a single string. */
  extendsEntryPath(index: number): JsonPath;
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
export const CONFIG_KEYS = [
  '$schema',
  'extends',
  'language',
  'severity',
  'disabledRules',
  'ignore',
  'checkQuotes',
  'checkBlockquotes',
  'rules',
] as const;
export const RULE_KEYS = ['id', 'lang', 'category', 'patterns', 'message', 'note', 'alternatives', 'examples'] as const;
const RULE_ID = /^([a-z]+)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseConfig(text: string, file: string): ParsedConfig {
  // A byte-order mark is not JSON; blank it rather than strip it so offsets stay those of the file.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  const v = new Validator(source, file, root);
  if (syntaxErrors.length > 0 || !root) {
    for (const e of syntaxErrors) v.report([], e.offset, e.offset + Math.max(e.length, 1), describeSyntaxError(e));
    if (syntaxErrors.length === 0) v.report([], 0, source.length, 'the file is empty: expected a JSON object');
  } else {
    v.validateRoot(root);
  }
  return v.result();
}

function describeSyntaxError(e: ParseError): string {
  // "PropertyNameExpected" → "property name expected"
  const words = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `invalid JSON: ${words}`;
}

class Validator {
  readonly errors: ConfigError[] = [];
  readonly layer: ConfigLayer = emptyLayer();
  private readonly lines: LineIndex;

  constructor(
    text: string,
    private readonly file: string,
    private readonly root: Node | undefined,
  ) {
    this.lines = new LineIndex(text);
  }

  result(): ParsedConfig {
    return {
      file: this.file,
      layer: this.layer,
      // In file order, so that the first error reported is the first one a reader meets.
      errors: [...this.errors].sort((a, b) => a.start - b.start),
      locate: (path) => this.locate(path),
      errorAt: (path, message) => this.makeError(path, message),
      extendsEntryPath: (index) => (childAt(this.root, 'extends')?.type === 'array' ? ['extends', index] : ['extends']),
    };
  }

  report(path: JsonPath, start: number, end: number, message: string): void {
    this.errors.push(this.errorWithRange(path, start, end, message));
  }

  private errorWithRange(path: JsonPath, start: number, end: number, message: string): ConfigError {
    const { line, character } = this.lines.positionAt(start);
    return { file: this.file, path: [...path], message, start, end, line, character };
  }

  private makeError(path: JsonPath, message: string): ConfigError {
    const { start, end } = this.locate(path);
    return this.errorWithRange(path, start, end, message);
  }

  private fail(path: JsonPath, node: Node, message: string): void {
    this.report(path, node.offset, node.offset + node.length, message);
  }

  private locate(path: JsonPath): { start: number; end: number } {
    let node = this.root;
    for (const part of path) {
      const next = node ? childAt(node, part) : undefined;
      if (!next) break;
      node = next;
    }
    return node ? { start: node.offset, end: node.offset + node.length } : { start: 0, end: 0 };
  }

  validateRoot(root: Node): void {
    if (root.type !== 'object') {
      this.fail([], root, `expected an object, found ${describeType(root)}`);
      return;
    }
    for (const [key, value] of this.properties([], root, CONFIG_KEYS)) {
      const path = [key];
      switch (key as (typeof CONFIG_KEYS)[number]) {
        case '$schema':
          this.expectString(path, value);
          break;
        case 'extends':
          this.validateExtends(path, value);
          break;
        case 'language':
          if (this.expectOneOf(path, value, ['auto', ...LANGS])) this.layer.language = value.value as 'auto' | Lang;
          break;
        case 'severity':
          this.validateSeverity(path, value);
          break;
        case 'disabledRules':
          this.validateDisabledRules(path, value);
          break;
        case 'ignore':
          this.layer.ignore = this.stringArray(path, value);
          break;
        case 'checkQuotes':
          if (this.expectBoolean(path, value)) this.layer.checkQuotes = value.value as boolean;
          break;
        case 'checkBlockquotes':
          if (this.expectBoolean(path, value)) this.layer.checkBlockquotes = value.value as boolean;
          break;
        case 'rules':
          this.validateRules(path, value);
          break;
      }
    }
  }

  /** Properties of an object node, reporting unknown and duplicate keys. */
  private properties(path: JsonPath, node: Node, known: readonly string[]): Array<[string, Node]> {
    const out: Array<[string, Node]> = [];
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = keyNode.value as string;
      if (seen.has(key)) {
        this.fail([...path, key], keyNode, `duplicate key "${key}"`);
        continue;
      }
      seen.add(key);
      if (!known.includes(key)) {
        const hint = closest(key, known);
        this.fail(
          [...path, key],
          keyNode,
          `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of: ${known.join(', ')}`,
        );
        continue;
      }
      out.push([key, valueNode]);
    }
    return out;
  }

  private expectType(path: JsonPath, node: Node, type: Node['type'], what: string): boolean {
    if (node.type === type) return true;
    this.fail(path, node, `expected ${what}, found ${describeType(node)}`);
    return false;
  }

  private expectString(path: JsonPath, node: Node): boolean {
    if (!this.expectType(path, node, 'string', 'a string')) return false;
    if ((node.value as string).trim().length > 0) return true;
    this.fail(path, node, 'expected a non-empty string');
    return false;
  }

  private expectBoolean(path: JsonPath, node: Node): boolean {
    return this.expectType(path, node, 'boolean', 'true or false');
  }

  private expectOneOf(path: JsonPath, node: Node, allowed: readonly string[]): boolean {
    if (node.type === 'string' && allowed.includes(node.value as string)) return true;
    const found = node.type === 'string' ? `"${node.value as string}"` : describeType(node);
    this.fail(path, node, `expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, found ${found}`);
    return false;
  }

  private stringArray(path: JsonPath, node: Node): string[] {
    if (!this.expectType(path, node, 'array', 'an array of strings')) return [];
    const out: string[] = [];
    (node.children ?? []).forEach((item, i) => {
      if (this.expectString([...path, i], item)) out.push(item.value as string);
    });
    return out;
  }

  private validateExtends(path: JsonPath, node: Node): void {
    if (node.type === 'string') {
      if (this.expectString(path, node)) this.layer.extends = [node.value as string];
      return;
    }
    if (node.type === 'array') {
      this.layer.extends = this.stringArray(path, node);
      return;
    }
    this.fail(path, node, `expected a file path, a preset name or an array of them, found ${describeType(node)}`);
  }

  private validateSeverity(path: JsonPath, node: Node): void {
    if (!this.expectType(path, node, 'object', 'an object mapping categories to severities')) return;
    for (const [category, value] of this.properties(path, node, CATEGORIES)) {
      if (this.expectOneOf([...path, category], value, SEVERITY_SETTINGS)) {
        this.layer.severity[category as Category] = value.value as SeveritySetting;
      }
    }
  }

  private validateDisabledRules(path: JsonPath, node: Node): void {
    if (node.type === 'array') {
      this.layer.disabledRules = this.ruleReferences(path, node);
      return;
    }
    if (node.type === 'object') {
      for (const [lang, value] of this.properties(path, node, LANGS)) {
        this.layer.disabledRulesByLanguage[lang as Lang] = this.ruleReferences([...path, lang], value);
      }
      return;
    }
    this.fail(path, node, `expected an array of rule ids or categories, or an object {"fr": [...], "en": [...]}, found ${describeType(node)}`);
  }

  /**
   * Rule ids or categories; whether an id exists is checked once the configuration is merged (a rule
   * may come from an extended file). Entries keep their index so later errors point at the right one.
   */
  private ruleReferences(path: JsonPath, node: Node): string[] {
    if (!this.expectType(path, node, 'array', 'an array of rule ids or categories')) return [];
    return (node.children ?? []).map((item, i) => {
      if (!this.expectString([...path, i], item)) return '';
      const ref = item.value as string;
      if (!(CATEGORIES as readonly string[]).includes(ref) && !RULE_ID.test(ref)) {
        this.fail([...path, i], item, `"${ref}" is neither a category (${CATEGORIES.join(', ')}) nor a rule id such as "imposition/vous-devez"`);
      }
      return ref;
    });
  }

  private validateRules(path: JsonPath, node: Node): void {
    if (!this.expectType(path, node, 'array', 'an array of phrase rules')) return;
    const declared = new Map<string, number>();
    (node.children ?? []).forEach((ruleNode, i) => {
      const rulePath = [...path, i];
      const before = this.errors.length;
      const spec = this.validateRule(rulePath, ruleNode);
      if (!spec) return;
      const key = `${spec.lang}:${spec.id}`;
      const earlier = declared.get(key);
      if (earlier !== undefined) {
        this.fail([...rulePath, 'id'], childAt(ruleNode, 'id') as Node, `duplicate rule id "${spec.id}" for language "${spec.lang}" (also rules[${earlier}])`);
        return;
      }
      declared.set(key, i);
      if (BUILTIN_RULES.some((r) => r.id === spec.id && r.lang === spec.lang)) {
        this.fail([...rulePath, 'id'], childAt(ruleNode, 'id') as Node, `"${spec.id}" is a built-in rule; choose another name`);
        return;
      }
      if (this.errors.length === before) this.checkExamples(rulePath, ruleNode, spec);
      if (this.errors.length === before) this.layer.rules.push(spec);
    });
  }

  private validateRule(path: JsonPath, node: Node): CustomRuleSpec | undefined {
    if (!this.expectType(path, node, 'object', 'a phrase rule object')) return undefined;
    const before = this.errors.length;
    const fields = new Map(this.properties(path, node, RULE_KEYS));
    for (const required of ['id', 'lang', 'category', 'patterns', 'message'] as const) {
      if (!fields.has(required)) this.fail(path, node, `missing required key "${required}"`);
    }
    const at = (key: string): JsonPath => [...path, key];
    const lang = fields.get('lang');
    const category = fields.get('category');
    const id = fields.get('id');
    const message = fields.get('message');
    const note = fields.get('note');
    const langOk = lang !== undefined && this.expectOneOf(at('lang'), lang, LANGS);
    const categoryOk = category !== undefined && this.expectOneOf(at('category'), category, CATEGORIES);
    if (id !== undefined && this.expectString(at('id'), id)) {
      const match = RULE_ID.exec(id.value as string);
      if (!match) {
        this.fail(at('id'), id, `rule id "${id.value as string}" must look like "category/name" (lower case, digits and "-")`);
      } else if (categoryOk && match[1] !== category.value) {
        this.fail(at('id'), id, `rule id "${id.value as string}" must start with its category "${category.value as string}/"`);
      }
    }
    if (message !== undefined) this.expectString(at('message'), message);
    if (note !== undefined) this.expectString(at('note'), note);
    const patternsNode = fields.get('patterns');
    const patterns = patternsNode ? this.stringArray(at('patterns'), patternsNode) : [];
    if (patternsNode?.type === 'array' && (patternsNode.children ?? []).length === 0) {
      this.fail(at('patterns'), patternsNode, 'expected at least one pattern');
    }
    if (langOk) {
      patterns.forEach((pattern, j) => {
        try {
          compilePattern(pattern, SLOTS[lang.value as Lang]);
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          this.fail([...at('patterns'), j], (patternsNode?.children ?? [])[j] as Node, error.message);
        }
      });
    }
    const alternativesNode = fields.get('alternatives');
    const alternatives = alternativesNode ? this.stringArray(at('alternatives'), alternativesNode) : undefined;
    const examples = this.validateExamples(at('examples'), fields.get('examples'));
    if (this.errors.length > before) return undefined;
    return {
      id: id!.value as string,
      lang: lang!.value as Lang,
      category: category!.value as Category,
      patterns,
      message: message!.value as string,
      ...(note ? { note: note.value as string } : {}),
      ...(alternatives ? { alternatives } : {}),
      ...(examples ? { examples } : {}),
    };
  }

  private validateExamples(path: JsonPath, node: Node | undefined): CustomRuleSpec['examples'] {
    if (!node) return undefined;
    if (!this.expectType(path, node, 'object', 'an object {"flagged": [...], "notFlagged": [...]}')) return undefined;
    const examples: NonNullable<CustomRuleSpec['examples']> = {};
    for (const [key, value] of this.properties(path, node, ['flagged', 'notFlagged'])) {
      examples[key as 'flagged' | 'notFlagged'] = this.stringArray([...path, key], value);
    }
    return examples;
  }

  /** A team's rule proves itself: its flagged examples are flagged (and fixable), the others are not. */
  private checkExamples(path: JsonPath, node: Node, spec: CustomRuleSpec): void {
    const examplesNode = childAt(node, 'examples');
    const run = (text: string) =>
      analyse(text, { language: spec.lang, customRules: [spec] }).findings.filter((f) => f.ruleId === spec.id);
    (spec.examples?.flagged ?? []).forEach((text, i) => {
      const where = [...path, 'examples', 'flagged', i];
      const itemNode = childAt(examplesNode, 'flagged', i) as Node;
      const found = run(text);
      if (found.length === 0) {
        this.fail(where, itemNode, `this example is not flagged by the rule's patterns`);
      } else if ((spec.alternatives ?? []).length > 0 && found.every((f) => f.fixes.length === 0)) {
        this.fail(
          [...path, 'alternatives'],
          childAt(node, 'alternatives') as Node,
          `no alternative gives a sentence that is no longer flagged (checked on "${text}")`,
        );
      }
    });
    (spec.examples?.notFlagged ?? []).forEach((text, i) => {
      const found = run(text);
      if (found.length > 0) {
        this.fail(
          [...path, 'examples', 'notFlagged', i],
          childAt(examplesNode, 'notFlagged', i) as Node,
          `this example should not be flagged, but the rule flags "${found[0]!.phrase}"`,
        );
      }
    });
  }
}

function childAt(node: Node | undefined, ...path: Array<string | number>): Node | undefined {
  let current = node;
  for (const part of path) {
    if (!current) return undefined;
    if (typeof part === 'number') {
      current = current.type === 'array' ? current.children?.[part] : undefined;
    } else if (current.type === 'object') {
      const property = current.children?.find((p) => p.children?.[0]?.value === part);
      current = property?.children?.[1];
    } else {
      return undefined;
    }
  }
  return current;
}

function describeType(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return `a string`;
    case 'number':
      return `the number ${String(node.value)}`;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    default:
      return node.type;
  }
}

/** The known key closest to a misspelt one, when it is close enough to be a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
