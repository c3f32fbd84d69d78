// How VS Code starts the language server: dist/server.js over node IPC, with the V8 flags and the
// environment variables of server/v8-flags.json. That file is the one place the flags are set (the benchmark reads it too), and
// they must be on the command line: V8 sizes its young generation when the process starts.
import { TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import serverV8Flags from '../../server/v8-flags.json';

/** The V8 flags the server runs with, as server/v8-flags.json gives them. */
export const SERVER_EXEC_ARGV: readonly string[] = serverV8Flags.execArgv;
/** Environment variables added to the server's (the language client adds them to the editor's own). */
export const SERVER_ENV: Readonly<Record<string, string>> = serverV8Flags.env;
/** Lets a debugger attach to the server when the extension itself is being debugged. */
const DEBUG_EXEC_ARGV: readonly string[] = ['--nolazy', '--inspect=6009'];

export function serverOptionsFor(serverModule: string): ServerOptions {
  return {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...DEBUG_EXEC_ARGV, ...SERVER_EXEC_ARGV], env: { ...SERVER_ENV } },
    },
  };
}
