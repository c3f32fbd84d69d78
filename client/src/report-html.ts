// The tone report's page: plain HTML built from the server's report, every text escaped, a small inline
// SVG chart, and one nonce script that only turns clicks into messages for the extension. Pure (no
// `vscode` import) so that the tests can render it; the strings arrive already localized.
import { CATEGORIES, type Category } from '../../server/src/engine/types.js';
import type { DocumentReport, ReportResponse } from '../../server/src/lsp/report-protocol.js';

export interface ReportStrings {
  title(documentName: string): string;
  frontalPhrasings: string;
  wordsOfProse: string;
  perThousandWords: string;
  suggestions: string;
  orders: string;
  balanceHeading: string;
  moreSuggestions: string;
  moreOrders: string;
  asManySuggestionsAsOrders: string;
  neitherSuggestionsNorOrders: string;
  chartTitle: string;
  perCategory: string;
  perSection: string;
  category: string;
  findings: string;
  total: string;
  section: string;
  beforeFirstHeading: string;
  everyFinding: string;
  line(line: number): string;
  noFindings: string;
  goToFinding: string;
  goToSection: string;
  disabled: string;
  tooLarge(limit: string): string;
  binary: string;
  unknownDocument: string;
}

export interface ReportView {
  documentName: string;
  /** The server's answer, or the message of the error that prevented one. */
  response: ReportResponse | { status: 'failed'; message: string };
  strings: ReportStrings;
  /** Category names in the interface's language. */
  categoryLabels: Readonly<Record<Category, string>>;
  /** BCP 47 locale for numbers. */
  locale: string;
}

/** What the page's script sends to the extension. */
export type ReportMessage = { type: 'ready' } | { type: 'reveal-finding'; index: number } | { type: 'reveal-section'; index: number };

