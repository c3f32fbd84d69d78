// Entry point of the language server bundle (dist/server.js). The transport (stdio, node IPC, pipe or
// socket) comes from the command line, as vscode-languageserver reads it.
import path from 'node:path';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { startLanguageServer } from './lsp/language-server.js';

const connection = createConnection(ProposedFeatures.all);

startLanguageServer(connection, {
  // The bundle lives in dist/; the rule pages ship beside it in docs/rules/.
  rulesDirectory: path.resolve(__dirname, '..', 'docs', 'rules'),
  serverInfo: { name: 'proposal-tone', version },
});
