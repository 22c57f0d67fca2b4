/**
 * `npm start`: opens the sample draft, in the sample workspace (the founding article and a draft
 * about it), in VS Code with Newsroom Lens loaded. Uses a desktop `code` with
 * --extensionDevelopmentPath where there is one; otherwise code-server on localhost, whose address
 * (the draft open in it) it prints and opens in a browser where there is one.
 */
import { spawn, spawnSync } from 'child_process';
import * as path from 'path';
import { PROJECT_ROOT, SAMPLE_WORKSPACE, packageExtension, startCodeServer } from './codeServer';
import {
  SAMPLE_DRAFT,
  browserCommand,
  ensureSampleWorkspace,
  openFileUrl,
  sampleWorkspaceFolder,
} from './sampleWorkspace';

const STATE_DIR = path.join(PROJECT_ROOT, '.vscode-test/start');

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function hasDesktopCode(): boolean {
  return !process.env.NEWSROOM_LENS_USE_CODE_SERVER && runs('code', ['--version']);
}

/** Opens the address in a browser where there is one; failing to is not an error, the address is printed. */
function openInBrowser(url: string): void {
  const browser = browserCommand(process.env, (command) => runs('sh', ['-c', `command -v ${command}`]));
  if (!browser) return;
  const child = spawn(browser, [url], { stdio: 'ignore', detached: true });
  child.on('error', (error) => console.log(`  (${browser} could not open it: ${error.message})`));
  child.unref();
}

async function main(): Promise<void> {
  const workspace = ensureSampleWorkspace(SAMPLE_WORKSPACE, sampleWorkspaceFolder());
  const draft = path.join(workspace, SAMPLE_DRAFT);
  if (hasDesktopCode()) {
    console.log(`Opening ${draft} in VS Code with Newsroom Lens from ${PROJECT_ROOT}`);
    spawn('code', ['--extensionDevelopmentPath', PROJECT_ROOT, workspace, draft], { stdio: 'inherit' });
    return;
  }
  console.log('No desktop VS Code (`code`) found: starting code-server, a VS Code in the browser.');
  const server = await startCodeServer({
    extensions: [packageExtension()],
    workspace,
    stateDir: STATE_DIR,
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
  });
  const url = openFileUrl(server.url, workspace, draft);
  console.log(
    `\n  Newsroom Lens is running in VS Code, with the sample draft open, at:\n\n    ${url}\n\n` +
      `  The sample workspace is ${workspace} (kept between runs). Press Ctrl+C to stop.\n`,
  );
  openInBrowser(url);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
