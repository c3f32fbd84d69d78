// The `proposalTone/report` request: the client asks for a document's tone report, and the server
// answers from the analysis it already holds, so the client never analyses anything itself. Types only
// (and the method name): the client bundle imports this file.
import type { Category, Lang, Severity } from '../engine/types.js';

export const REPORT_METHOD = 'proposalTone/report';

export interface ReportParams {
  textDocument: { uri: string };
}

/** Zero-based line and UTF-16 character, as in LSP. */
export interface ReportPosition {
  line: number;
  character: number;
}

export interface ReportRange {
  start: ReportPosition;
  end: ReportPosition;
}

export interface ReportSection {
  /** The heading's text; absent for what comes before the first heading. */
  title?: string;
  /** Heading level, 0 for what comes before the first heading. */
  depth: number;
  /** Line of the heading (0 for what comes before the first heading). */
  line: number;
  byCategory: Record<Category, number>;
  total: number;
  suggestions: number;
  orders: number;
}

export interface ReportedFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Language of the finding (its message and phrase are written in it). */
  lang: Lang;
  message: string;
  phrase: string;
  range: ReportRange;
  /** Index into the report's sections. */
  section: number;
}

export interface DocumentReport {
  /** The document's main language. */
  language: Lang;
  wordCount: number;
  total: number;
  byCategory: Record<Category, number>;
  perThousandWords: number;
  balance: { suggestions: number; orders: number };
  sections: ReportSection[];
  findings: ReportedFinding[];
}

export type ReportResponse =
  | { status: 'unknown-document' }
  | { status: 'disabled'; uri: string; version: number }
  | { status: 'too-large'; uri: string; version: number; bytes: number; limit: number }
  /** A NUL character near the start (`nulOffset`, in UTF-8 bytes): a binary file, not analysed. */
  | { status: 'binary'; uri: string; version: number; nulOffset: number }
  | { status: 'analysed'; uri: string; version: number; report: DocumentReport };
