// The interface's language, for text the client takes from the engine (category names): the report
// and the status bar are part of the UI, so they follow VS Code's display language, not the document's.
import * as vscode from 'vscode';

export function uiLanguage(): 'fr' | 'en' {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
