/**
 * `npm start`: opens the sample workspace (the founding article and a sample draft) in
 * VS Code with Newsroom Lens loaded. Uses a desktop `code` with --extensionDevelopmentPath
 * where there is one; otherwise code-server on localhost, whose address it prints.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT, SAMPLE_WORKSPACE, packageExtension, startCodeServer } from './codeServer';

const STATE_DIR = path.join(PROJECT_ROOT, '.vscode-test/start');
const WORKSPACE = path.join(PROJECT_ROOT, '.vscode-test/sample-workspace');

/** A copy of the sample, made once, so that what a newcomer edits there is kept and the fixtures stay clean. */
function sampleWorkspace(): string {
  if (!fs.existsSync(WORKSPACE)) fs.cpSync(SAMPLE_WORKSPACE, WORKSPACE, { recursive: true });
  return WORKSPACE;
}

function hasDesktopCode(): boolean {
  return (
    !process.env.NEWSROOM_LENS_USE_CODE_SERVER && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

async function main(): Promise<void> {
  const workspace = sampleWorkspace();
  if (hasDesktopCode()) {
    console.log(`Opening ${workspace} in VS Code with Newsroom Lens from ${PROJECT_ROOT}`);
    spawn('code', ['--extensionDevelopmentPath', PROJECT_ROOT, path.join(workspace, 'draft.md'), workspace], {
      stdio: 'inherit',
    });
    return;
  }
  console.log('No desktop VS Code (`code`) found: starting code-server, a VS Code in the browser.');
  const server = await startCodeServer({
    extensions: [packageExtension()],
    workspace,
    stateDir: STATE_DIR,
    port: process.env.PORT ? Number(process.env.PORT) : undefined,
  });
  console.log(
    `\n  Newsroom Lens is running in VS Code at:\n\n    ${server.url}\n\n  Open draft.md there. Press Ctrl+C to stop.\n`,
  );
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
