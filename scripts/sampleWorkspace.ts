/**
 * Where `npm start` keeps its sample workspace and how it shows the sample draft: the pure
 * decisions of scripts/start.ts, apart so that the unit tests can check them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The sample's draft, opened first. */
export const SAMPLE_DRAFT = 'draft.md';

/**
 * The sample workspace's folder: `NEWSROOM_LENS_SAMPLE` if set, otherwise `~/.newsroom-lens-sample`.
 * Outside the repository, so that VS Code finds no Git repository in a parent folder and asks nothing.
 */
export function sampleWorkspaceFolder(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  return path.resolve(env.NEWSROOM_LENS_SAMPLE || path.join(home, '.newsroom-lens-sample'));
}

/**
 * Copies the sample into `folder` the first time, and keeps what a newcomer changed there on
 * later starts. Its settings tell Git not to look in parent folders, for a sample folder put inside a repository.
 */
export function ensureSampleWorkspace(sample: string, folder: string): string {
  if (!fs.existsSync(folder)) fs.cpSync(sample, folder, { recursive: true });
  const settingsFile = path.join(folder, '.vscode', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    fs.writeFileSync(settingsFile, `${JSON.stringify({ 'git.openRepositoryInParentFolders': 'never' }, null, 2)}\n`);
  }
  return folder;
}

/**
 * code-server's address that opens `file` in the workspace folder `folder`: the workbench's
 * `payload` query parameter with `openFile`, a file of the server (`vscode-remote://HOST:PORT/…`).
 */
export function openFileUrl(serverUrl: string, folder: string, file: string): string {
  const url = new URL(serverUrl);
  url.search = '';
  url.searchParams.set('folder', folder);
  url.searchParams.set('payload', JSON.stringify([['openFile', `vscode-remote://${url.host}${file}`]]));
  return url.toString();
}

/**
 * The command that shows an address in a browser here, if any: `$BROWSER`, else `xdg-open`
 * or Debian's Chromium where a display is there to show it on; `undefined` on a headless machine.
 */
export function browserCommand(
  env: NodeJS.ProcessEnv = process.env,
  onPath: (command: string) => boolean,
): string | undefined {
  if (env.BROWSER) return env.BROWSER;
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return ['xdg-open', 'chromium'].find(onPath);
}
