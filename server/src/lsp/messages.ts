// The server's own user-facing sentences (not the rules' messages, which the engine writes), in the
// document's language like every diagnostic.
import type { Lang } from '../engine/index.js';

export interface ServerText {
  /** Heading of the list of rewrites in a hover. */
  rewritesHeading: string;
  /** Title of the source action that applies every preferred fix. */
  fixAllTitle: string;
  /** Label of the workspace edit the fix-all command sends (shown in the editor's undo history). */
  fixAllEditLabel: string;
  /** The one diagnostic of a document that was not analysed because of its size. */
  tooLarge(bytes: number, limit: number): string;
  /** The one diagnostic of a document that was not analysed because it holds a NUL (UTF-8 byte offset). */
  binary(nulOffset: number): string;
}

function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

export const SERVER_TEXT: Readonly<Record<Lang, ServerText>> = {
  fr: {
    rewritesHeading: 'Reformulations proposées',
    fixAllTitle: 'Reformuler toutes les tournures frontales (Proposal Tone)',
    fixAllEditLabel: 'Proposal Tone : reformuler toutes les tournures frontales',
    tooLarge: (bytes, limit) =>
      `Document non vérifié par Proposal Tone : sa taille (${megabytes(bytes, 'fr')} Mo) dépasse proposalTone.maxFileSize (${megabytes(limit, 'fr')} Mo).`,
    binary: (nulOffset) =>
      `Document non vérifié par Proposal Tone : il contient un caractère NUL (octet ${nulOffset}), ce qui signale un fichier binaire et non un texte.`,
  },
  en: {
    rewritesHeading: 'Suggested rewrites',
    fixAllTitle: 'Rephrase all frontal wording (Proposal Tone)',
    fixAllEditLabel: 'Proposal Tone: rephrase all frontal wording',
    tooLarge: (bytes, limit) =>
      `Not checked by Proposal Tone: this document (${megabytes(bytes, 'en')} MB) is larger than proposalTone.maxFileSize (${megabytes(limit, 'en')} MB).`,
    binary: (nulOffset) => `Not checked by Proposal Tone: this document contains a NUL character (byte ${nulOffset}), the mark of a binary file, not text.`,
  },
};
