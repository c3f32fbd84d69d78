// The tone report: counts per category and per section, density, the balance of suggestions against
// orders, and the outline scanner it stands on, compared with remark's own reading of the headings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Heading } from 'mdast';
import { CATEGORIES, analyse, type Category } from '../../server/src/engine/index.js';
import { parseMarkdownTree } from '../../server/src/engine/markdown.js';
import { countSuggestions, toneReport } from '../../server/src/engine/report.js';
import { plainHeadingText, scanOutline } from '../../server/src/engine/report-outline.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function reportOf(text: string) {
  return toneReport(text, analyse(text));
}

function tally(categories: readonly Category[]): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const category of categories) counts[category] += 1;
  return counts;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
}

const PROPOSAL = [
  '---',
  'title: Refonte',
  '---',
  'Ce document présente notre proposition.',
  '',
  '# Contexte',
  '',
  'La direction souhaite raccourcir la clôture mensuelle.',
  '',
  '## Approche',
  '',
  'Vous devez migrer vers le cloud. Il faut recruter un développeur.',
  '',
  'Nous vous suggérons un atelier. Vous pourriez aussi classer les flux.',
  '',
  '```',
  '# pas un titre : vous pourriez',
  '```',
  '',
  'Calendrier',
  '----------',
  '',
  'Bien entendu, le lot 1 démarre en mars.',
  '',
].join('\n');

describe('tone report', () => {
  it('counts every finding once, per category and per section, in document order', () => {
    const analysis = analyse(PROPOSAL);
    const report = toneReport(PROPOSAL, analysis);
    assert.ok(analysis.findings.length >= 3, `the proposal holds findings: ${analysis.findings.map((f) => f.ruleId).join(', ')}`);
    assert.equal(report.total, analysis.findings.length);
    assert.deepEqual(report.byCategory, tally(analysis.findings.map((f) => f.category)));
    assert.deepEqual(
      report.findings.map((f) => f.start),
      [...analysis.findings].map((f) => f.start).sort((a, b) => a - b),
    );
    for (const section of report.sections) {
      const inSection = report.findings.filter((f) => report.sections[f.section] === section);
      assert.equal(section.total, inSection.length, `total of ${section.title ?? '(before the first heading)'}`);
      assert.deepEqual(section.byCategory, tally(inSection.map((f) => f.category)));
      for (const finding of inSection) assert.ok(section.start <= finding.start && finding.start < section.end, `${finding.ruleId} lies in its section`);
    }
  });

  it('cuts sections at headings (ATX and setext), not at lines that only look like headings', () => {
    const report = reportOf(PROPOSAL);
    assert.deepEqual(
      report.sections.map((s) => [s.title, s.depth]),
      [
        [undefined, 0],
        ['Contexte', 1],
        ['Approche', 2],
        ['Calendrier', 2],
      ],
    );
    const approach = report.sections[2]!;
    assert.equal(approach.orders, 2, 'two orders under "Approche"');
    assert.equal(approach.byCategory.imposition, 2);
    assert.equal(approach.suggestions, 2, '"Nous vous suggérons" and "Vous pourriez", not the one in the code block');
    const calendar = report.sections[3]!;
    assert.equal(calendar.byCategory.absolu, 1, '"Bien entendu" is under "Calendrier"');
    assert.equal(lineOf(PROPOSAL, calendar.start), PROPOSAL.split('\n').indexOf('Calendrier'));
    assert.equal(report.sections[0]!.start, 0);
    assert.equal(report.sections.at(-1)!.end, PROPOSAL.length);
  });

  it('has no section before the first heading when the document starts with one', () => {
    const report = reportOf('# Offre\n\nVous devez migrer.\n');
    assert.deepEqual(
      report.sections.map((s) => s.title),
      ['Offre'],
    );
    assert.equal(report.sections[0]!.start, 0);
    assert.equal(report.findings[0]!.section, 0);
  });

  it('puts a document without headings in one section', () => {
    const text = 'Vous devez migrer. You must migrate.\n';
    const report = reportOf(text);
    assert.equal(report.sections.length, 1);
    assert.equal(report.sections[0]!.title, undefined);
    assert.equal(report.sections[0]!.total, report.total);
  });

  it('gives the density per 1,000 words of prose', () => {
    const analysis = analyse(PROPOSAL);
    const report = toneReport(PROPOSAL, analysis);
    assert.ok(analysis.wordCount > 0);
    assert.equal(report.wordCount, analysis.wordCount);
    assert.equal(report.perThousandWords, (analysis.findings.length * 1000) / analysis.wordCount);
    assert.equal(reportOf('```\ncode\n```\n').perThousandWords, 0, 'no prose, no division by zero');
  });

  it('weighs suggestions against orders in the whole document', () => {
    const report = reportOf(PROPOSAL);
    assert.deepEqual(report.balance, { suggestions: 2, orders: report.byCategory.imposition });
  });
});

