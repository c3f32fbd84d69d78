// `proposalTone/serverInfo`: what the robustness and load tests need to see from outside the process —
// its id (to kill it and watch the client restart it), its memory, the V8 flags it was started with and
// the young generation they bound, and how much per-document state it holds (which must drop to nothing
// once every document is closed).
import { getHeapSpaceStatistics } from 'node:v8';
import { RequestType } from 'vscode-languageserver/node';
import type { IncrementalStats } from '../engine/index.js';

export interface ServerInfoParams {
  /** Run a full garbage collection first when the process exposes one (`node --expose-gc`). */
  collectGarbage?: boolean;
}

export interface ServerInfo {
  pid: number;
  /** `process.memoryUsage()`, in bytes, after the collection when one ran. */
  memory: NodeJS.MemoryUsage;
  garbageCollected: boolean;
  /** `process.execArgv`: the Node and V8 flags on the server's command line (server/v8-flags.json for the client). */
  execArgv: string[];
  /**
   * V8's young generation (its `new_space`, both semi-spaces) now, in bytes. V8 does not report its
   * maximum: that is twice `--max-semi-space-size` (16 MB by default on 64-bit Node 20, so 32 MB).
   */
  youngGeneration: YoungGeneration;
  workspaceTrusted: boolean;
  /** Documents the server holds (proposals and open configuration files). */
  openDocuments: number;
  /** Documents whose analysis is cached. */
  cachedAnalyses: number;
  /** Open configuration files whose buffers are served to the configuration loader. */
  configBuffers: number;
  /** Per document, what its last analysis did: blocks seen, reused and parsed (incremental analysis). */
  analysisStats: Record<string, IncrementalStats>;
}

export interface YoungGeneration {
  /** Bytes reserved for it: what it has grown to. */
  size: number;
  /** Bytes its live and not yet collected objects take. */
  used: number;
  /** Bytes left before the next scavenge. */
  available: number;
}

export const SERVER_INFO_REQUEST = new RequestType<ServerInfoParams | null, ServerInfo, void>('proposalTone/serverInfo');

export interface ServerState {
  workspaceTrusted: boolean;
  openDocuments: number;
  cachedAnalyses: number;
  configBuffers: number;
  analysisStats: Record<string, IncrementalStats>;
}

export function serverInfo(params: ServerInfoParams | null, state: ServerState): ServerInfo {
  const collect = (globalThis as { gc?: () => void }).gc;
  const garbageCollected = params?.collectGarbage === true && typeof collect === 'function';
  if (garbageCollected) collect();
  return { pid: process.pid, memory: process.memoryUsage(), garbageCollected, execArgv: [...process.execArgv], youngGeneration: youngGeneration(), ...state };
}

function youngGeneration(): YoungGeneration {
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  // Every V8 heap has one; the zeros only keep the type total if a future V8 renames it.
  return { size: newSpace?.space_size ?? 0, used: newSpace?.space_used_size ?? 0, available: newSpace?.space_available_size ?? 0 };
}
