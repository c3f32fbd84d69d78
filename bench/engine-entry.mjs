// What the benchmark's workers load: the engine as the CLI and the server ship it (bundled by esbuild),
// and remark-parse alone, the same copy the engine uses, as the floor.
export { analyse } from '../server/src/engine/analyse.ts';
export { IncrementalAnalyzer } from '../server/src/engine/incremental.ts';
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
