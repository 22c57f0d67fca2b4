/**
 * Runs a real VS Code for `npm start` and the tests: code-server (VS Code 1.100 on Node, from the npm
 * registry) with the packaged extension installed, driven by Debian's Chromium through
 * playwright-core. Nothing here downloads from outside the npm registry and Debian.
 */
import { type ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { type Browser, type Page, chromium } from 'playwright-core';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const SAMPLE_WORKSPACE = path.join(PROJECT_ROOT, 'test/fixtures/workspace');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs code-server into the git-ignored cache once; returns its launcher. */
export function ensureCodeServer(): string {
  return execFileSync('bash', [path.join(PROJECT_ROOT, 'scripts/ensure-code-server.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

const VSCE = path.join(PROJECT_ROOT, 'node_modules/.bin/vsce');
let packaged: string | undefined;

/** Packages the extension as users get it (production build, .vscodeignore applied), once per process. */
export function packageExtension(): string {
  if (!packaged) {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    packaged = path.join(PROJECT_ROOT, 'dist/newsroom-lens.vsix');
  }
  return packaged;
}

/**
 * Packages the same files as packageExtension under a manifest with "browser" and no "main", as
 * vscode.dev gets a web extension: VS Code can then run it only in the browser's web worker
 * extension host, from dist/web/extension.js. Returns the .vsix, in a fresh temporary folder.
 */
export function packageWebOnlyExtension(): string {
  packageExtension();
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-web-'));
  const files = execFileSync(VSCE, ['ls', '--no-dependencies'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '');
  for (const file of files) {
    fs.mkdirSync(path.join(staging, path.dirname(file)), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(staging, file));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(staging, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof manifest.browser !== 'string')
    throw new Error('package.json has no "browser" entry to run in a web worker');
  // Without "main" nothing can run in Node; without "scripts" vsce packages the built files as they are.
  delete manifest.main;
  delete manifest.scripts;
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
  // The staging folder holds only what the package lists; an ignore file says so to vsce, which warns without one.
  fs.writeFileSync(path.join(staging, '.vscodeignore'), '*.vsix\n');
  const vsix = path.join(staging, 'newsroom-lens-web.vsix');
  execFileSync(
    VSCE,
    ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: staging, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return vsix;
}

export interface CodeServerOptions {
  /** .vsix files to install. */
  readonly extensions: readonly string[];
  /** The folder to open. */
  readonly workspace: string;
  /** Where user data, extensions and the log live; a fresh temporary folder if not given. */
  readonly stateDir?: string;
  /** The port to listen on; a free one if not given. */
  readonly port?: number;
  /** Extra environment for code-server and so for the extension host. */
  readonly env?: Record<string, string>;
  /** User settings. */
  readonly settings?: Record<string, unknown>;
  /** Keep Workspace Trust on, so the workspace opens in Restricted Mode (default: off). */
  readonly workspaceTrust?: boolean;
}

export interface RunningCodeServer {
  readonly url: string;
  readonly stateDir: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

/** A fresh temporary workspace folder, "newsroom-desk", holding copies of `folders` in order. */
export function makeWorkspace(...folders: string[]): string {
  const workspace = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-')), 'newsroom-desk');
  for (const folder of folders) fs.cpSync(folder, workspace, { recursive: true });
  return workspace;
}

/** Removes a workspace made by makeWorkspace, with the temporary folder around it. */
export function removeWorkspace(workspace: string): void {
  fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    http
      .get(url, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', () => resolve(0));
  });
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const launcher = ensureCodeServer();
  const stateDir = options.stateDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lens-vscode-'));
  const userData = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'security.workspace.trust.enabled': options.workspaceTrust === true,
      // With trust on, open untrusted without the modal prompt.
      'security.workspace.trust.startupPrompt': 'never',
      ...options.settings,
    }),
  );
  const baseArgs = ['--user-data-dir', userData, '--extensions-dir', extensionsDir];
  for (const vsix of options.extensions) {
    execFileSync(launcher, [...baseArgs, '--force', '--install-extension', vsix], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const port = options.port ?? (await freePort());
  const logFile = path.join(stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    launcher,
    [
      ...baseArgs,
      '--config',
      path.join(stateDir, 'config.yaml'),
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      options.workspace,
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', log, log], detached: true },
  );
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(options.workspace)}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    fs.closeSync(log);
  };
  const deadline = Date.now() + 60_000;
  while ((await httpStatus(url)) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not start; its log:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stateDir, logFile, stop };
}

/** Opens the workbench in Chromium and waits until it is drawn. */
export async function openWorkbench(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    return { browser, page };
  } catch (error) {
    // Left open, the browser would keep the test run from ending.
    await browser.close();
    throw error;
  }
}

/** Types a file's name into Quick Open and waits until the file is the chosen row: Enter opens it. */
export async function chooseInQuickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(fileName);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName })
    .waitFor({ state: 'visible', timeout: 30_000 });
}

/** Opens a file of the workspace through Quick Open, as a person would, and waits for its tab. */
export async function openWithQuickOpen(page: Page, fileName: string): Promise<void> {
  await chooseInQuickOpen(page, fileName);
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: fileName }).waitFor({ state: 'visible', timeout: 30_000 });
}
