// Edits of one document as a WorkspaceEdit: versioned (documentChanges) when the client supports it, so
// that an edit computed for an older version is refused instead of landing in the wrong place.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';

export function documentEdit(uri: string, version: number, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (!versioned) return { changes: { [uri]: edits } };
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}
