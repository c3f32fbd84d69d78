// Runs a CommonJS bundle through V8's code cache, so that a short-lived process does not parse and
// compile the same megabyte of JavaScript at every start. Node 22.1+ has this built in
// (module.enableCompileCache) and is left to it; Node 20 gets the cache below.
//
// The cache is a file beside the bundle. It is used only when its header names the same bundle (CRC-32
// and length of its bytes: V8 itself compares only the length of the text), the same Node (version, architecture)
// and the CRC-32 and length of the data that follows; V8 then checks its own version and flags, and
// may still reject it. Anything else (missing, stale, truncated, damaged, rejected, unreadable) means
// compiling as usual and, when asked, writing a new cache at exit: into a temporary file renamed over
// the old one, so that a reader never sees half a cache. A folder that cannot be written is not an
// error: the command just runs without a cache.
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { debuglog } from 'node:util';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';

/** What happened to the cache; NODE_DEBUG=proposal-tone prints it. */
export type CodeCacheOutcome =
  | 'node' // Node's own compile cache (22.1+)
  | 'disabled' // NODE_DISABLE_COMPILE_CACHE is set, or this Node has no zlib.crc32
  | 'accepted'
  | 'missing'
  | 'stale'
  | 'rejected';

const HEADER_TAG = 'proposal-tone-code-cache 1';
/** Longer than any header; a file without a line break before this is not ours. */
const MAX_HEADER_BYTES = 256;

const debug = debuglog('proposal-tone');

export function codeCacheFileOf(bundle: string): string {
  return `${bundle}.v8-cache`;
}

/**
 * Loads and runs `bundle` as `parent` would require it, through the code cache. With `produce`, a run
 * that found no usable cache writes one at exit, holding every function compiled by then.
 */
export function runWithCodeCache(bundle: string, parent: NodeModule, options: { produce: boolean }): CodeCacheOutcome {
  const enableCompileCache = (Module as unknown as { enableCompileCache?: () => unknown }).enableCompileCache;
  if (typeof enableCompileCache === 'function') {
    enableCompileCache();
    report('node');
    createRequire(parent.filename)(bundle);
    return 'node';
  }
  const crc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;
  if (process.env.NODE_DISABLE_COMPILE_CACHE || typeof crc32 !== 'function') {
    report('disabled');
    createRequire(parent.filename)(bundle);
    return 'disabled';
  }

  const bytes = readFileSync(bundle);
  // An ASCII bundle (scripts/cli-bundle.mjs makes it one) is the same text read as Latin-1, which skips
  // UTF-8 decoding; anything else is read as UTF-8, as require() would.
  const source = bytes.toString(typeof isAscii === 'function' && isAscii(bytes) ? 'latin1' : 'utf8');
  const cacheFile = codeCacheFileOf(bundle);
  const bundleKey = codeCacheKey(bytes, crc32);
  const cached = readCache(cacheFile, bundleKey, crc32);
  // The wrapper is Node's CommonJS one, on a line of its own that lineOffset takes back: stack traces
  // show the bundle's own lines and columns.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: bundle,
    lineOffset: -1,
    ...(cached.data ? { cachedData: cached.data } : {}),
  });
  const outcome: CodeCacheOutcome = cached.data ? (script.cachedDataRejected === true ? 'rejected' : 'accepted') : cached.outcome;
  if (outcome !== 'accepted' && options.produce) {
    process.once('exit', () => writeCache(cacheFile, bundleKey, () => script.createCachedData(), crc32));
  }
  report(outcome);
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(parent.exports, parent.exports, createRequire(bundle), parent, bundle, path.dirname(bundle));
  return outcome;
}

type Crc32 = (data: Uint8Array) => number;

/** What a cache must have been made from: this bundle (its bytes), this Node. */
export function codeCacheKey(bundle: Uint8Array, crc32: Crc32): string {
  return `${HEADER_TAG} ${crc32(bundle).toString(16)} ${bundle.length} ${process.version} ${process.arch}`;
}

/** The first line of a cache file: its key, then the CRC-32 and length of the data after the line break. */
export function codeCacheHeader(key: string, data: Uint8Array, crc32: Crc32): string {
  return `${key} ${crc32(data).toString(16)} ${data.length}\n`;
}

function report(outcome: CodeCacheOutcome): void {
  debug('code cache: %s', outcome);
}

function readCache(file: string, key: string, crc32: Crc32): { data?: Buffer; outcome: CodeCacheOutcome } {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return { outcome: 'missing' };
  }
  const end = raw.subarray(0, MAX_HEADER_BYTES).indexOf(0x0a);
  if (end < 0) return { outcome: 'stale' };
  const data = raw.subarray(end + 1);
  return raw.toString('latin1', 0, end + 1) === codeCacheHeader(key, data, crc32) ? { data, outcome: 'accepted' } : { outcome: 'stale' };
}

/** Serialising the cache costs milliseconds: a folder that cannot be written (a read-only install) skips it. */
function writeCache(file: string, key: string, serialise: () => Buffer, crc32: Crc32): void {
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const data = serialise();
    const bytes = Buffer.concat([Buffer.from(codeCacheHeader(key, data, crc32), 'latin1'), data]);
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
    debug('code cache: written');
  } catch (error) {
    debug('code cache: not written (%s)', error instanceof Error ? error.message : String(error));
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either: the next run will try again.
    }
  }
}
