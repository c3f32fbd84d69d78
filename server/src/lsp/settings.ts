// The extension's settings (`proposalTone.*`) as the server sees them: read leniently from whatever the
// client sends (a bad value falls back to its default rather than disabling the extension), then turned
// into the engine's options.
import { CATEGORIES, DEFAULT_SEVERITY, LANGS } from '../engine/index.js';
import type { AnalyseOptions, Category, Lang, SeveritySetting } from '../engine/index.js';
import { DEFAULT_MAX_FILE_SIZE } from '../engine/document-limits.js';

export const SETTINGS_SECTION = 'proposalTone';

export type RunMode = 'onType' | 'onSave';

export interface ProposalToneSettings {
  enable: boolean;
  language: 'auto' | Lang;
  severity: Record<Category, SeveritySetting>;
  checkQuotes: boolean;
  checkBlockquotes: boolean;
  run: RunMode;
  disabledRules: Record<Lang, string[]>;
  /** Documents larger than this many UTF-8 bytes are not analysed. */
  maxFileSize: number;
}

export function defaultSettings(): ProposalToneSettings {
  return {
    enable: true,
    language: 'auto',
    severity: { ...DEFAULT_SEVERITY },
    checkQuotes: false,
    checkBlockquotes: false,
    run: 'onType',
    disabledRules: { fr: [], en: [] },
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  };
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : [];
}

/** Settings from the `proposalTone` section as a client returns it (nested objects, possibly null). */
export function parseSettings(raw: unknown): ProposalToneSettings {
  const defaults = defaultSettings();
  if (!isRecord(raw)) return defaults;
  const severity = { ...defaults.severity };
  if (isRecord(raw.severity)) {
    for (const category of CATEGORIES) severity[category] = oneOf(raw.severity[category], SEVERITY_SETTINGS, severity[category]);
  }
  const disabledRules = { ...defaults.disabledRules };
  if (isRecord(raw.disabledRules)) {
    for (const lang of LANGS) disabledRules[lang] = stringList(raw.disabledRules[lang]);
  }
  const maxFileSize =
    typeof raw.maxFileSize === 'number' && Number.isFinite(raw.maxFileSize) && raw.maxFileSize > 0 ? raw.maxFileSize : defaults.maxFileSize;
  return {
    enable: bool(raw.enable, defaults.enable),
    language: oneOf(raw.language, ['auto', ...LANGS], defaults.language),
    severity,
    checkQuotes: bool(raw.checkQuotes, defaults.checkQuotes),
    checkBlockquotes: bool(raw.checkBlockquotes, defaults.checkBlockquotes),
    run: oneOf(raw.run, ['onType', 'onSave'], defaults.run),
    disabledRules,
    maxFileSize,
  };
}

export function analyseOptionsFrom(settings: ProposalToneSettings): AnalyseOptions {
  return {
    language: settings.language,
    severity: settings.severity,
    disabledRulesByLanguage: settings.disabledRules,
    checkQuotes: settings.checkQuotes,
    checkBlockquotes: settings.checkBlockquotes,
  };
}

/** Resolves settings per document URI through the client, once per URI until the configuration changes. */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ProposalToneSettings>>();
  /** The last settings the client gave for each open document, used while it fails to answer. */
  private readonly lastGood = new Map<string, ProposalToneSettings>();

  /** `fetch` returns the raw section for a URI; undefined means the client cannot answer (defaults apply). */
  constructor(
    private readonly fetch: ((uri: string) => Promise<unknown>) | undefined,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  get(uri: string): Promise<ProposalToneSettings> {
    const cached = this.byUri.get(uri);
    if (cached) return cached;
    const resolved: Promise<ProposalToneSettings> = this.resolve(uri).then(({ settings, failed }) => {
      const current = this.byUri.get(uri) === resolved;
      // Do not keep a failed answer: the next request asks the client again.
      if (failed && current) this.byUri.delete(uri);
      if (!failed && current) this.lastGood.set(uri, settings);
      return settings;
    });
    this.byUri.set(uri, resolved);
    return resolved;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.lastGood.delete(uri);
  }

  /** The configuration changed: ask the client again (the last good answers stay, in case it fails). */
  clear(): void {
    this.byUri.clear();
  }

  private async resolve(uri: string): Promise<{ settings: ProposalToneSettings; failed: boolean }> {
    if (!this.fetch) return { settings: defaultSettings(), failed: false };
    try {
      return { settings: parseSettings(await this.fetch(uri)), failed: false };
    } catch (error) {
      this.onError(uri, error);
      return { settings: this.lastGood.get(uri) ?? defaultSettings(), failed: true };
    }
  }
}
