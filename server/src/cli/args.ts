// Command-line arguments → a typed command. Node's util.parseArgs does the tokenising (it knows
// "--format=json" and "--format json"); this module adds the command word and value checks.
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/document-limits.js';
import { formatBytes, parseByteSize } from './document-input.js';
import { CliError } from './errors.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const LANGUAGE_CHOICES = ['auto', 'fr', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

export interface CheckOptions {
  format: OutputFormat;
  language: LanguageChoice | undefined;
  fix: boolean;
  stdin: boolean;
  stdinFilename: string | undefined;
  config: string | undefined;
  maxWarnings: number | undefined;
  quiet: boolean;
  /** Documents over this many bytes (byte-order mark not counted) are skipped, with a message. */
  maxFileSize: number;
  paths: string[];
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'check'; options: CheckOptions };

// A function, not a constant: formatting the size loads ICU's number formats, which costs a check's
// start-up a few dozen milliseconds when only --help needs them.
export const usage = (): string => `Usage: proposal-tone check [options] PATH...
       proposal-tone check --stdin [options] < FILE.md

Flags frontal wording in Markdown proposals (French and English) and offers step-by-step rewrites.

PATH is a file, a folder (its .md and .markdown files, recursively) or a quoted glob ("docs/**/*.md").

Options:
  --format stylish|json|sarif  output format (default: stylish)
  --lang auto|fr|en            language of the documents (default: the configuration's, else auto)
  --fix                        rewrite the files with every preferred fix, then report what remains
  --stdin                      read one document from standard input (with --fix: print the fixed text)
  --stdin-filename FILE        name and location of the standard-input document (for its configuration)
  --config FILE                use this configuration file instead of the nearest .proposal-tone.json
  --max-warnings N             fail only when there are more than N warnings
  --quiet                      report errors only
  --max-file-size SIZE         skip documents larger than SIZE: bytes, or with a unit (500KB, 4MB)
                               (default: ${formatBytes(DEFAULT_MAX_FILE_SIZE)}, as proposalTone.maxFileSize)
  --help                       show this help
  --version                    show the version

Documents over the size limit, binary files and files that are not UTF-8 are skipped with a message.

Exit codes: 0 no warning or error, 1 warnings or errors remain or a document was skipped,
            2 usage, file or configuration error.`;

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    throw new CliError(`${describeParseError(error)} (see proposal-tone --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new CliError('missing command: try "proposal-tone check PATH..." (see proposal-tone --help)');
  if (command !== 'check') throw new CliError(`unknown command "${command}": the command is "check" (see proposal-tone --help)`);

  const format = oneOf('--format', values.format ?? 'stylish', OUTPUT_FORMATS);
  const language = values.lang === undefined ? undefined : oneOf('--lang', values.lang, LANGUAGE_CHOICES);
  const stdin = values.stdin ?? false;
  if (stdin && paths.length > 0) throw new CliError(`--stdin reads one document from standard input: remove the paths (${paths.join(' ')})`);
  if (!stdin && paths.length === 0) throw new CliError('no paths given: "proposal-tone check PATH..." or "--stdin" (see proposal-tone --help)');
  if (values['stdin-filename'] !== undefined && !stdin) throw new CliError('--stdin-filename only makes sense with --stdin');
  return {
    kind: 'check',
    options: {
      format,
      language,
      fix: values.fix ?? false,
      stdin,
      stdinFilename: nonEmpty('--stdin-filename', values['stdin-filename']),
      config: nonEmpty('--config', values.config),
      maxWarnings: values['max-warnings'] === undefined ? undefined : warningLimit(values['max-warnings']),
      quiet: values.quiet ?? false,
      maxFileSize: values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : fileSizeLimit(values['max-file-size']),
      paths,
    },
  };
}

function parseWithNode(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      fix: { type: 'boolean' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      config: { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      'max-file-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function nonEmpty(option: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim().length === 0) throw new CliError(`${option} needs a file name`);
  return value;
}

function warningLimit(value: string): number {
  if (!/^\d+$/.test(value)) throw new CliError(`--max-warnings must be a whole number of warnings, 0 or more (got "${value}")`);
  return Number(value);
}

function fileSizeLimit(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new CliError(`--max-file-size must be a size of at least one byte, such as 500000, 500KB or 4MB (got "${value}")`);
  return bytes;
}

/** Node's messages are long and end with advice about "--"; keep the part that names the problem. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1];
  if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  const firstSentence = message.split(/\.\s/)[0] ?? message;
  return firstSentence.length > 0 ? firstSentence[0]!.toLowerCase() + firstSentence.slice(1) : firstSentence;
}
