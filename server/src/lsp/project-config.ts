// The project configuration (.proposal-tone.json) as the language server sees it: read with the CLI's
// loader through a host that serves the editor's open buffers of configuration files (so an unsaved edit
// takes effect at once) and the disk otherwise; merged with the user's settings; validated, with its
// errors published on the configuration file itself; never read in an untrusted workspace.
//
// An invalid file never stops checking: documents keep the last configuration that file had while it was
// valid (or none, if it never was one), and the file shows where it is wrong.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import type { ClientCapabilities, Connection, Diagnostic, FileSystemWatcher, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigLoader, isIgnored, type ConfigHost, type LoadedConfig } from '../config/load.js';
import { nodeConfigHost } from '../config/node-host.js';
import { CONFIG_FILE_NAME, formatJsonPath, type ConfigError } from '../config/types.js';
import { LANGS, type AnalyseOptions, type Lang } from '../engine/index.js';
import { DIAGNOSTIC_SOURCE } from './convert.js';
import { describeError } from './guard.js';

/** Sent by the client when the user trusts the workspace (VS Code's onDidGrantWorkspaceTrust). */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'proposalTone/workspaceTrusted';
/** The code of diagnostics published on a configuration file. */
export const CONFIG_ERROR_CODE = 'configuration';
/** Changes to configuration files arrive as bursts (typing, a save that touches several files). */
const REFRESH_DELAY_MS = 50;

/** What the client says in `initializationOptions`. */
export interface ProposalToneInitializationOptions {
  /** VS Code's `workspace.isTrusted`; clients that do not say are trusted (they have no such notion). */
  workspaceTrusted?: boolean;
}

export function workspaceTrustedFrom(initializationOptions: unknown): boolean {
  if (typeof initializationOptions !== 'object' || initializationOptions === null) return true;
  const trusted = (initializationOptions as ProposalToneInitializationOptions).workspaceTrusted;
  return typeof trusted === 'boolean' ? trusted : true;
}

/** What the project says about one document. */
export interface ProjectScope {
  /** The project configuration's engine options (a stable object while the configuration is unchanged). */
  options: AnalyseOptions | undefined;
  /** Not to be checked: ignored by the project's `ignore`, or a configuration file rather than a proposal. */
  excluded: boolean;
}

const NO_PROJECT: ProjectScope = Object.freeze({ options: undefined, excluded: false });
const NOT_A_PROPOSAL: ProjectScope = Object.freeze({ options: undefined, excluded: true });

/**
 * Engine options from the user's settings and the project file. The project file is the team's house
 * style: every key it sets wins over the user's settings; the user's settings fill in what it leaves
 * unset. Disabled rules add up (a user may silence a rule for themselves, not turn on one the team
 * turned off).
 */
export function mergeProjectOptions(fromSettings: AnalyseOptions, project: AnalyseOptions | undefined): AnalyseOptions {
  if (!project) return fromSettings;
  const merged: AnalyseOptions = { ...fromSettings };
  if (project.language !== undefined) merged.language = project.language;
  if (project.fallbackLanguage !== undefined) merged.fallbackLanguage = project.fallbackLanguage;
  if (project.checkQuotes !== undefined) merged.checkQuotes = project.checkQuotes;
  if (project.checkBlockquotes !== undefined) merged.checkBlockquotes = project.checkBlockquotes;
  if (project.severity) merged.severity = { ...fromSettings.severity, ...project.severity };
  const disabled = new Set([...(fromSettings.disabledRules ?? []), ...(project.disabledRules ?? [])]);
  if (disabled.size > 0) merged.disabledRules = [...disabled];
  const byLanguage: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const refs = new Set([...(fromSettings.disabledRulesByLanguage?.[lang] ?? []), ...(project.disabledRulesByLanguage?.[lang] ?? [])]);
    byLanguage[lang] = [...refs];
  }
  merged.disabledRulesByLanguage = byLanguage;
  if (project.customRules) merged.customRules = [...(fromSettings.customRules ?? []), ...project.customRules];
  return merged;
}

