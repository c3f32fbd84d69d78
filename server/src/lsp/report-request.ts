// Answers `proposalTone/report` from the document's current analysis: the engine's report (offsets)
// turned into the protocol's shape (lines and characters of this version).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toneReport } from '../engine/report.js';
import type { CheckOutcome } from './analysis.js';
import { rangeOf } from './convert.js';
import type { ReportParams, ReportResponse } from './report-protocol.js';

export const UNKNOWN_DOCUMENT: ReportResponse = { status: 'unknown-document' };

/** The document URI of a report request, or undefined when the parameters are not a ReportParams. */
export function reportedUri(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const textDocument = (params as Partial<ReportParams>).textDocument;
  return typeof textDocument === 'object' && textDocument !== null && typeof textDocument.uri === 'string' ? textDocument.uri : undefined;
}

export function reportResponse(state: { document: TextDocument; outcome: CheckOutcome } | undefined): ReportResponse {
  if (!state) return UNKNOWN_DOCUMENT;
  const { document, outcome } = state;
  const about = { uri: document.uri, version: document.version };
  switch (outcome.kind) {
    case 'disabled':
      return { status: 'disabled', ...about };
    case 'too-large':
      return { status: 'too-large', ...about, bytes: outcome.bytes, limit: outcome.limit };
    case 'binary':
      return { status: 'binary', ...about, nulOffset: outcome.nulOffset };
    case 'analysed': {
      const report = toneReport(document.getText(), outcome.result);
      return {
        status: 'analysed',
        ...about,
        report: {
          language: report.language,
          wordCount: report.wordCount,
          total: report.total,
          byCategory: report.byCategory,
          perThousandWords: report.perThousandWords,
          balance: report.balance,
          sections: report.sections.map(({ start, end: _end, ...section }) => ({ ...section, line: document.positionAt(start).line })),
          findings: report.findings.map(({ start, end, ...finding }) => ({ ...finding, range: rangeOf(document, start, end) })),
        },
      };
    }
  }
}
