// Human-readable output: findings grouped per file, each with its preferred rewrite, then a summary.
// Lines and columns are 1-based here (as editors and terminals show them); columns count UTF-16 units.
import type { Finding, Severity } from '../engine/index.js';
import { countSeverities, type CheckedFile, type SkippedFile } from './report.js';

export interface Palette {
  path(s: string): string;
  severity(severity: Severity, s: string): string;
  dim(s: string): string;
  rewrite(s: string): string;
  summary(failed: boolean, s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const SEVERITY_COLOUR: Record<Severity, (s: string) => string> = {
  error: wrap(31, 39),
  warning: wrap(33, 39),
  information: wrap(34, 39),
  hint: wrap(2, 22),
};

export const ANSI_PALETTE: Palette = {
  path: wrap(4, 24),
  severity: (severity, s) => SEVERITY_COLOUR[severity](s),
  dim: wrap(2, 22),
  rewrite: wrap(32, 39),
  summary: (failed, s) => wrap(1, 22)((failed ? wrap(31, 39) : wrap(32, 39))(s)),
};

export const PLAIN_PALETTE: Palette = {
  path: (s) => s,
  severity: (_severity, s) => s,
  dim: (s) => s,
  rewrite: (s) => s,
  summary: (_failed, s) => s,
};

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function choosePalette(isTTY: boolean, env: NodeJS.ProcessEnv): Palette {
  return isTTY && !env['NO_COLOR'] ? ANSI_PALETTE : PLAIN_PALETTE;
}

export interface StylishContext {
  palette: Palette;
  /** --fix ran: say how many rewrites were applied instead of suggesting it. */
  fixed: boolean;
}

export function formatStylish(files: readonly CheckedFile[], skipped: readonly SkippedFile[], ctx: StylishContext): string {
  const { palette } = ctx;
  const out: string[] = [];
  for (const file of files) {
    if (file.findings.length === 0) continue;
    out.push(`${palette.path(file.displayPath)} ${palette.dim(`(${file.language})`)}`);
    const rows = file.findings.map((finding) => {
      const { line, character } = file.lines.positionAt(finding.start);
      // A phrase quoted in the message may span a hard-wrapped line of the source: keep one row per finding.
      return { finding, where: `${line + 1}:${character + 1}`, message: oneLine(finding.message) };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.finding.severity.length));
    const messageWidth = Math.max(...rows.map((r) => r.message.length));
    const indent = ' '.repeat(2 + whereWidth + 2 + severityWidth + 2);
    for (const { finding, where, message } of rows) {
      out.push(
        `  ${palette.dim(where.padEnd(whereWidth))}  ${palette.severity(finding.severity, finding.severity.padEnd(severityWidth))}  ` +
          `${message.padEnd(messageWidth)}  ${palette.dim(finding.ruleId)}`,
      );
      const preferred = preferredPreview(finding);
      if (preferred) out.push(`${indent}${palette.rewrite(`→ ${preferred}`)}`);
    }
    out.push('');
  }
  // One line each, so that a log or a grep shows which document was not checked and why.
  for (const file of skipped) out.push(`${palette.path(file.displayPath)}: ${palette.severity('error', oneLine(file.message))}`);
  if (skipped.length > 0) out.push('');
  if (files.length > 0 || skipped.length === 0) out.push(summaryLine(files, ctx));
  if (skipped.length > 0) {
    out.push(palette.summary(true, `✖ ${plural(skipped.length, 'file was', 'files were')} not checked (see above).`));
  }
  return `${out.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function preferredPreview(finding: Finding): string | undefined {
  const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
  return fix ? oneLine(fix.preview) : undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summaryLine(files: readonly CheckedFile[], ctx: StylishContext): string {
  const counts = countSeverities(files.flatMap((f) => f.findings));
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const fixesApplied = files.reduce((n, f) => n + f.fixesApplied, 0);
  const lines: string[] = [];
  if (ctx.fixed) {
    const fixedFiles = files.filter((f) => f.fixesApplied > 0).length;
    lines.push(`Applied ${plural(fixesApplied, 'rewrite', 'rewrites')} in ${plural(fixedFiles, 'file', 'files')}.`);
  }
  if (total === 0) {
    lines.push(ctx.palette.summary(false, `✔ No problems in ${plural(files.length, 'file', 'files')}.`));
    return lines.join('\n');
  }
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  if (counts.information > 0) parts.push(plural(counts.information, 'information', 'information'));
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint', 'hints'));
  const failed = counts.error + counts.warning > 0;
  lines.push(ctx.palette.summary(failed, `${failed ? '✖' : 'ℹ'} ${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${plural(files.length, 'file', 'files')}.`));
  const fixable = files.reduce((n, f) => n + f.findings.filter((x) => x.fixes.length > 0).length, 0);
  if (!ctx.fixed && fixable > 0) {
    lines.push(`  ${plural(fixable, 'finding has', 'findings have')} a preferred rewrite: run again with --fix to apply ${fixable === 1 ? 'it' : 'them'}.`);
  }
  return lines.join('\n');
}
