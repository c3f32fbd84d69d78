// Client modules import `vscode` (directly or through vscode-languageclient), which only exists in an
// extension host. Unit tests install this stand-in before importing them.
import Module from 'node:module';

/** Makes `require('vscode')` return an object whose every property is an empty class. */
export function loadWithoutVsCode(): void {
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const load = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]): unknown {
    // Any property of the stand-in is an empty class: enough for module-level `extends` and references.
    if (request === 'vscode') return new Proxy({}, { get: () => class {} });
    return load.call(this, request, ...rest);
  };
}
