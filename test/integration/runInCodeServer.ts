/**
 * `npm run test:integration`: runs test/integration/suite inside code-server's real
 * extension host, then test/integration/untrusted with Workspace Trust on (Restricted Mode). A test-only runner extension, installed beside the packaged extension,
 * runs the suite at start-up and writes the results to a file that this script waits for.
 * Fails on any failing test, on no test at all, and when no results come in time.
 */
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  PROJECT_ROOT,
  SAMPLE_WORKSPACE,
  makeWorkspace,
  openWorkbench,
  removeWorkspace,
  packageExtension,
  startCodeServer,
} from '../../scripts/codeServer';

// The suite takes two to three minutes on a shared two-core machine; its long drafts up to one more.
const RESULTS_TIMEOUT_MS = 420_000;

interface Results {
  passed: { title: string; duration?: number }[];
  failed: { title: string; error: string }[];
  pending: { title: string }[];
}

/** Builds the runner's .vsix with the suites of `suiteFolder` bundled into it. */
async function packageRunner(suiteFolder: string, tempDir: string): Promise<string> {
  const folder = path.join(tempDir, 'runner');
  fs.cpSync(path.join(PROJECT_ROOT, 'test/integration/runner'), folder, { recursive: true });
  const suites = fs
    .readdirSync(suiteFolder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `require('./${name}');`)
    .join('\n');
  await esbuild.build({
    stdin: { contents: suites, resolveDir: suiteFolder, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // As scripts/build.mjs: jsonc-parser's "main" is UMD, whose inner requires a bundler cannot follow.
    mainFields: ['module', 'main'],
    outfile: path.join(folder, 'suite.js'),
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(folder, 'README.md'), 'Test-only runner for the Newsroom Lens integration suite.\n');
  fs.writeFileSync(path.join(folder, 'LICENSE'), 'MIT\n');
  const vsix = path.join(tempDir, 'runner.vsix');
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules/.bin/vsce'),
    ['package', '--allow-missing-repository', '--skip-license', '--out', vsix],
    {
      cwd: folder,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return vsix;
}

/** Prints a run's results under its title, and gives them back. */
function printed(title: string, results: Results): Results {
  console.log(`\n  ${title}\n`);
  for (const test of results.passed) console.log(`    ✔ ${test.title}${test.duration ? ` (${test.duration} ms)` : ''}`);
  for (const test of results.pending) console.log(`    - ${test.title} (pending)`);
  for (const test of results.failed) console.log(`    ✘ ${test.title}\n${test.error.replace(/^/gm, '        ')}`);
  return results;
}

/** Runs the suites of one folder in a fresh code-server; returns its results. */
async function runSuites(
  title: string,
  suiteFolder: string,
  extensionVsix: string,
  workspaceTrust: boolean,
): Promise<Results> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-runner-'));
  const resultsFile = path.join(scratch, 'results.json');
  const workspace = makeWorkspace(SAMPLE_WORKSPACE, path.join(PROJECT_ROOT, 'test/integration/workspace'));
  const server = await startCodeServer({
    extensions: [extensionVsix, await packageRunner(suiteFolder, scratch)],
    workspace,
    workspaceTrust,
    env: { NEWSROOM_LENS_TEST_RESULTS: resultsFile, NEWSROOM_LENS_MOCHA: require.resolve('mocha') },
  });
  let browser: Awaited<ReturnType<typeof openWorkbench>>['browser'] | undefined;
  try {
    // The extension host starts when a window connects.
    ({ browser } = await openWorkbench(server.url));
    const deadline = Date.now() + RESULTS_TIMEOUT_MS;
    while (!fs.existsSync(resultsFile)) {
      if (Date.now() > deadline) {
        const log = fs.readFileSync(server.logFile, 'utf8');
        return printed(title, {
          passed: [],
          pending: [],
          failed: [{ title, error: `no results after ${RESULTS_TIMEOUT_MS / 1000} s; code-server log:\n${log}` }],
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return printed(title, JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Results);
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(server.stateDir, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
    removeWorkspace(workspace);
  }
}

async function main(): Promise<number> {
  const extensionVsix = packageExtension();
  const runs = [
    await runSuites(
      'Integration tests in a real VS Code (code-server 4.100.3)',
      path.join(__dirname, '../../../test/integration/suite'),
      extensionVsix,
      false,
    ),
    await runSuites(
      'In an untrusted workspace (Restricted Mode)',
      path.join(__dirname, '../../../test/integration/untrusted'),
      extensionVsix,
      true,
    ),
  ];
  const passed = runs.reduce((sum, run) => sum + run.passed.length, 0);
  const failed = runs.reduce((sum, run) => sum + run.failed.length, 0);
  console.log(`\nintegration: ${passed} passed, ${failed} failed\n`);
  if (runs.some((run) => run.passed.length === 0)) {
    console.error('A run of the integration suite executed no test.');
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
