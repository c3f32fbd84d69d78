// Commands the server executes for the client (`workspace/executeCommand`).
export const APPLY_FIX_ALL_COMMAND = 'proposalTone.applyFixAll';
export const SERVER_COMMANDS: readonly string[] = [APPLY_FIX_ALL_COMMAND];

export interface ApplyFixAllResult {
  /** Number of rewrites the client applied (0 when nothing changed, the edit was refused or the document is unknown). */
  applied: number;
}

/** The document URI argument of `proposalTone.applyFixAll`. */
export function documentUriArgument(args: readonly unknown[] | undefined): string | undefined {
  const [first] = args ?? [];
  if (typeof first === 'string') return first;
  // Some clients pass the TextDocumentIdentifier rather than the bare URI.
  if (typeof first === 'object' && first !== null && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}
