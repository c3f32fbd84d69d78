// Writes the generated rule pages (see rule-docs.ts) and removes pages of rules that no longer exist.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderRuleDocs } from './rule-docs.js';

const pages = renderRuleDocs();
function listMarkdown(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(listMarkdown(full));
    else if (name.endsWith('.md')) out.push(full);
  }
  return out;
}
mkdirSync('docs/rules', { recursive: true });
for (const existing of listMarkdown('docs/rules')) {
  if (!pages.has(relative('.', existing))) rmSync(existing);
}
for (const [path, body] of pages) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
}
process.stdout.write(`wrote ${pages.size} pages under docs/rules\n`);