/** The message, if the webview sent one of ours; anything else (it is untrusted input) is dropped. */
export function parseReportMessage(value: unknown): ReportMessage | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, index } = value as { type?: unknown; index?: unknown };
  if (type === 'ready') return { type };
  if ((type === 'reveal-finding' || type === 'reveal-section') && typeof index === 'number' && Number.isInteger(index) && index >= 0) return { type, index };
  return undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Theme colours per category (VS Code's chart palette, so that every theme gives them). */
const CATEGORY_COLOUR: Readonly<Record<Category, string>> = {
  imposition: 'red',
  rejet: 'orange',
  refus: 'purple',
  absolu: 'yellow',
  sachant: 'blue',
  complaisance: 'green',
};

const CHART = { width: 560, labelWidth: 170, barHeight: 18, gap: 8, countWidth: 40 };

function categoryChart(report: DocumentReport, view: ReportView): string {
  const barArea = CHART.width - CHART.labelWidth - CHART.countWidth;
  const largest = Math.max(1, ...CATEGORIES.map((category) => report.byCategory[category]));
  const number = new Intl.NumberFormat(view.locale);
  const rows = CATEGORIES.map((category, row) => {
    const count = report.byCategory[category];
    const y = row * (CHART.barHeight + CHART.gap);
    const width = Math.round((count / largest) * barArea);
    const label = escapeHtml(view.categoryLabels[category]);
    const textY = y + CHART.barHeight - 4;
    return [
      `<text class="label" x="${CHART.labelWidth - 8}" y="${textY}" text-anchor="end">${label}</text>`,
      `<rect class="bar ${CATEGORY_COLOUR[category]}" x="${CHART.labelWidth}" y="${y}" width="${width}" height="${CHART.barHeight}"><title>${label}: ${number.format(count)}</title></rect>`,
      `<text class="count" x="${CHART.labelWidth + width + 6}" y="${textY}">${number.format(count)}</text>`,
    ].join('');
  });
  const height = CATEGORIES.length * (CHART.barHeight + CHART.gap) - CHART.gap;
  return `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}"><title id="chart-title">${escapeHtml(view.strings.chartTitle)}</title>${rows.join('')}</svg>`;
}

/** One bar split between suggestions (left) and orders (right). */
function balanceChart(report: DocumentReport, view: ReportView): string {
  const { suggestions, orders } = report.balance;
  const number = new Intl.NumberFormat(view.locale);
  const total = suggestions + orders;
  const width = CHART.width;
  const suggestionWidth = total === 0 ? 0 : Math.round((suggestions / total) * width);
  const parts = [
    `<rect class="bar green" x="0" y="0" width="${suggestionWidth}" height="${CHART.barHeight}"><title>${escapeHtml(view.strings.suggestions)}: ${number.format(suggestions)}</title></rect>`,
    `<rect class="bar red" x="${suggestionWidth}" y="0" width="${total === 0 ? 0 : width - suggestionWidth}" height="${CHART.barHeight}"><title>${escapeHtml(view.strings.orders)}: ${number.format(orders)}</title></rect>`,
  ];
  if (total === 0) parts.push(`<rect class="bar empty" x="0" y="0" width="${width}" height="${CHART.barHeight}"></rect>`);
  return `<svg class="chart" role="img" aria-label="${escapeHtml(`${view.strings.suggestions}: ${number.format(suggestions)}, ${view.strings.orders}: ${number.format(orders)}`)}" viewBox="0 0 ${width} ${CHART.barHeight}" width="${width}" height="${CHART.barHeight}">${parts.join('')}</svg>`;
}

function balanceSentence(report: DocumentReport, strings: ReportStrings): string {
  const { suggestions, orders } = report.balance;
  if (suggestions === 0 && orders === 0) return strings.neitherSuggestionsNorOrders;
  if (suggestions > orders) return strings.moreSuggestions;
  if (orders > suggestions) return strings.moreOrders;
  return strings.asManySuggestionsAsOrders;
}

function sectionTitle(report: DocumentReport, index: number, strings: ReportStrings): string {
  return report.sections[index]?.title ?? strings.beforeFirstHeading;
}

function analysedBody(report: DocumentReport, view: ReportView): string {
  const { strings } = view;
  const number = new Intl.NumberFormat(view.locale);
  const rate = new Intl.NumberFormat(view.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const summary = [
    [strings.frontalPhrasings, number.format(report.total)],
    [strings.wordsOfProse, number.format(report.wordCount)],
    [strings.perThousandWords, rate.format(report.perThousandWords)],
    [strings.suggestions, number.format(report.balance.suggestions)],
    [strings.orders, number.format(report.balance.orders)],
  ]
    .map(([term, value]) => `<div class="figure"><dt>${escapeHtml(term!)}</dt><dd>${escapeHtml(value!)}</dd></div>`)
    .join('');

  const categoryRows = CATEGORIES.map(
    (category) => `<tr><th scope="row"><span class="swatch ${CATEGORY_COLOUR[category]}"></span>${escapeHtml(view.categoryLabels[category])} <code>${category}</code></th><td>${number.format(report.byCategory[category])}</td></tr>`,
  ).join('');

  const sectionRows = report.sections
    .map((section, index) => {
      const counts = CATEGORIES.map((category) => `<td>${section.byCategory[category] === 0 ? '' : number.format(section.byCategory[category])}</td>`).join('');
      const depth = Math.max(0, section.depth - 1);
      return `<tr><th scope="row" class="depth-${Math.min(depth, 5)}"><button type="button" class="link" data-section="${index}" title="${escapeHtml(strings.goToSection)}">${escapeHtml(sectionTitle(report, index, strings))}</button></th>${counts}<td class="total">${number.format(section.total)}</td><td>${number.format(section.suggestions)}</td></tr>`;
    })
    .join('');
  const categoryHeaders = CATEGORIES.map((category) => `<th scope="col">${escapeHtml(view.categoryLabels[category])}</th>`).join('');

  const findings =
    report.findings.length === 0
      ? `<p class="empty">${escapeHtml(strings.noFindings)}</p>`
      : `<ol class="findings">${report.findings
          .map(
            (finding, index) =>
              `<li><button type="button" class="link" data-finding="${index}" title="${escapeHtml(strings.goToFinding)}">${escapeHtml(strings.line(finding.range.start.line + 1))}</button> <span class="swatch ${CATEGORY_COLOUR[finding.category]}"></span><strong>${escapeHtml(finding.phrase)}</strong> — ${escapeHtml(view.categoryLabels[finding.category])} · <span class="section">${escapeHtml(sectionTitle(report, finding.section, strings))}</span><br><span class="message" lang="${finding.lang}">${escapeHtml(finding.message)}</span> <code>${escapeHtml(finding.ruleId)}</code></li>`,
          )
          .join('')}</ol>`;

  return [
    `<dl class="summary">${summary}</dl>`,
    `<h2>${escapeHtml(strings.perCategory)}</h2>`,
    categoryChart(report, view),
    `<table class="categories"><thead><tr><th scope="col">${escapeHtml(strings.category)}</th><th scope="col">${escapeHtml(strings.findings)}</th></tr></thead><tbody>${categoryRows}</tbody><tfoot><tr><th scope="row">${escapeHtml(strings.total)}</th><td>${number.format(report.total)}</td></tr></tfoot></table>`,
    `<h2>${escapeHtml(strings.balanceHeading)}</h2>`,
    balanceChart(report, view),
    `<p class="legend"><span class="swatch green"></span>${escapeHtml(strings.suggestions)} ${number.format(report.balance.suggestions)} · <span class="swatch red"></span>${escapeHtml(strings.orders)} ${number.format(report.balance.orders)}</p>`,
    `<p>${escapeHtml(balanceSentence(report, strings))}</p>`,
    `<h2>${escapeHtml(strings.perSection)}</h2>`,
    `<table class="sections"><thead><tr><th scope="col">${escapeHtml(strings.section)}</th>${categoryHeaders}<th scope="col">${escapeHtml(strings.total)}</th><th scope="col">${escapeHtml(strings.suggestions)}</th></tr></thead><tbody>${sectionRows}</tbody></table>`,
    `<h2>${escapeHtml(strings.everyFinding)}</h2>`,
    findings,
  ].join('\n');
}

/** The report's content (what the page's script swaps in place when the report is refreshed). */
export function reportBodyHtml(view: ReportView): string {
  const { strings, response } = view;
  const heading = `<h1>${escapeHtml(strings.title(view.documentName))}</h1>`;
  switch (response.status) {
    case 'analysed':
      return `${heading}\n${analysedBody(response.report, view)}`;
    case 'disabled':
      return `${heading}\n<p class="notice">${escapeHtml(strings.disabled)}</p>`;
    case 'too-large':
      return `${heading}\n<p class="notice">${escapeHtml(strings.tooLarge(new Intl.NumberFormat(view.locale).format(response.limit)))}</p>`;
    case 'binary':
      return `${heading}\n<p class="notice">${escapeHtml(strings.binary)}</p>`;
    case 'unknown-document':
      return `${heading}\n<p class="notice">${escapeHtml(strings.unknownDocument)}</p>`;
    case 'failed':
      return `${heading}\n<p class="notice">${escapeHtml(response.message)}</p>`;
  }
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1.5em 2em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 1.6em; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5em; margin: 0; }
.figure dt { opacity: 0.8; } .figure dd { margin: 0; font-size: 1.6em; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; margin-top: 0.8em; }
th, td { padding: 0.2em 0.7em; text-align: left; border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); }
td { text-align: right; font-variant-numeric: tabular-nums; } td.total { font-weight: bold; }
.depth-1 { padding-left: 1.5em; } .depth-2 { padding-left: 2.5em; } .depth-3, .depth-4, .depth-5 { padding-left: 3.5em; }
.chart { display: block; max-width: 100%; height: auto; margin-top: 0.5em; }
.chart .label, .chart .count { fill: var(--vscode-foreground); font-size: 12px; }
.red { fill: var(--vscode-charts-red); background: var(--vscode-charts-red); }
.orange { fill: var(--vscode-charts-orange); background: var(--vscode-charts-orange); }
.purple { fill: var(--vscode-charts-purple); background: var(--vscode-charts-purple); }
.yellow { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
.blue { fill: var(--vscode-charts-blue); background: var(--vscode-charts-blue); }
.green { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); }
.bar.empty { fill: none; stroke: var(--vscode-foreground); stroke-opacity: 0.3; }
.swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.4em; border-radius: 2px; }
button.link { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; }
button.link:hover, button.link:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
button.link:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.findings li { margin-bottom: 0.6em; } .message { opacity: 0.9; } .section { opacity: 0.8; }
code { font-family: var(--vscode-editor-font-family); opacity: 0.8; }
`;

/** Turns clicks into messages and swaps in a refreshed report; nothing else runs in the page. */
const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('report');
  document.addEventListener('click', function (event) {
    const target = event.target instanceof Element ? event.target.closest('[data-finding], [data-section]') : null;
    if (!target) return;
    event.preventDefault();
    const finding = target.getAttribute('data-finding');
    if (finding !== null) vscode.postMessage({ type: 'reveal-finding', index: Number(finding) });
    else vscode.postMessage({ type: 'reveal-section', index: Number(target.getAttribute('data-section')) });
  });
  window.addEventListener('message', function (event) {
    const message = event.data;
    if (message && message.type === 'render' && typeof message.html === 'string') root.innerHTML = message.html;
  });
  vscode.postMessage({ type: 'ready' });
})();
`;

export interface ReportPage {
  body: string;
  title: string;
  /** A fresh random value for each page: the only script and style that may run carry it. */
  nonce: string;
  /** The webview's own source (`webview.cspSource`). */
  cspSource: string;
  lang: string;
}

/** The whole page, locked down: no remote content, no inline script or style but the nonce ones. */
export function reportPageHtml(page: ReportPage): string {
  const csp = [
    "default-src 'none'",
    `img-src ${page.cspSource} data:`,
    `style-src 'nonce-${page.nonce}'`,
    `script-src 'nonce-${page.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<style nonce="${page.nonce}">${STYLE}</style>
</head>
<body>
<main id="report">${page.body}</main>
<script nonce="${page.nonce}">${SCRIPT}</script>
</body>
</html>`;
}
