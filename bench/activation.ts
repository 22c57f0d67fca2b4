/**
 * Activation in a real extension host: code-server with the packaged extension opens the
 * sample workspace in Chromium and its draft (a Markdown document activates the extension),
 * and the extension's own log says how long loading its bundle and `activate` took.
 */
import * as fs from 'fs';
import * as path from 'path';
import { middleOf } from './stats';
import {
  SAMPLE_WORKSPACE,
  makeWorkspace,
  openWithQuickOpen,
  openWorkbench,
  packageExtension,
  removeWorkspace,
  startCodeServer,
} from '../scripts/codeServer';

const ACTIVATED = /Activated in ([\d.]+) ms after loading in ([\d.]+) ms/;

/** Every file under `folder` whose name ends with `suffix`. */
export function filesEndingWith(folder: string, suffix: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return filesEndingWith(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

/** One start of VS Code: the extension's activation times as it logged them. */
async function activateOnce(vsix: string): Promise<{ activateMs: number; loadMs: number }> {
  const workspace = makeWorkspace(SAMPLE_WORKSPACE);
  const server = await startCodeServer({ extensions: [vsix], workspace });
  let browser: Awaited<ReturnType<typeof openWorkbench>>['browser'] | undefined;
  try {
    const workbench = await openWorkbench(server.url);
    browser = workbench.browser;
    await openWithQuickOpen(workbench.page, 'draft.md');
    const deadline = Date.now() + 60_000;
    for (;;) {
      for (const log of filesEndingWith(server.stateDir, 'Newsroom Lens.log')) {
        const match = ACTIVATED.exec(fs.readFileSync(log, 'utf8'));
        if (match) return { activateMs: Number(match[1]), loadMs: Number(match[2]) };
      }
      if (Date.now() > deadline)
        throw new Error(
          `the extension did not log its activation; code-server log:\n${fs.readFileSync(server.logFile, 'utf8')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await browser?.close();
    await server.stop();
    fs.rmSync(server.stateDir, { recursive: true, force: true });
    removeWorkspace(workspace);
  }
}

/** Medians of `runs` fresh starts. */
export async function activationFigures(runs = 5): Promise<Record<string, number>> {
  const vsix = packageExtension();
  const times: { activateMs: number; loadMs: number }[] = [];
  for (let run = 0; run < runs; run++) times.push(await activateOnce(vsix));
  const activate = middleOf(times.map((time) => time.activateMs));
  const load = middleOf(times.map((time) => time.loadMs));
  return {
    activation_ms: Math.round((activate + load) * 10) / 10,
    activation_activate_ms: activate,
    activation_load_ms: load,
  };
}
