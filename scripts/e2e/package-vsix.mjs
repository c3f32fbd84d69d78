// Builds the .vsix exactly as `npm run package` does (production bundles, then vsce with .vscodeignore),
// but in a copy of the checkout, so that the production bundles never replace dist/ under tests that are
// running from it. node_modules is linked, not copied. Also lists a .vsix's entries (a zip's central
// directory), for the package test and the install test.
//
// Usage: node scripts/e2e/package-vsix.mjs OUT.vsix
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Never copied: installed or generated folders (a fresh clone has none of them). */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.cache', join('tests', 'e2e', '.run'), join('bench', 'node_modules')]);

/** True when vsce is installed (a dev dependency); the package test skips, with a message, without it. */
export function vsceAvailable() {
  return existsSync(join(repoRoot, 'node_modules', '@vscode', 'vsce', 'package.json'));
}

/** Runs `npm run package -- --out <outFile>` in a copy of the checkout; returns vsce's output. */
export function packageVsix(outFile) {
  const stage = mkdtempSync(join(tmpdir(), 'proposal-tone-package-'));
  try {
    cpSync(repoRoot, stage, {
      recursive: true,
      filter: (source) => {
        const path = relative(repoRoot, source);
        return !NOT_COPIED.has(path) && !basename(path).endsWith('.vsix');
      },
    });
    symlinkSync(join(repoRoot, 'node_modules'), join(stage, 'node_modules'), 'dir');
    const result = spawnSync('npm', ['run', 'package', '--', '--out', resolve(outFile)], {
      cwd: stage,
      encoding: 'utf8',
      // vsce asks questions on stdin when something is missing: answer none, fail instead.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0) throw new Error(`npm run package failed (${result.status ?? result.signal}):\n${output}`);
    return output;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** The file names stored in a zip (a .vsix), read from its central directory. */
export function zipEntries(zipFile) {
  const zip = readFileSync(zipFile);
  const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
  const CENTRAL_FILE_HEADER = 0x02014b50;
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset -= 1) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new Error(`${zipFile} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error(`${zipFile}: bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node scripts/e2e/package-vsix.mjs OUT.vsix\n');
    process.exit(2);
  }
  process.stdout.write(packageVsix(out));
  process.stdout.write(`${zipEntries(out).join('\n')}\n`.split(sep).join('/'));
}
