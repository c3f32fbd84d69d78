// Finds the configuration that applies to a document (the nearest .proposal-tone.json walking up from its
// folder), follows `extends` (files and presets, cycle-safe), merges, and turns the result into engine
// options. File access goes through an injected host so the language server can serve open buffers and
// tests can use memory; parsed files are cached by modification time.
import * as path from 'node:path';
import { BUILTIN_RULES, CATEGORIES, LANGS, type AnalyseOptions, type CustomRuleSpec, type Lang } from '../engine/index.js';
import { matchesIgnoreEntry } from './glob.js';
import { parseConfig, type ParsedConfig } from './parse.js';
import { isPresetName, looksLikePresetReference, PRESETS } from './presets.js';
import { CONFIG_FILE_NAME, type ConfigError, type ConfigLayer, type JsonPath } from './types.js';

export interface ConfigHost {
  /** Modification time (or any number that changes with the content), undefined when no file is there. */
  mtimeMs(file: string): number | undefined;
  /** The file's text; may throw (the loader reports the error on the file that needed it). */
  readFile(file: string): string;
}

export interface IgnoreGlob {
  /** Folder the pattern is relative to: that of the configuration file that declares it. */
  base: string;
  pattern: string;
}

export interface LoadedConfig {
  /** The configuration file that applies (nearest, or the one given), if any. */
  configFile: string | undefined;
  options: AnalyseOptions;
  ignore: IgnoreGlob[];
  /** Every configuration file read to build this result (watch these). */
  files: string[];
  errors: ConfigError[];
}

interface ResolvedLayer {
  layer: ConfigLayer;
  /** The file's parse, absent for presets. */
  parsed?: ParsedConfig;
  base: string;
}

interface CachedParse {
  mtimeMs: number;
  parsed: ParsedConfig;
}

interface CachedLoad {
  /** Modification time of every file involved (undefined: it was missing), to revalidate the cache. */
  versions: Map<string, number | undefined>;
  config: LoadedConfig;
}

export class ConfigLoader {
  private readonly parses = new Map<string, CachedParse>();
  private readonly loads = new Map<string, CachedLoad>();

  constructor(private readonly host: ConfigHost) {}

