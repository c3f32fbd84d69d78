// The vocabulary of the project configuration file (.proposal-tone.json): what one file says once
// validated, and how a problem in it is located.
import type { Category, CustomRuleSpec, Lang, SeveritySetting } from '../engine/index.js';

export const CONFIG_FILE_NAME = '.proposal-tone.json';

/** What one configuration file says, validated; absent keys stay absent so that merging can tell. */
export interface ConfigLayer {
  /** Files (relative to this one) or built-in presets this file builds on, applied in order. */
  extends: string[];
  language?: 'auto' | Lang;
  severity: Partial<Record<Category, SeveritySetting>>;
  disabledRules: string[];
  disabledRulesByLanguage: Partial<Record<Lang, string[]>>;
  /** Globs relative to the folder of the file that declares them. */
  ignore: string[];
  checkQuotes?: boolean;
  checkBlockquotes?: boolean;
  rules: CustomRuleSpec[];
}

export function emptyLayer(): ConfigLayer {
  return { extends: [], severity: {}, disabledRules: [], disabledRulesByLanguage: {}, ignore: [], rules: [] };
}

/** A JSON path: property names and array indices from the root. */
export type JsonPath = ReadonlyArray<string | number>;

export interface ConfigError {
  /** The configuration file (absolute path, or a preset's name). */
  file: string;
  path: JsonPath;
  message: string;
  /** UTF-16 offsets of the offending value in the file. */
  start: number;
  end: number;
  /** 0-based position of `start`. */
  line: number;
  character: number;
}

/** `rules[0].patterns[1]`; the root is `(root)`. */
export function formatJsonPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out.length === 0 ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out.length === 0 ? '(root)' : out;
}

/** One line: `file:line:column: path: message` (1-based line and column, as editors print them). */
export function formatConfigError(error: ConfigError, displayFile: string = error.file): string {
  return `${displayFile}:${error.line + 1}:${error.character + 1}: ${formatJsonPath(error.path)}: ${error.message}`;
}
