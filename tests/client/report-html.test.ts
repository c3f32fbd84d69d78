// The tone report's page, rendered without VS Code: locked down (CSP, nonce, no remote content), every
// text escaped, one link per finding and per section, a bar per category, and the webview's messages
// checked before the extension acts on them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CATEGORIES, CATEGORY_TEXT, analyse, type Category } from '../../server/src/engine/index.js';
import { reportResponse } from '../../server/src/lsp/report-request.js';
import type { ReportResponse } from '../../server/src/lsp/report-protocol.js';
import { escapeHtml, parseReportMessage, reportBodyHtml, reportPageHtml, type ReportStrings, type ReportView } from '../../client/src/report-html.js';

const STRINGS: ReportStrings = {
  title: (name) => `Tone report: ${name}`,
  frontalPhrasings: 'Frontal phrasings',
  wordsOfProse: 'Words of prose',
  perThousandWords: 'Per 1,000 words',
  suggestions: 'Suggestions',
  orders: 'Orders',
  balanceHeading: 'Suggestions versus orders',
  moreSuggestions: 'MORE-SUGGESTIONS',
  moreOrders: 'MORE-ORDERS',
  asManySuggestionsAsOrders: 'AS-MANY',
  neitherSuggestionsNorOrders: 'NEITHER',
  chartTitle: 'Findings per category',
  perCategory: 'Per category',
  perSection: 'Per section',
  category: 'Category',
  findings: 'Findings',
  total: 'Total',
  section: 'Section',
  beforeFirstHeading: 'Before the first heading',
  everyFinding: 'Every finding',
  line: (line) => `Line ${line}`,
  noFindings: 'NO-FINDINGS',
  goToFinding: 'Go to the finding',
  goToSection: 'Go to the section',
  disabled: 'DISABLED',
  tooLarge: (limit) => `TOO-LARGE ${limit}`,
  binary: 'BINARY',
  unknownDocument: 'UNKNOWN',
};

const LABELS = Object.fromEntries(CATEGORIES.map((category) => [category, CATEGORY_TEXT.en[category].label])) as Record<Category, string>;

function responseFor(text: string): ReportResponse {
  const document = TextDocument.create('file:///tmp/report.md', 'markdown', 3, text);
  return reportResponse({ document, outcome: { kind: 'analysed', result: analyse(text), options: {} } });
}

function view(response: ReportView['response'], documentName = 'offre.md'): ReportView {
  return { documentName, response, strings: STRINGS, categoryLabels: LABELS, locale: 'en' };
}

const TEXT = [
  'Intro.',
  '',
  '# Approach: 1 < 2 & "both"',
  '',
  'You must migrate to the cloud. You need to hire a developer.',
  '',
  '## Plan',
  '',
  'Of course, the first batch starts in March. We suggest a workshop.',
  '',
].join('\n');

describe('report page', () => {
  it('is locked down: default-src none, nonce script and style only, no remote content', () => {
    const nonce = 'bm9uY2Utdmx1ZQ==';
    const page = reportPageHtml({ body: reportBodyHtml(view(responseFor(TEXT))), title: 'Tone report', nonce, cspSource: 'vscode-webview://abc', lang: 'en' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`));
    assert.match(csp, new RegExp(`style-src 'nonce-${nonce}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [`<script nonce="${nonce}">`], 'one script, with the nonce');
    const styles = [...page.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(styles, [`<style nonce="${nonce}">`]);
    assert.doesNotMatch(page, /https?:\/\//, 'no remote URL anywhere');
    assert.doesNotMatch(page, /\sstyle="|\son[a-z]+="/i, 'no inline style or event handler attributes');
  });

  it('escapes every text that comes from the document', () => {
    const body = reportBodyHtml(view(responseFor(TEXT), '<b>offre</b>.md'));
    assert.doesNotMatch(body, /<b>offre/);
    assert.match(body, /Approach: 1 &#60; 2 &#38; &#34;both&#34;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('links every finding and every section, and draws one bar per category', () => {
    const response = responseFor(TEXT);
    assert.ok(response.status === 'analysed');
    const { report } = response;
    assert.ok(report.total >= 3, `findings: ${report.findings.map((f) => f.ruleId).join(', ')}`);
    const body = reportBodyHtml(view(response));
    const findingLinks = [...body.matchAll(/data-finding="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(findingLinks, report.findings.map((_, index) => index));
    const sectionLinks = [...body.matchAll(/data-section="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(sectionLinks, report.sections.map((_, index) => index));
    for (const finding of report.findings) assert.ok(body.includes(`Line ${finding.range.start.line + 1}`), `line of ${finding.ruleId}`);

    const categoryBars = [...body.matchAll(/<rect class="bar (\w+)" x="170" y="\d+" width="(\d+)"/g)];
    assert.equal(categoryBars.length, CATEGORIES.length);
    const largest = Math.max(...CATEGORIES.map((category) => report.byCategory[category]));
    CATEGORIES.forEach((category, index) => {
      const width = Number(categoryBars[index]![2]);
      assert.equal(width, Math.round((report.byCategory[category] / largest) * (560 - 170 - 40)), `bar of ${category}`);
    });
  });

  it('says which way the balance leans', () => {
    const leaning = (text: string): string => {
      const body = reportBodyHtml(view(responseFor(text)));
      return ['MORE-SUGGESTIONS', 'MORE-ORDERS', 'AS-MANY', 'NEITHER'].find((sentence) => body.includes(sentence)) ?? '(none)';
    };
    assert.equal(leaning('You must migrate. You need to hire a developer. We suggest a workshop.\n'), 'MORE-ORDERS');
    assert.equal(leaning('We suggest a workshop. You could start small.\n'), 'MORE-SUGGESTIONS');
    assert.equal(leaning('You must migrate. We suggest a workshop.\n'), 'AS-MANY');
    assert.equal(leaning('The team met on Monday.\n'), 'NEITHER');
    assert.match(reportBodyHtml(view(responseFor('The team met on Monday.\n'))), /NO-FINDINGS/);
  });

  it('explains a document it could not report on', () => {
    assert.match(reportBodyHtml(view({ status: 'disabled', uri: 'file:///a.md', version: 1 })), /DISABLED/);
    assert.match(reportBodyHtml(view({ status: 'too-large', uri: 'file:///a.md', version: 1, bytes: 3_000_000, limit: 2_097_152 })), /TOO-LARGE 2,097,152/);
    assert.match(reportBodyHtml(view({ status: 'binary', uri: 'file:///a.md', version: 1, nulOffset: 12 })), /BINARY/);
    assert.match(reportBodyHtml(view({ status: 'unknown-document' })), /UNKNOWN/);
    assert.match(reportBodyHtml(view({ status: 'failed', message: 'boom <x>' })), /boom &#60;x&#62;/);
  });
});

describe('messages from the report page', () => {
  it('are read only when they have the expected shape', () => {
    assert.deepEqual(parseReportMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseReportMessage({ type: 'reveal-finding', index: 2 }), { type: 'reveal-finding', index: 2 });
    assert.deepEqual(parseReportMessage({ type: 'reveal-section', index: 0 }), { type: 'reveal-section', index: 0 });
    for (const junk of [null, 'reveal', 3, {}, { type: 'reveal-finding' }, { type: 'reveal-finding', index: -1 }, { type: 'reveal-finding', index: 1.5 }, { type: 'reveal-finding', index: '1' }, { type: 'run', index: 1 }]) {
      assert.equal(parseReportMessage(junk), undefined, JSON.stringify(junk));
    }
  });
});
