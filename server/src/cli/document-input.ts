// Bytes read from a file or standard input → the text to check, or why it is not checked. A file that is
// too large, binary or not UTF-8 is skipped with one line saying so, never decoded approximately: --fix
// would write the replacement characters of a lossy decoding over the original bytes.
import { invalidUtf8Offset, nulByteOffset } from '../engine/document-limits.js';

export type SkipReason = 'too-large' | 'binary' | 'not-utf8';

export type DocumentInput =
  | { kind: 'text'; text: string; byteOrderMark: boolean }
  /** `bytes`: the document's size, or undefined when a stream was abandoned past the limit. */
  | { kind: 'skipped'; reason: SkipReason; bytes: number | undefined; message: string };

const UTF8_BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;
const BYTE_ORDER_MARK_LENGTH = UTF8_BYTE_ORDER_MARK.length;

/** The byte-order mark is taken off before decoding (editors hide it and LSP positions do not count it;
 * --fix puts it back); `ignoreBOM` keeps the decoder from silently dropping a second one. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file of `size` bytes that is over `limit` whatever its content, so that it need not be read (the
 * limit counts the text without a byte-order mark, as the editor does).
 */
export function skipBySize(size: number, limit: number): DocumentInput | undefined {
  return size > limit + BYTE_ORDER_MARK_LENGTH ? tooLarge(size, limit) : undefined;
}

/** Bytes a stream of unknown size (standard input, a pipe) is read up to: past them it is over any `limit`. */
export function readingBound(limit: number): number {
  return limit + BYTE_ORDER_MARK_LENGTH;
}

/**
 * The document in `bytes`; `complete` is false when a stream was read only up to `readingBound(limit)`
 * and had more.
 */
export function decodeDocument(bytes: Uint8Array, limit: number, complete = true): DocumentInput {
  const byteOrderMark = UTF8_BYTE_ORDER_MARK.every((b, i) => bytes[i] === b);
  const body = byteOrderMark ? bytes.subarray(BYTE_ORDER_MARK_LENGTH) : bytes;
  if (!complete) return tooLarge(undefined, limit);
  if (body.length > limit) return tooLarge(bytes.length, limit);
  // UTF-16 text is full of NUL bytes (every ASCII character has one): name it rather than call it binary.
  const utf16 = utf16ByteOrderMark(bytes);
  if (utf16) return skipped('not-utf8', bytes.length, `not checked: ${utf16} text, not UTF-8; save it as UTF-8 to check it`);
  const nul = nulByteOffset(bytes);
  if (nul >= 0) {
    return skipped('binary', bytes.length, `not checked: binary file, not text (NUL byte at offset ${nul})`);
  }
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    const at = invalidUtf8Offset(bytes);
    return skipped('not-utf8', bytes.length, `not checked: not UTF-8 text (${describeInvalidByte(bytes, at)}); save it as UTF-8 to check it`);
  }
  return { kind: 'text', text, byteOrderMark };
}

function utf16ByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  return undefined;
}

function tooLarge(bytes: number | undefined, limit: number): DocumentInput {
  const size = bytes === undefined ? 'more than' : `${formatBytes(bytes)} is over`;
  return skipped('too-large', bytes, `not checked: ${size} the --max-file-size limit of ${formatBytes(limit)}; raise the limit to check it`);
}

function skipped(reason: SkipReason, bytes: number | undefined, message: string): DocumentInput {
  return { kind: 'skipped', reason, bytes, message };
}

/** "invalid byte 0xE9 on line 3, offset 120": where to look in an editor. */
function describeInvalidByte(bytes: Uint8Array, at: number): string {
  if (at < 0) return 'invalid byte sequence';
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  const value = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
  return `invalid byte 0x${value} on line ${line}, offset ${at}`;
}

const KIB = 1024;
const MIB = 1024 * 1024;

/** "20 MB (20,971,520 bytes)": the unit a person reads, and the exact count a limit is compared with. */
export function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < KIB) return exact;
  const [value, unit] = bytes < MIB ? [bytes / KIB, 'KB'] : [bytes / MIB, 'MB'];
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value)} ${unit} (${exact})`;
}

/**
 * `--max-file-size` values: a number of bytes, or with a unit: "500KB", "2MB", "1.5 MB" (KB and MB are
 * 1,024 and 1,048,576 bytes, as the editor's size notice counts them; "KiB", "MiB", "K", "M" and "B" are
 * accepted too, in any case). Undefined when the value is not a size of at least one byte.
 */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const multiplier = unit.startsWith('m') ? MIB : unit.startsWith('k') ? KIB : 1;
  const bytes = Math.floor(Number(match[1]) * multiplier);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : undefined;
}
