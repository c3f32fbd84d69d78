// The document's own typography, so that rewrites look like the text around them.

export interface DocumentStyle {
  apostrophe: '’' | "'";
  /** What a French document puts before ? ! : ; — a space, a no-break space or a narrow no-break space. */
  frenchHighPunctuationSpace: ' ' | '\u00a0' | '\u202f';
}

export function detectDocumentStyle(text: string): DocumentStyle {
  return styleFromCounts(countStyle(text));
}

/** The evidence for a document's style; counts of separate parts of a text add up (the block-wise analyser caches them). */
export interface StyleCounts {
  curly: number;
  straight: number;
  spaces: Record<DocumentStyle['frenchHighPunctuationSpace'], number>;
}

export function countStyle(text: string): StyleCounts {
  let curly = 0;
  let straight = 0;
  for (const m of text.matchAll(/\p{L}(['’])\p{L}/gu)) {
    if (m[1] === '’') curly++;
    else straight++;
  }
  const spaces = { ' ': 0, '\u00a0': 0, '\u202f': 0 };
  for (const m of text.matchAll(/\p{L}([ \u00a0\u202f])[?!;:](?=\s|$)/gu)) {
    spaces[m[1] as keyof typeof spaces]++;
  }
  return { curly, straight, spaces };
}

export function styleFromCounts({ curly, straight, spaces }: StyleCounts): DocumentStyle {
  const frenchHighPunctuationSpace =
    spaces['\u202f'] > spaces['\u00a0'] && spaces['\u202f'] > spaces[' ']
      ? '\u202f'
      : spaces['\u00a0'] > spaces[' ']
        ? '\u00a0'
        : ' ';
  return { apostrophe: curly > straight ? '’' : "'", frenchHighPunctuationSpace };
}

export function capitalizeFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i === -1) return s;
  return s.slice(0, i) + (s[i] as string).toUpperCase() + s.slice(i + 1);
}
