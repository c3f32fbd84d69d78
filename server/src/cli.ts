// Entry point of the `proposal-tone` command (bundled to dist/cli.js). Anything the user can fix is one
// line on stderr and exit code 2; a stack trace is never the user's problem to read.
import packageJson from '../../package.json';
import { parseCommandLine, usage } from './cli/args.js';
import { runCheck } from './cli/check.js';
import { CliError, EXIT_CLEAN, EXIT_FAILURE } from './cli/errors.js';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${usage()}\n`);
      return EXIT_CLEAN;
    case 'version':
      process.stdout.write(`${packageJson.version}\n`);
      return EXIT_CLEAN;
    case 'check':
      return runCheck(
        command.options,
        {
          cwd: process.cwd(),
          env: process.env,
          stdoutIsTTY: process.stdout.isTTY === true,
          writeStdout: (text) => process.stdout.write(text),
          writeStderr: (text) => process.stderr.write(text),
          readStdin,
        },
        packageJson.version,
      );
  }
}

/** Reading stops once past `maxBytes` (leaving the loop destroys the stream), so an endless pipe cannot hang the run. */
async function readStdin(maxBytes: number | undefined): Promise<{ bytes: Uint8Array; complete: boolean }> {
  if (process.stdin.isTTY) throw new CliError('--stdin expects a document piped on standard input');
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    if (maxBytes !== undefined && length > maxBytes) return { bytes: Buffer.concat(chunks), complete: false };
  }
  return { bytes: Buffer.concat(chunks), complete: true };
}

function reportFailure(error: unknown): number {
  const what =
    error instanceof CliError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`proposal-tone: ${what.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT_FAILURE;
}

// A reader that stops early (`| head`) is not an error worth reporting.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CLEAN);
  else process.exitCode = reportFailure(error);
});

void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportFailure(error);
  },
);
