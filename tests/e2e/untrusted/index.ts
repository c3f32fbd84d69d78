// The extensionTestsPath module of the Restricted Mode run (scripts/e2e/run-code-server.mjs): the same
// runner as the main suite, which runs the *.test.js compiled next to it, i.e. this folder's tests only.
export { run } from '../suite/index';