describe('suggestion phrasings', () => {
  it('are counted in French and English, whatever the case, across a line break', () => {
    assert.equal(countSuggestions('Nous vous suggérons de commencer. Nous recommandons un audit. Vous pourriez migrer.'), 3);
    assert.equal(countSuggestions('We suggest that you migrate. You could start small. Why not begin with an audit? We recommend it.'), 4);
    assert.equal(countSuggestions('nous vous suggérons'), 1);
    assert.equal(reportOf('Nous vous\nsuggérons un atelier.\n').balance.suggestions, 1);
  });

  it('are not counted as part of other words, in conditions, or in negations', () => {
    assert.equal(countSuggestions('If you could send the file, we will start.'), 0);
    assert.equal(countSuggestions('Si vous pourriez… (sic)'), 0);
    assert.equal(countSuggestions('Nous ne vous suggérons pas cela.'), 0);
    assert.equal(countSuggestions('Ayou couldn\u2019t'), 0);
  });

  it('are not counted in code, comments, front matter or blockquotes', () => {
    const text = [
      '---',
      'summary: we suggest a plan',
      '---',
      '`we suggest` inline code',
      '',
      '    we suggest (indented code)',
      '',
      '<!-- we suggest -->',
      '',
      '> We suggest, said the client.',
      '',
      '~~~',
      'we suggest',
      '~~~',
      '',
      'We suggest a pilot.',
      '',
    ].join('\n');
    assert.equal(reportOf(text).balance.suggestions, 1);
  });
});

describe('outline scanner', () => {
  function remarkHeadings(text: string): string[] {
    const lineStart = (offset: number): number => lineOf(text, offset);
    return parseMarkdownTree(text)
      .children.filter((node): node is Heading => node.type === 'heading')
      .map((node) => `${node.depth}@${lineStart(node.position!.start.offset!)}`);
  }

  function scannedHeadings(text: string): string[] {
    return scanOutline(text).headings.map((heading) => `${heading.depth}@${lineOf(text, heading.start)}`);
  }

  const TRICKY: readonly string[] = [
    '# One\n\nText\n\n## Two ##\n\n###### Six\n####### not a heading\n#not a heading\n',
    'Title\n=====\n\nSub\n---\n\n---\n\nText\n***\n',
    '```\n# code\n```\n\n~~~md\n# code\n```\n# still code\n~~~\n\n# After\n',
    '    # indented code\n\nText\n    # continuation\n',
    '<!--\n# comment\n-->\n\n# Real\n',
    '<div>\n# html\n</div>\n\n# Real\n',
    '- item\n\n  # heading in item\n\n# Top\n',
    '> # quoted\n\n# Top\n',
    '---\ntitle: x\n# yaml comment\n---\n\n# Top\n',
    '- a\n- b\n\n    ```\n    # code in item\n    ```\n\n# Top\n',
    'Para line one\nline two\n===\n',
    '1. First\n2. Second\n\n   # in item\n\nText\n\nSetext\n------\n',
    '<script>\n# js\n</script>\n# Top\n',
    '   # three spaces\n',
    '| a | b |\n|---|---|\n| # x | y |\n\n# Top\n',
  ];

  it('finds the headings remark finds, on tricky inputs', () => {
    for (const text of TRICKY) assert.deepEqual(scannedHeadings(text), remarkHeadings(text), JSON.stringify(text));
  });

  it("finds the headings remark finds, on the project's Markdown documents", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : name.endsWith('.md') ? [full] : [];
      });
    const documents = [...files(path.join(ROOT, 'docs')), ...files(path.join(ROOT, 'examples')), path.join(ROOT, 'README.md')];
    assert.ok(documents.length > 10);
    for (const file of documents) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(scannedHeadings(text), remarkHeadings(text), path.relative(ROOT, file));
    }
  });

  it('reads heading titles without their markup', () => {
    assert.equal(plainHeadingText('**3.** Une [démarche](https://example.com) `pas à pas` <!-- note -->'), '3. Une démarche pas à pas');
    assert.equal(plainHeadingText('[:fr]Budget \\*estimé\\*'), 'Budget *estimé*');
    assert.deepEqual(
      scanOutline('## Planning ##\n\nFoo *bar*\n===\n').headings.map((h) => h.title),
      ['Planning', 'Foo bar'],
    );
  });
});
