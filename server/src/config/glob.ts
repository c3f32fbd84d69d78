// A small glob matcher for `ignore` entries and CLI paths. Node 20 has no fs.glob / path.matchesGlob,
// and the syntax we need is tiny: `*` (any characters but "/"), `?` (one character but "/") and `**` (any
// number of whole path segments). Everything else is literal, so a user's glob never becomes a user regex.

/** True when the text contains a glob wildcard. */
export function hasGlobWildcard(text: string): boolean {
  return /[*?]/.test(text);
}

const compiled = new Map<string, RegExp>();

/** Compiles a "/"-separated glob into an anchored regular expression over "/"-separated paths. */
export function globToRegExp(glob: string): RegExp {
  const cached = compiled.get(glob);
  if (cached) return cached;
  const segments = glob.split('/');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // "a/**/b" matches "a/b", "a/x/b", "a/x/y/b"; a trailing "**" matches everything below.
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    source += segmentToRegExpSource(segment);
    if (!last) source += '/';
  });
  const re = new RegExp(`^${source}$`);
  compiled.set(glob, re);
  return re;
}

function segmentToRegExpSource(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else {
      out += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
  }
  return out;
}

/** Matches a "/"-separated relative path against a glob. */
export function matchesGlob(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath);
}

/**
 * Matches an ignore entry the way .gitignore users expect: an entry without "/" matches a name at any
 * depth ("*.draft.md", "drafts"); an entry with "/" is relative to its base ("archive/2023/**", "/README.md");
 * an entry that matches a folder ignores everything inside it; a trailing "/" matches folders only.
 */
export function matchesIgnoreEntry(entry: string, relativePath: string): boolean {
  let pattern = entry.trim().replace(/^\.\//, '');
  const foldersOnly = pattern.endsWith('/');
  if (foldersOnly) pattern = pattern.replace(/\/+$/, '');
  if (pattern.length === 0) return false;
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  else if (!pattern.includes('/')) pattern = `**/${pattern}`;
  const re = globToRegExp(pattern);
  const parts = relativePath.split('/');
  // Folders containing the path: "a", "a/b" for "a/b/c.md"; then the path itself unless folders only.
  const upto = foldersOnly ? parts.length - 1 : parts.length;
  for (let n = 1; n <= upto; n++) {
    if (re.test(parts.slice(0, n).join('/'))) return true;
  }
  return false;
}
