// `proposal-tone check`: documents in, a report and an exit code out. Order matters for safety: every
// configuration is validated and every file is read before --fix writes anything. A document that is too
// large, binary or not UTF-8 is skipped: named in the report, never decoded approximately or rewritten.
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, BUILTIN_RULES, fixAll, LineIndex, type AnalyseOptions, type Finding } from '../engine/index.js';
import { ConfigLoader, isIgnored, type LoadedConfig } from '../config/load.js';
import { nodeConfigHost } from '../config/node-host.js';
import { formatConfigError } from '../config/types.js';
import type { CheckOptions } from './args.js';
import { CliError, EXIT_CLEAN, EXIT_PROBLEMS } from './errors.js';
import { decodeDocument, readingBound, skipBySize, type DocumentInput } from './document-input.js';
import { countSeverities, toJsonReport, type CheckedFile, type SkippedFile } from './report.js';
import { toSarif, type RuleMetadata } from './sarif.js';
import { choosePalette, formatStylish } from './stylish.js';
import { collectFiles } from './targets.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  writeStdout(text: string | Uint8Array): void;
  writeStderr(text: string): void;
  /** Standard input's bytes, up to `maxBytes` when given: `complete` is false when there was more. */
  readStdin(maxBytes: number | undefined): Promise<{ bytes: Uint8Array; complete: boolean }>;
}

interface SourceDocument {
  displayPath: string;
  /** Where the document lives (for --stdin, where it is said to live); configuration is found from there. */
  location: string;
  /** Written back by --fix; undefined for standard input. */
  writeTo: string | undefined;
  byteOrderMark: boolean;
  text: string;
  config: LoadedConfig;
}

/** What the inputs gave: documents to check, and those that are not checked. */
interface Inputs {
  documents: SourceDocument[];
  skipped: SkippedFile[];
  /** With --stdin: what was read, echoed unchanged by --stdin --fix when it is skipped. */
  stdinBytes?: Uint8Array;
}

const BYTE_ORDER_MARK = '\uFEFF';

export async function runCheck(options: CheckOptions, io: CliIo, toolVersion: string): Promise<number> {
  const configs = new ConfigResolver(options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  const { documents, skipped, stdinBytes } = options.stdin ? await stdinInputs(options, io, configs) : fileInputs(options, io, configs);
  configs.throwFirstError(io.cwd);

  const checked: CheckedFile[] = [];
  const remaining: Finding[] = [];
  for (const doc of documents) {
    const analyseOptions: AnalyseOptions = { ...doc.config.options, ...(options.language ? { language: options.language } : {}) };
    let text = doc.text;
    let fixesApplied = 0;
    if (options.fix) {
      const fixed = withDocumentName(doc.displayPath, () => fixAll(text, analyseOptions));
      fixesApplied = fixed.applied;
      if (doc.writeTo && fixed.text !== text) writeDocument(doc.writeTo, doc.displayPath, (doc.byteOrderMark ? BYTE_ORDER_MARK : '') + fixed.text);
      text = fixed.text;
    }
    const result = withDocumentName(doc.displayPath, () => analyse(text, analyseOptions));
    remaining.push(...result.findings);
    checked.push({
      displayPath: doc.displayPath,
      text,
      lines: new LineIndex(text),
      language: result.language,
      findings: options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings,
      fixesApplied,
    });
  }

  if (options.stdin && options.fix) {
    // Standard output is the document: a skipped one goes through unchanged, and the reason to stderr.
    const [doc] = documents;
    if (doc) io.writeStdout((doc.byteOrderMark ? BYTE_ORDER_MARK : '') + checked[0]!.text);
    else io.writeStdout(stdinBytes ?? new Uint8Array());
    for (const file of skipped) io.writeStderr(`proposal-tone: ${file.displayPath}: ${file.message}\n`);
  } else if (options.format === 'json') {
    io.writeStdout(`${JSON.stringify(toJsonReport(checked, skipped), null, 2)}\n`);
  } else if (options.format === 'sarif') {
    io.writeStdout(`${JSON.stringify(toSarif(checked, skipped, { toolVersion, rules: configs.ruleMetadata() }), null, 2)}\n`);
  } else {
    io.writeStdout(formatStylish(checked, skipped, { palette: choosePalette(io.stdoutIsTTY, io.env), fixed: options.fix }));
  }

  const counts = countSeverities(remaining);
  const tooManyWarnings =
    options.maxWarnings !== undefined ? counts.warning > options.maxWarnings : !options.quiet && counts.warning > 0;
  // A skipped document was not checked, so the run cannot pass: like an error, neither --max-warnings
  // nor --quiet excuses it.
  return counts.error > 0 || tooManyWarnings || skipped.length > 0 ? EXIT_PROBLEMS : EXIT_CLEAN;
}

/** An engine failure is a bug, but the report should still say which document triggered it. */
function withDocumentName<T>(displayPath: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new CliError(`internal error while checking ${displayPath}: ${error instanceof Error ? error.message : String(error)} (please report it)`);
  }
}

