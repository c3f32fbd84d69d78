// How VS Code starts the language server: dist/server.js over node IPC, with the V8 flags of
// server/v8-flags.json. That file is the one place the flags are set (the benchmark reads it too), and
// they must be on the command line: V8 sizes its young generation when the process starts.
import { TransportKind } from 'vscode-languageclient/node';
import type { ServerOptions } from 'vscode-languageclient/node';
import serverV8Flags from '../../server/v8-flags.json';

/** The V8 flags the server runs with, as server/v8-flags.json gives them. */
export const SERVER_EXEC_ARGV: readonly string[] = serverV8Flags.execArgv;
/** Lets a debugger attach to the server when the extension itself is being debugged. */
const DEBUG_EXEC_ARGV: readonly string[] = ['--nolazy', '--inspect=6009'];

export function serverOptionsFor(serverModule: string): ServerOptions {
  return {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...DEBUG_EXEC_ARGV, ...SERVER_EXEC_ARGV] } },
  };
}
