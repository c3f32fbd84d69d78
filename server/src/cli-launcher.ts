// Entry point of the `proposal-tone` command (dist/cli.js). It only loads the command's bundle, which
// sits beside it (dist/cli-main.js, see scripts/cli-bundle.mjs), through V8's code cache: compiling that
// megabyte of JavaScript at every run cost a fifth of a check's start-up.
import * as path from 'node:path';
import { runWithCodeCache } from './code-cache.js';

/** The bundle's file name, set by the build. */
declare const CLI_BUNDLE_FILE: string;

// A check compiles most of what checking needs; --help or --version would leave a cache of little use.
runWithCodeCache(path.join(__dirname, CLI_BUNDLE_FILE), module, { produce: process.argv.slice(2).includes('check') });