export function isConfigFileUri(uri: string): boolean {
  const file = filePathOf(uri);
  return file !== undefined && path.basename(file) === CONFIG_FILE_NAME;
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Configuration files as the editor shows them: an open buffer wins over the disk. A buffer's "mtime" is
 * a negative stamp that changes with every edit, so the loader's cache never mixes buffer and disk.
 */
class EditorConfigHost implements ConfigHost {
  private readonly buffers = new Map<string, { text: string; stamp: number }>();
  private nextStamp = 1;

  setBuffer(file: string, text: string): void {
    this.buffers.set(file, { text, stamp: this.nextStamp++ });
  }

  dropBuffer(file: string): void {
    this.buffers.delete(file);
  }

  get bufferCount(): number {
    return this.buffers.size;
  }

  mtimeMs(file: string): number | undefined {
    const buffer = this.buffers.get(file);
    return buffer ? -buffer.stamp : nodeConfigHost.mtimeMs(file);
  }

  readFile(file: string): string {
    const buffer = this.buffers.get(file);
    if (buffer) return buffer.text;
    // Editors hide a byte-order mark and count positions without it: so do the offsets we publish.
    const text = nodeConfigHost.readFile(file);
    return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  }
}

export interface ProjectConfigurationEvents {
  /** The configuration of open documents may have changed: check them again. */
  recheckAll(): void;
}

export class ProjectConfiguration {
  private trusted = true;
  private watchDynamically = false;
  private watchRelativePatterns = false;
  private readonly host = new EditorConfigHost();
  private loader = new ConfigLoader(this.host);
  /** Per configuration file, the last merged result that had no error. */
  private readonly lastGood = new Map<string, LoadedConfig>();
  /** Diagnostics last published per configuration file URI (as JSON, to publish only changes). */
  private readonly published = new Map<string, string>();
  /** Configuration files a watcher was registered for. */
  private readonly watched = new Set<string>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private recheckPending = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly events: ProjectConfigurationEvents,
  ) {
    documents.onDidOpen((event) => this.documentOpened(event.document));
    documents.onDidChangeContent((event) => this.bufferChanged(event.document));
    documents.onDidClose((event) => this.documentClosed(event.document));
    connection.onDidChangeWatchedFiles(() => this.filesChanged());
    connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => this.trustGranted());
  }

  /** Reads what initialize says: the workspace's trust, and whether the client can watch files for us. */
  initialize(initializationOptions: unknown, capabilities: ClientCapabilities): void {
    this.trusted = workspaceTrustedFrom(initializationOptions);
    const watching = capabilities.workspace?.didChangeWatchedFiles;
    this.watchDynamically = watching?.dynamicRegistration === true;
    this.watchRelativePatterns = watching?.relativePatternSupport === true;
  }

  /** After `initialized`: asks the client to tell us about configuration files anywhere in the workspace. */
  startWatching(): void {
    this.register([{ globPattern: `**/${CONFIG_FILE_NAME}` }]);
  }

  get workspaceTrusted(): boolean {
    return this.trusted;
  }

  get openConfigBuffers(): number {
    return this.host.bufferCount;
  }

  /** The project's say on a document (none in an untrusted workspace, or outside the file system). */
  scopeOf(uri: string): ProjectScope {
    const file = filePathOf(uri);
    if (file === undefined) return NO_PROJECT;
    if (path.basename(file) === CONFIG_FILE_NAME) return NOT_A_PROPOSAL;
    if (!this.trusted) return NO_PROJECT;
    const config = this.effectiveConfig(file);
    if (!config) return NO_PROJECT;
    return { options: config.options, excluded: isIgnored(config, file) };
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
  }

  /** The configuration that applies to a document: the nearest file's, or its last valid state. */
  private effectiveConfig(file: string): LoadedConfig | undefined {
    let loaded: LoadedConfig;
    try {
      loaded = this.loader.loadForDocument(file);
    } catch (error) {
      // The loader reports bad files as errors; an exception is a bug, and must not stop checking.
      this.connection.console.error(`reading the project configuration of ${file} failed: ${describeError(error)}`);
      return undefined;
    }
    if (!loaded.configFile) return undefined;
    if (loaded.errors.length === 0) {
      this.lastGood.set(loaded.configFile, loaded);
      return loaded;
    }
    return this.lastGood.get(loaded.configFile);
  }

  private documentOpened(document: TextDocument): void {
    // A proposal's configuration may be invalid: show it on the file. Buffers are handled as changes.
    if (!isConfigFileUri(document.uri)) this.scheduleRefresh(false);
  }

  private bufferChanged(document: TextDocument): void {
    if (!isConfigFileUri(document.uri)) return;
    const file = filePathOf(document.uri);
    if (file === undefined) return;
    this.host.setBuffer(file, document.getText());
    this.scheduleRefresh(true);
  }

  private documentClosed(document: TextDocument): void {
    if (!isConfigFileUri(document.uri)) return;
    const file = filePathOf(document.uri);
    if (file !== undefined) this.host.dropBuffer(file);
    // Closing the document cleared its diagnostics (the server clears every closed document's): publish
    // the disk's again, whatever we published before.
    this.published.delete(document.uri);
    this.scheduleRefresh(true);
  }

  private filesChanged(): void {
    // Timestamps can repeat within a file system's resolution: forget every parse rather than trust them.
    this.loader = new ConfigLoader(this.host);
    this.scheduleRefresh(true);
  }

  private trustGranted(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.connection.console.info('the workspace is now trusted: reading project configuration files');
    this.scheduleRefresh(true);
  }

  private scheduleRefresh(recheck: boolean): void {
    this.recheckPending ||= recheck;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      const recheckNow = this.recheckPending;
      this.recheckPending = false;
      try {
        this.refresh();
      } catch (error) {
        this.connection.console.error(`validating project configuration files failed: ${describeError(error)}`);
      }
      if (recheckNow) this.events.recheckAll();
    }, REFRESH_DELAY_MS);
  }

  /** Validates every configuration that open documents use, and every open configuration file. */
  private refresh(): void {
    const configFiles = new Set<string>();
    const involvedFiles = new Set<string>();
    const errorsByFile = new Map<string, ConfigError[]>();
    if (this.trusted) {
      for (const document of this.documents.all()) {
        const file = filePathOf(document.uri);
        if (file === undefined) continue;
        if (path.basename(file) === CONFIG_FILE_NAME) configFiles.add(file);
        else {
          const nearest = this.loader.findConfigFile(path.dirname(file));
          if (nearest) configFiles.add(nearest);
        }
      }
      const seen = new Set<string>();
      for (const configFile of configFiles) {
        const loaded = this.loader.loadConfigFile(configFile);
        for (const file of loaded.files) involvedFiles.add(file);
        for (const error of loaded.errors) {
          // Presets have no file to show an error in (and never have errors).
          if (!path.isAbsolute(error.file)) continue;
          const key = `${error.file}\0${error.start}\0${error.end}\0${error.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          errorsByFile.set(error.file, [...(errorsByFile.get(error.file) ?? []), error]);
        }
      }
    }
    this.connection.console.debug(
      this.trusted
        ? `project configuration: ${configFiles.size} file(s) in use, ${errorsByFile.size} with errors`
        : 'project configuration: not read (untrusted workspace)',
    );
    this.watchFiles(involvedFiles);
    this.publish(errorsByFile);
  }

  private publish(errorsByFile: ReadonlyMap<string, ConfigError[]>): void {
    const next = new Map<string, Diagnostic[]>();
    for (const [file, errors] of errorsByFile) next.set(pathToFileURL(file).href, this.diagnosticsOf(file, errors));
    for (const uri of this.published.keys()) if (!next.has(uri)) next.set(uri, []);
    for (const [uri, diagnostics] of next) {
      const serialized = JSON.stringify(diagnostics);
      if (this.published.get(uri) === serialized) continue;
      if (diagnostics.length === 0) this.published.delete(uri);
      else this.published.set(uri, serialized);
      this.connection.sendDiagnostics({ uri, diagnostics }).catch((error: unknown) => {
        this.connection.console.error(`publishing the configuration errors of ${uri} failed: ${describeError(error)}`);
      });
    }
  }

  private diagnosticsOf(file: string, errors: readonly ConfigError[]): Diagnostic[] {
    let text: TextDocument | undefined;
    try {
      text = TextDocument.create(pathToFileURL(file).href, 'json', 0, this.host.readFile(file));
    } catch {
      // Unreadable: the error says so, at the start of the file.
    }
    return errors.map((error) => {
      const start = text ? text.positionAt(error.start) : { line: error.line, character: error.character };
      const end = text ? text.positionAt(Math.max(error.end, error.start)) : start;
      return {
        range: { start, end },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: CONFIG_ERROR_CODE,
        message: error.path.length > 0 ? `${formatJsonPath(error.path)}: ${error.message}` : error.message,
      };
    });
  }

  /** Extended files and configurations above the workspace are outside `**\/.proposal-tone.json`. */
  private watchFiles(files: ReadonlySet<string>): void {
    if (!this.watchRelativePatterns) return;
    const watchers: FileSystemWatcher[] = [];
    for (const file of files) {
      if (this.watched.has(file)) continue;
      this.watched.add(file);
      watchers.push({ globPattern: { baseUri: pathToFileURL(path.dirname(file)).href, pattern: path.basename(file) } });
    }
    if (watchers.length > 0) this.register(watchers);
  }

  private register(watchers: FileSystemWatcher[]): void {
    if (!this.watchDynamically) return;
    this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      this.connection.console.error(`watching configuration files failed: ${describeError(error)}`);
    });
  }
}
