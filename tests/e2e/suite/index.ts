// The extensionTestsPath module: VS Code (or code-server) loads it in the extension host and awaits run().
// It runs every compiled *.test.js beside it with mocha. A runner outside the extension host cannot see
// mocha, so when PROPOSAL_TONE_E2E_RESULTS names a file the counts are written there, and when
// PROPOSAL_TONE_E2E_REPORT names one the reporter's lines are appended to it as they are printed (in
// code-server the extension host's console reaches the browser without any marker telling it apart).
import Mocha from 'mocha';
import { appendFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; message: string }[];
}

const TEST_TIMEOUT_MS = 120_000;

function copyReporterOutputTo(reportPath: string): void {
  const printToConsole = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => {
    printToConsole(...data);
    appendFileSync(reportPath, `${format(...data)}\n`);
  };
}

export async function run(): Promise<void> {
  const reportPath = process.env.PROPOSAL_TONE_E2E_REPORT;
  if (reportPath) copyReporterOutputTo(reportPath);
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: TEST_TIMEOUT_MS, reporter: 'spec' });
  const testFiles = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (testFiles.length === 0) throw new Error(`no *.test.js files next to ${__dirname}`);
  for (const name of testFiles) mocha.addFile(join(__dirname, name));

  const summary = await new Promise<SuiteSummary>((resolve) => {
    const counts: SuiteSummary = { passed: 0, failed: 0, pending: 0, failures: [] };
    const runner = mocha.run();
    runner.on('pass', () => {
      counts.passed += 1;
    });
    runner.on('pending', () => {
      counts.pending += 1;
    });
    // Also fires for failing hooks, which then count as failures.
    runner.on('fail', (test, error: unknown) => {
      counts.failed += 1;
      counts.failures.push({
        title: test.fullTitle(),
        message: error instanceof Error ? error.message : String(error),
      });
    });
    runner.once('end', () => resolve(counts));
  });

  const resultsPath = process.env.PROPOSAL_TONE_E2E_RESULTS;
  if (resultsPath) writeFileSync(resultsPath, `${JSON.stringify(summary, null, 2)}\n`);
  if (summary.failed > 0) throw new Error(`${summary.failed} end-to-end test(s) failed`);
}
