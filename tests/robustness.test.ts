// Issue 8's checklist stays true: every test docs/robustness.md names still exists under that name, the
// Restricted Mode declaration is the one the docs describe, and CI runs the property tests at a fixed
// seed with the long run one command away.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { propertyParameters, MAIN_PROPERTY_RUNS } from './property/generators.js';

const ROOT = join(import.meta.dirname, '..');

function read(relative: string): string {
  return readFileSync(join(ROOT, relative), 'utf8');
}

/** (file, test name) pairs of the checklist: "`file` › "name"", a name after "›" belonging to the last file named. */
function checklistReferences(markdown: string): Array<{ file: string; name: string }> {
  const start = markdown.indexOf('## Checklist');
  assert.ok(start >= 0, 'docs/robustness.md has its checklist');
  // The checklist is hard-wrapped: a test name may span two lines of the Markdown.
  const text = markdown.slice(start).replace(/\s+/g, ' ');
  const references: Array<{ file: string; name: string }> = [];
  let file: string | undefined;
  for (const match of text.matchAll(/`([^`\s]+\.(?:ts|mjs))`|› "([^"]+)"/g)) {
    if (match[1] !== undefined) file = match[1];
    else {
      assert.ok(file, `"${match[2]}" follows a file name`);
      references.push({ file, name: match[2]! });
    }
  }
  return references;
}

describe('robustness checklist (docs/robustness.md)', () => {
  it('every test it names exists, in the file it names', () => {
    const references = checklistReferences(read('docs/robustness.md'));
    assert.ok(references.length >= 30, `${references.length} references`);
    for (const { file, name } of references) {
      assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
      assert.ok(read(file).includes(name), `${file} has a test named "${name}"`);
    }
  });
});

describe('untrusted workspaces: what package.json declares', () => {
  it('Restricted Mode restricts exactly the setting that could make the server work harder', () => {
    const manifest = JSON.parse(read('package.json')) as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const declared = manifest.capabilities.untrustedWorkspaces;
    assert.equal(declared.supported, 'limited');
    // A workspace could raise the size limit to make the server read anything; every other setting only
    // chooses which findings show, which a folder may do.
    assert.deepEqual(declared.restrictedConfigurations, ['proposalTone.maxFileSize']);
    for (const setting of declared.restrictedConfigurations ?? []) assert.ok(setting in manifest.contributes.configuration.properties, setting);
    assert.match(read('docs/robustness.md'), /`proposalTone\.maxFileSize` cannot be raised/);
  });
});

describe('property tests in CI', () => {
  it('CI runs the property tests at a fixed seed, and the long run is one command', () => {
    assert.match(read('.ci/run'), /^npm test$/m);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    assert.match(scripts['fuzz'] ?? '', /tests\/property/);
    const saved = { runs: process.env['FUZZ_RUNS'], seed: process.env['FUZZ_SEED'] };
    try {
      delete process.env['FUZZ_RUNS'];
      delete process.env['FUZZ_SEED'];
      const first = propertyParameters(MAIN_PROPERTY_RUNS);
      assert.deepEqual(propertyParameters(MAIN_PROPERTY_RUNS), first, 'the same seed every run');
      assert.equal(first.numRuns, MAIN_PROPERTY_RUNS, 'bounded runs');
      process.env['FUZZ_RUNS'] = String(MAIN_PROPERTY_RUNS * 25);
      process.env['FUZZ_SEED'] = '123';
      assert.deepEqual(propertyParameters(MAIN_PROPERTY_RUNS), { numRuns: MAIN_PROPERTY_RUNS * 25, seed: 123 }, 'FUZZ_RUNS and FUZZ_SEED reach the properties');
    } finally {
      for (const [name, value] of [
        ['FUZZ_RUNS', saved.runs],
        ['FUZZ_SEED', saved.seed],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
