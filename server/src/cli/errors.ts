// The CLI's one failure mode the user can act on: a usage, file or configuration problem, reported as
// one line on stderr and exit code 2.

export class CliError extends Error {
  override readonly name = 'CliError';
}

export const EXIT_CLEAN = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
