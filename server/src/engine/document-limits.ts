// What is too big or not text enough to analyse, shared by the language server and the CLI so that both
// refuse the same documents. Pure: bytes and strings in, no file system.

/** Documents larger than this many UTF-8 bytes (byte-order mark not counted) are not analysed: the
 * editor's `proposalTone.maxFileSize` and the CLI's `--max-file-size` default to it. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/**
 * How much of a document is searched for a NUL byte. Text never holds one and almost every binary
 * format does near its start (headers, lengths, padding), which is why git and grep sniff the same way;
 * looking at the start only keeps the check cheap on a large file.
 */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Offset of the first NUL byte among the first `BINARY_SNIFF_BYTES`, or -1. */
export function nulByteOffset(bytes: Uint8Array): number {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
}

/**
 * The same test on a decoded text: U+0000 is the one character whose UTF-8 form is a NUL byte, so this
 * answers as `nulByteOffset` would on the text's UTF-8 bytes (the UTF-8 offset, or -1).
 */
export function nulCharacterOffset(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes < BINARY_SNIFF_BYTES; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0) return bytes;
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isPairAt(text, i)) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD
  }
  return -1;
}

function isPairAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing past U+10FFFF, no truncated sequence at the end), or -1. Only called
 * once a fatal decoder has refused the bytes, to say where.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
