// What the client does when the server process dies: restart it, but only a bounded number of times in a
// window, so that a server that crashes at start-up does not restart forever; then say so clearly.
import { CloseAction, ErrorAction } from 'vscode-languageclient/node';
import type { CloseHandlerResult, ErrorHandler, ErrorHandlerResult } from 'vscode-languageclient/node';

/** Connection errors tolerated in a row before the client shuts the connection down. */
const TOLERATED_CONNECTION_ERRORS = 3;

export class RestartPolicy implements ErrorHandler {
  private crashTimes: number[] = [];

  constructor(
    private readonly maxRestarts: number,
    private readonly windowMs: number,
    /** Called once the policy stops restarting; shows the message to the user. */
    private readonly onGiveUp: (restarts: number, windowMs: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: (count ?? 1) <= TOLERATED_CONNECTION_ERRORS ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashTimes = this.crashTimes.filter((time) => now - time < this.windowMs);
    this.crashTimes.push(now);
    if (this.crashTimes.length <= this.maxRestarts) return { action: CloseAction.Restart, handled: true };
    this.onGiveUp(this.maxRestarts, this.windowMs);
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  /** A restart the user asked for starts a fresh count. */
  reset(): void {
    this.crashTimes = [];
  }
}
