// `proposal-tone check`: documents in, a report and an exit code out. Order matters for safety: every
// configuration is validated and every file is read before --fix writes anything.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, BUILTIN_RULES, fixAll, LineIndex, type AnalyseOptions, type Finding } from '../engine/index.js';
import { ConfigLoader, isIgnored, type LoadedConfig } from '../config/load.js';
import { nodeConfigHost } from '../config/node-host.js';
import { formatConfigError } from '../config/types.js';
import type { CheckOptions } from './args.js';
import { CliError, EXIT_CLEAN, EXIT_PROBLEMS } from './errors.js';
import { countSeverities, toJsonReport, type CheckedFile } from './report.js';
import { toSarif, type RuleMetadata } from './sarif.js';
import { choosePalette, formatStylish } from './stylish.js';
import { collectFiles } from './targets.js';

export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  writeStdout(text: string): void;
  readStdin(): Promise<string>;
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

const BYTE_ORDER_MARK = '\uFEFF';

export async function runCheck(options: CheckOptions, io: CliIo, toolVersion: string): Promise<number> {
  const configs = new ConfigResolver(options.config === undefined ? undefined : path.resolve(io.cwd, options.config));
  const documents = options.stdin ? [await stdinDocument(options, io, configs)] : fileDocuments(options, io, configs);
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
    io.writeStdout((documents[0]!.byteOrderMark ? BYTE_ORDER_MARK : '') + checked[0]!.text);
  } else if (options.format === 'json') {
    io.writeStdout(`${JSON.stringify(toJsonReport(checked), null, 2)}\n`);
  } else if (options.format === 'sarif') {
    io.writeStdout(`${JSON.stringify(toSarif(checked, { toolVersion, rules: configs.ruleMetadata() }), null, 2)}\n`);
  } else {
    io.writeStdout(formatStylish(checked, { palette: choosePalette(io.stdoutIsTTY, io.env), fixed: options.fix }));
  }

  const counts = countSeverities(remaining);
  const tooManyWarnings =
    options.maxWarnings !== undefined ? counts.warning > options.maxWarnings : !options.quiet && counts.warning > 0;
  return counts.error > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_CLEAN;
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

async function stdinDocument(options: CheckOptions, io: CliIo, configs: ConfigResolver): Promise<SourceDocument> {
  const location = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
  const { text, byteOrderMark } = splitByteOrderMark(await io.readStdin());
  return {
    displayPath: options.stdinFilename ? displayPath(io.cwd, location) : '<stdin>',
    location,
    writeTo: undefined,
    byteOrderMark,
    text,
    config: configs.forDocument(location),
  };
}

function fileDocuments(options: CheckOptions, io: CliIo, configs: ConfigResolver): SourceDocument[] {
  const files = collectFiles(options.paths, io.cwd, (file) => isIgnored(configs.forDocument(file), file));
  return files.map((file) => {
    const shown = displayPath(io.cwd, file);
    const { text, byteOrderMark } = splitByteOrderMark(readDocument(file, shown));
    return { displayPath: shown, location: file, writeTo: file, byteOrderMark, text, config: configs.forDocument(file) };
  });
}

/** Editors hide a byte-order mark and LSP positions do not count it; neither do we. */
function splitByteOrderMark(raw: string): { text: string; byteOrderMark: boolean } {
  return raw.startsWith(BYTE_ORDER_MARK) ? { text: raw.slice(1), byteOrderMark: true } : { text: raw, byteOrderMark: false };
}

function readDocument(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${shown}: ${describeFileError(error)}`);
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
