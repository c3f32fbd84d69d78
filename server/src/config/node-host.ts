// The configuration loader's view of the real file system.
import { readFileSync, statSync } from 'node:fs';
import type { ConfigHost } from './load.js';

export const nodeConfigHost: ConfigHost = {
  mtimeMs(file) {
    try {
      const stats = statSync(file, { throwIfNoEntry: false });
      return stats?.isFile() ? stats.mtimeMs : undefined;
    } catch {
      // An unreadable folder on the way up hides its configuration, as a missing one would.
      return undefined;
    }
  },
  readFile(file) {
    return readFileSync(file, 'utf8');
  },
};
