// PATH arguments → the Markdown files to check: files as given, folders recursively, globs expanded here
// (quoted globs reach us unexpanded, and Node 20 has no fs.glob). Ignored files are dropped.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { hasGlobWildcard, matchesGlob } from '../config/glob.js';
import { CliError } from './errors.js';

/** Extensions a folder or a glob contributes. MDX is left out: its JSX and imports would read as prose. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown'];

/** Folders never entered when walking: dependencies and hidden folders (.git, .vscode…). */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function isMarkdownFile(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/**
 * Absolute paths of the files to check, sorted and without duplicates. A named file is checked whatever
 * its extension (unless ignored); a path that does not exist or a glob that matches nothing is an error.
 */
export function collectFiles(paths: readonly string[], cwd: string, isIgnored: (file: string) => boolean): string[] {
  const found = new Set<string>();
  for (const argument of paths) {
    if (hasGlobWildcard(argument)) {
      const matches = expandGlob(argument, cwd);
      if (matches.length === 0) throw new CliError(`no Markdown files match "${argument}"`);
      for (const file of matches) if (!isIgnored(file)) found.add(file);
      continue;
    }
    const absolute = path.resolve(cwd, argument);
    const stats = statOrUndefined(absolute);
    if (!stats) throw new CliError(`no such file or folder: ${argument}`);
    if (stats.isDirectory()) {
      for (const file of walkMarkdown(absolute)) if (!isIgnored(file)) found.add(file);
    } else if (!isIgnored(absolute)) {
      found.add(absolute);
    }
  }
  return [...found].sort();
}

function statOrUndefined(file: string) {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read the folder ${folder}: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}`);
  }
}

/** Every file below a folder (symbolic links to folders are not followed, to stay out of loops). */
function* walkFiles(folder: string): Generator<string> {
  for (const entry of readFolder(folder).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) yield* walkFiles(full);
    } else if (entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(full)?.isFile())) {
      yield full;
    }
  }
}

function walkMarkdown(folder: string): string[] {
  return [...walkFiles(folder)].filter(isMarkdownFile);
}

/**
 * Markdown files matching a glob relative to `cwd` (or absolute). The walk starts at the glob's longest
 * literal folder prefix, so "docs/**\/*.md" never looks outside docs/.
 */
export function expandGlob(glob: string, cwd: string): string[] {
  const normalized = glob.split(path.sep).join('/');
  const absolute = path.posix.isAbsolute(normalized) || path.isAbsolute(glob);
  const segments = normalized.split('/');
  const firstWild = segments.findIndex(hasGlobWildcard);
  const literal = segments.slice(0, firstWild);
  const rest = segments.slice(firstWild).join('/');
  const base = absolute ? path.resolve(literal.join('/') || '/') : path.resolve(cwd, literal.join('/') || '.');
  if (!statOrUndefined(base)?.isDirectory()) return [];
  return walkMarkdown(base).filter((file) => matchesGlob(rest, path.relative(base, file).split(path.sep).join('/')));
}