  /** The nearest configuration file from `folder` up to the filesystem root. */
  findConfigFile(folder: string): string | undefined {
    let dir = path.resolve(folder);
    for (;;) {
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (this.host.mtimeMs(candidate) !== undefined) return candidate;
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }

  /** The configuration that applies to a document, found by walking up from its folder. */
  loadForDocument(documentPath: string): LoadedConfig {
    const configFile = this.findConfigFile(path.dirname(path.resolve(documentPath)));
    return configFile ? this.loadConfigFile(configFile) : noConfiguration();
  }

  /** One configuration file with everything it extends. */
  loadConfigFile(configFile: string): LoadedConfig {
    const file = path.resolve(configFile);
    const cached = this.loads.get(file);
    if (cached && [...cached.versions].every(([f, v]) => this.host.mtimeMs(f) === v)) return cached.config;
    const versions = new Map<string, number | undefined>();
    const errors: ConfigError[] = [];
    const layers: ResolvedLayer[] = [];
    this.resolve(file, [], undefined, layers, errors, versions);
    const config = mergeLayers(file, layers, errors, [...versions.keys()].filter((f) => versions.get(f) !== undefined));
    this.loads.set(file, { versions, config });
    return config;
  }

  /** Drops every cached parse and merge (e.g. when the host's notion of files changes wholesale). */
  clear(): void {
    this.parses.clear();
    this.loads.clear();
  }

  private parse(file: string, mtimeMs: number): ParsedConfig {
    const cached = this.parses.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached.parsed;
    const parsed = parseConfig(this.host.readFile(file), file);
    this.parses.set(file, { mtimeMs, parsed });
    return parsed;
  }

  /** Appends the layers of `file` (what it extends first, then itself) to `out`. */
  private resolve(
    file: string,
    chain: readonly string[],
    referrer: { parsed: ParsedConfig; path: JsonPath } | undefined,
    out: ResolvedLayer[],
    errors: ConfigError[],
    versions: Map<string, number | undefined>,
  ): void {
    const fail = (message: string): void => {
      errors.push(referrer ? referrer.parsed.errorAt(referrer.path, message) : fileLevelError(file, message));
    };
    if (chain.includes(file)) {
      const cycle = [...chain.slice(chain.indexOf(file)), file].map((f) => path.basename(f)).join(' → ');
      fail(`"extends" makes a cycle: ${cycle}`);
      return;
    }
    const mtimeMs = this.host.mtimeMs(file);
    versions.set(file, mtimeMs);
    if (mtimeMs === undefined) {
      fail(referrer ? `cannot read "${path.relative(path.dirname(referrer.parsed.file), file) || file}": no such file` : 'no such file');
      return;
    }
    let parsed: ParsedConfig;
    try {
      parsed = this.parse(file, mtimeMs);
    } catch (error) {
      fail(`cannot read the file: ${describeReadError(error)}`);
      return;
    }
    errors.push(...parsed.errors);
    parsed.layer.extends.forEach((reference, i) => {
      const where = { parsed, path: parsed.extendsEntryPath(i) };
      if (looksLikePresetReference(reference)) {
        if (isPresetName(reference)) out.push({ layer: PRESETS[reference], base: path.dirname(file) });
        else errors.push(parsed.errorAt(where.path, `unknown preset "${reference}" (built-in presets: ${Object.keys(PRESETS).join(', ')}); to extend a file, write "./${reference}"`));
        return;
      }
      this.resolve(path.resolve(path.dirname(file), reference), [...chain, file], where, out, errors, versions);
    });
    out.push({ layer: parsed.layer, parsed, base: path.dirname(file) });
  }
}

function noConfiguration(): LoadedConfig {
  return { configFile: undefined, options: {}, ignore: [], files: [], errors: [] };
}

function fileLevelError(file: string, message: string): ConfigError {
  return { file, path: [], message, start: 0, end: 0, line: 0, character: 0 };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'no such file';
  return error instanceof Error ? error.message : String(error);
}

/** Later layers override earlier ones; lists add up; a team rule replaces an inherited one with its id. */
function mergeLayers(configFile: string, layers: readonly ResolvedLayer[], errors: ConfigError[], files: string[]): LoadedConfig {
  const options: AnalyseOptions = {};
  const severity: NonNullable<AnalyseOptions['severity']> = {};
  const disabled = new Set<string>();
  const disabledByLanguage: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
  const rules = new Map<string, CustomRuleSpec>();
  const ignore: IgnoreGlob[] = [];
  for (const { layer, base } of layers) {
    if (layer.language !== undefined) options.language = layer.language;
    if (layer.checkQuotes !== undefined) options.checkQuotes = layer.checkQuotes;
    if (layer.checkBlockquotes !== undefined) options.checkBlockquotes = layer.checkBlockquotes;
    Object.assign(severity, layer.severity);
    for (const ref of layer.disabledRules) disabled.add(ref);
    for (const lang of LANGS) for (const ref of layer.disabledRulesByLanguage[lang] ?? []) disabledByLanguage[lang].add(ref);
    for (const rule of layer.rules) rules.set(`${rule.lang}:${rule.id}`, rule);
    for (const pattern of layer.ignore) ignore.push({ base, pattern });
  }
  if (Object.keys(severity).length > 0) options.severity = severity;
  if (disabled.size > 0) options.disabledRules = [...disabled];
  const byLanguage = Object.fromEntries(LANGS.filter((l) => disabledByLanguage[l].size > 0).map((l) => [l, [...disabledByLanguage[l]]]));
  if (Object.keys(byLanguage).length > 0) options.disabledRulesByLanguage = byLanguage;
  if (rules.size > 0) options.customRules = [...rules.values()];
  checkRuleReferences(layers, new Set([...BUILTIN_RULES.map((r) => r.id), ...[...rules.values()].map((r) => r.id)]), errors);
  return { configFile, options, ignore, files, errors };
}

/** A disabled id that no rule has is a typo that would silently disable nothing. */
function checkRuleReferences(layers: readonly ResolvedLayer[], knownIds: ReadonlySet<string>, errors: ConfigError[]): void {
  const known = (ref: string): boolean => ref === '' || (CATEGORIES as readonly string[]).includes(ref) || knownIds.has(ref);
  for (const { layer, parsed } of layers) {
    if (!parsed) continue;
    const report = (where: JsonPath, ref: string): void => {
      if (known(ref) || errors.some((e) => e.file === parsed.file && samePath(e.path, where))) return;
      errors.push(parsed.errorAt(where, `no rule has the id "${ref}"`));
    };
    layer.disabledRules.forEach((ref, i) => report(['disabledRules', i], ref));
    for (const lang of LANGS) (layer.disabledRulesByLanguage[lang] ?? []).forEach((ref, i) => report(['disabledRules', lang, i], ref));
  }
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** True when a configuration's ignore globs exclude the file. */
export function isIgnored(config: Pick<LoadedConfig, 'ignore'>, file: string): boolean {
  const absolute = path.resolve(file);
  return config.ignore.some(({ base, pattern }) => {
    const relative = path.relative(base, absolute);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return false;
    return matchesIgnoreEntry(pattern, relative.split(path.sep).join('/'));
  });
}
