// `proposalTone/serverInfo`: what the robustness and load tests need to see from outside the process —
// its id (to kill it and watch the client restart it), its memory, and how much per-document state it
// holds (which must drop to nothing once every document is closed).
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
  return { pid: process.pid, memory: process.memoryUsage(), garbageCollected, ...state };
}