/** The configuration of each document: the --config file, or the nearest one; remembers all it used. */
class ConfigResolver {
  private readonly loader = new ConfigLoader(nodeConfigHost);
  private readonly used = new Map<string, LoadedConfig>();

  constructor(private readonly explicitFile: string | undefined) {
    if (explicitFile !== undefined && nodeConfigHost.mtimeMs(explicitFile) === undefined) {
      throw new CliError(`configuration file not found: ${explicitFile}`);
    }
  }

  forDocument(location: string): LoadedConfig {
    const config = this.explicitFile ? this.loader.loadConfigFile(this.explicitFile) : this.loader.loadForDocument(location);
    if (config.configFile) this.used.set(config.configFile, config);
    return config;
  }

  throwFirstError(cwd: string): void {
    const errors = [...this.used.values()].flatMap((c) => c.errors);
    const first = errors[0];
    if (!first) return;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? 'problem' : 'problems'})` : '';
    throw new CliError(`invalid configuration: ${formatConfigError(first, displayPath(cwd, first.file))}${more}`);
  }

  /** Built-in rules and the team rules of every configuration used, for SARIF's rule table. */
  ruleMetadata(): RuleMetadata[] {
    const builtin: RuleMetadata[] = BUILTIN_RULES.map((r) => ({
      id: r.id,
      lang: r.lang,
      category: r.category,
      message: r.message,
      ...(r.note !== undefined ? { note: r.note } : {}),
      ...(r.rationale !== undefined ? { rationale: r.rationale } : {}),
      builtin: true,
    }));
    const custom: RuleMetadata[] = [...this.used.values()].flatMap((c) =>
      (c.options.customRules ?? []).map((r) => ({
        id: r.id,
        lang: r.lang,
        category: r.category,
        message: r.message,
        ...(r.note !== undefined ? { note: r.note } : {}),
        builtin: false,
      })),
    );
    return [...builtin, ...custom];
  }
}

function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative === '' ? file : relative).split(path.sep).join('/');
}

async function stdinInputs(options: CheckOptions, io: CliIo, configs: ConfigResolver): Promise<Inputs> {
  const location = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
  const shown = options.stdinFilename ? displayPath(io.cwd, location) : '<stdin>';
  // --fix must echo a skipped document whole, so it reads everything; otherwise reading stops past the limit.
  const { bytes, complete } = await io.readStdin(options.fix ? undefined : readingBound(options.maxFileSize));
  const input = decodeDocument(bytes, options.maxFileSize, complete);
  if (input.kind === 'skipped') return { documents: [], skipped: [skippedFile(shown, input)], stdinBytes: bytes };
  return {
    documents: [{ displayPath: shown, location, writeTo: undefined, byteOrderMark: input.byteOrderMark, text: input.text, config: configs.forDocument(location) }],
    skipped: [],
    stdinBytes: bytes,
  };
}

function fileInputs(options: CheckOptions, io: CliIo, configs: ConfigResolver): Inputs {
  const files = collectFiles(options.paths, io.cwd, (file) => isIgnored(configs.forDocument(file), file));
  const inputs: Inputs = { documents: [], skipped: [] };
  for (const file of files) {
    const shown = displayPath(io.cwd, file);
    const input = readDocument(file, shown, options.maxFileSize);
    if (input.kind === 'skipped') {
      inputs.skipped.push(skippedFile(shown, input));
      continue;
    }
    inputs.documents.push({
      displayPath: shown,
      location: file,
      writeTo: file,
      byteOrderMark: input.byteOrderMark,
      text: input.text,
      config: configs.forDocument(file),
    });
  }
  return inputs;
}

function skippedFile(displayPath: string, input: Extract<DocumentInput, { kind: 'skipped' }>): SkippedFile {
  return { displayPath, reason: input.reason, bytes: input.bytes, message: input.message };
}

/**
 * A regular file over the limit is not read at all; anything else (a pipe, a device) is read only up to
 * the limit, so that neither a huge file nor an endless stream can hang the run or exhaust memory.
 */
function readDocument(file: string, shown: string, limit: number): DocumentInput {
  try {
    const stats = statSync(file);
    if (stats.isFile()) return skipBySize(stats.size, limit) ?? decodeDocument(readFileSync(file), limit);
    const { bytes, complete } = readUpTo(file, readingBound(limit));
    return decodeDocument(bytes, limit, complete);
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${describeFileError(error)}`);
  }
}

function readUpTo(file: string, maxBytes: number): { bytes: Uint8Array; complete: boolean } {
  const buffer = Buffer.alloc(maxBytes + 1);
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length), complete: true };
      length += read;
      if (length > maxBytes) return { bytes: buffer.subarray(0, length), complete: false };
    }
  } finally {
    closeSync(fd);
  }
}

function writeDocument(file: string, shown: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write the fixes to ${shown}: ${describeFileError(error)}`);
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
