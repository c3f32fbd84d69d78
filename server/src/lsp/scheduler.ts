// When to check a document: right away when it opens, when settings change or when it is saved; a short
// while after the last keystroke while typing, so that a burst of edits costs one analysis.
export const TYPING_DEBOUNCE_MS = 200;

/** `forced` checks run whatever `proposalTone.run` says; unforced ones (typing) only in onType mode. */
export type CheckRunner = (uri: string, forced: boolean) => Promise<void>;

interface PendingCheck {
  timer: NodeJS.Timeout;
  forced: boolean;
}

export class CheckScheduler {
  private readonly pending = new Map<string, PendingCheck>();

  constructor(
    private readonly run: CheckRunner,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  /** Replaces any pending check of the document; a forced check stays forced when typing reschedules it. */
  schedule(uri: string, forced: boolean, delayMs: number): void {
    const previous = this.pending.get(uri);
    if (previous) clearTimeout(previous.timer);
    const pending: PendingCheck = {
      forced: forced || (previous?.forced ?? false),
      timer: setTimeout(() => {
        this.pending.delete(uri);
        this.run(uri, pending.forced).catch((error: unknown) => this.onError(uri, error));
      }, delayMs),
    };
    this.pending.set(uri, pending);
  }

  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearTimeout(pending.timer);
    this.pending.delete(uri);
  }

  cancelAll(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }
}
