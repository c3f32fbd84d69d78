// Titles of the editor actions the server adds around the rewrites ("ignore here", "disable in this
// document"), in the finding's language like the rewrites' own titles.
import type { Lang } from '../engine/index.js';

export interface EditorActionText {
  /** Quick fix that inserts an inline directive for one finding. */
  ignoreHere(ruleId: string): string;
  /** Quick fix that adds the rule to the front matter's `proposal-tone: disable` list. */
  disableInDocument(ruleId: string): string;
}

export const EDITOR_ACTION_TEXT: Readonly<Record<Lang, EditorActionText>> = {
  fr: {
    ignoreHere: (ruleId) => `Ignorer ici (${ruleId})`,
    disableInDocument: (ruleId) => `Désactiver ${ruleId} dans ce document`,
  },
  en: {
    ignoreHere: (ruleId) => `Ignore here (${ruleId})`,
    disableInDocument: (ruleId) => `Disable ${ruleId} in this document`,
  },
};
