/**
 * `npm run test:integration`: runs test/integration/suite inside code-server's real
 * extension host. A test-only runner extension, installed beside the packaged extension,
 * runs the suite at start-up and writes the results to a file that this script waits for.
 * Fails on any failing test, on no test at all, and when no results come in time.
 */
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT, SAMPLE_WORKSPACE, makeWorkspace, openWorkbench, removeWorkspace, packageExtension, startCodeServer } from '../../scripts/codeServer';

const RESULTS_TIMEOUT_MS = 240_000;

interface Results {
  passed: { title: string; duration?: number }[];
  failed: { title: string; error: string }[];
  pending: { title: string }[];
}

/** Builds the runner's .vsix with the suite bundled into it. */
async function packageRunner(tempDir: string): Promise<string> {
  const folder = path.join(tempDir, 'runner');
  fs.cpSync(path.join(PROJECT_ROOT, 'test/integration/runner'), folder, { recursive: true });
  const suites = fs
    .readdirSync(path.join(PROJECT_ROOT, 'test/integration/suite'))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `require('./${name}');`)
    .join('\n');
  await esbuild.build({
    stdin: { contents: suites, resolveDir: path.join(PROJECT_ROOT, 'test/integration/suite'), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    outfile: path.join(folder, 'suite.js'),
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(folder, 'README.md'), 'Test-only runner for the Newsroom Lens integration suite.\n');
  fs.writeFileSync(path.join(folder, 'LICENSE'), 'MIT\n');
  const vsix = path.join(tempDir, 'runner.vsix');
  execFileSync(path.join(PROJECT_ROOT, 'node_modules/.bin/vsce'), ['package', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsix;
}

async function main(): Promise<number> {
  const extensionVsix = packageExtension();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-runner-'));
  const runnerVsix = await packageRunner(scratch);
  const resultsFile = path.join(scratch, 'results.json');
  const workspace = makeWorkspace(SAMPLE_WORKSPACE, path.join(PROJECT_ROOT, 'test/integration/workspace'));
  const server = await startCodeServer({
    extensions: [extensionVsix, runnerVsix],
    workspace,
    env: { NEWSROOM_LENS_TEST_RESULTS: resultsFile, NEWSROOM_LENS_MOCHA: require.resolve('mocha') },
  });
  let browser: Awaited<ReturnType<typeof openWorkbench>>['browser'] | undefined;
  try {
    // The extension host starts when a window connects.
    ({ browser } = await openWorkbench(server.url));
    const deadline = Date.now() + RESULTS_TIMEOUT_MS;
    while (!fs.existsSync(resultsFile)) {
      if (Date.now() > deadline) {
        console.error(`No integration results after ${RESULTS_TIMEOUT_MS / 1000} s. code-server log:\n${fs.readFileSync(server.logFile, 'utf8')}`);
        return 1;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results;
    console.log('\n  Integration tests in a real VS Code (code-server 4.100.3)\n');
    for (const test of results.passed) console.log(`    ✔ ${test.title}${test.duration ? ` (${test.duration} ms)` : ''}`);
    for (const test of results.pending) console.log(`    - ${test.title} (pending)`);
    for (const test of results.failed) console.log(`    ✘ ${test.title}\n${test.error.replace(/^/gm, '        ')}`);
    console.log(`\nintegration: ${results.passed.length} passed, ${results.failed.length} failed\n`);
    if (results.passed.length === 0) {
      console.error('No integration test ran.');
      return 1;
    }
    return results.failed.length > 0 ? 1 : 0;
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(server.stateDir, { recursive: true, force: true });
    removeWorkspace(workspace);
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
