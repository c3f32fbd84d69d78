// One failing request must not take the server down: handlers run inside this guard, which logs the
// error through the connection and answers with a harmless value.
import type { RemoteConsole } from 'vscode-languageserver/node';

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function guarded<P, R>(
  logger: RemoteConsole,
  name: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      logger.error(`${name} failed: ${describeError(error)}`);
      return fallback;
    }
  };
}
