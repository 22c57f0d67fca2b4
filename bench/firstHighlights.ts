/**
 * A long draft opened in a real VS Code: code-server with the packaged extension, Chromium
 * opening a 1.5 MB draft (the sample article over and over) through Quick Open, and the time
 * from pressing Enter to the first highlights drawn on screen, as a writer sees them; beside it,
 * when VS Code first showed the text, and what the extension's log says of its own part.
 */
import * as fs from 'fs';
import * as path from 'path';
import { filesEndingWith } from './activation';
import { middleOf } from './stats';
import {
  SAMPLE_WORKSPACE,
  chooseInQuickOpen,
  makeWorkspace,
  openWithQuickOpen,
  openWorkbench,
  packageExtension,
  removeWorkspace,
  startCodeServer,
} from '../scripts/codeServer';

/** The extension's log line: how soon after a long document reached it the part on screen was drawn. */
const DREW_ON_SCREEN = /Drew the \d+ mentions on screen of \S+ ([\d.]+) ms after it opened/g;

export const LONG_DRAFT_CHARS = 1.5 * 1024 * 1024;
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The sample workspace's article, repeated to about `chars` characters: real prose, dense with names. */
export function longDraft(chars = LONG_DRAFT_CHARS): string {
  const article = fs.readFileSync(path.join(SAMPLE_WORKSPACE, 'founding-article.txt'), 'utf8').trim();
  return `${article}\n\n`.repeat(Math.ceil(chars / (article.length + 2)));
}

/** The times of the extension's first paints of long drafts, from its log, once it holds `count` of them. */
async function loggedFirstPaints(stateDir: string, count: number): Promise<number[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const logged = filesEndingWith(stateDir, 'Newsroom Lens.log')
      .flatMap((log) => [...fs.readFileSync(log, 'utf8').matchAll(DREW_ON_SCREEN)])
      .map((match) => Number(match[1]));
    if (logged.length >= count) return logged;
    if (Date.now() > deadline)
      throw new Error(`the extension logged ${logged.length} first paints of long drafts, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Milliseconds from pressing Enter in Quick Open on each of `files` (opened in turn, each a
 * fresh document) to the first frame that shows the file's first line, and to the first that
 * shows highlights over it; and the extension's own part, from the document reaching it.
 */
async function firstHighlightTimes(
  files: readonly string[],
  firstLine: string,
): Promise<{ textShown: number; highlighted: number; extensionDrew: number }[]> {
  const workspace = makeWorkspace(SAMPLE_WORKSPACE);
  const text = longDraft();
  for (const file of files) fs.writeFileSync(path.join(workspace, file), text);
  const server = await startCodeServer({ extensions: [packageExtension()], workspace });
  let browser: Awaited<ReturnType<typeof openWorkbench>>['browser'] | undefined;
  try {
    const workbench = await openWorkbench(server.url);
    browser = workbench.browser;
    const { page } = workbench;
    // The extension activated and its dictionaries loaded: only the long draft's own cost is timed.
    await openWithQuickOpen(page, 'draft.md');
    await page.waitForSelector('.monaco-editor .view-overlays [class*="ced-"]', { timeout: 60_000 });
    const times: { textShown: number; highlighted: number }[] = [];
    for (const file of files) {
      await chooseInQuickOpen(page, file);
      const started = performance.now();
      await page.keyboard.press('Enter');
      // Checked in the page at each frame (strings: this file is compiled without the DOM's types).
      const whenFirstLineShown = (and: string) => `(() => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        const shown = editor?.querySelector('.view-lines')?.textContent?.replace(/\\s+/g, ' ') ?? '';
        return shown.startsWith(${JSON.stringify(firstLine)}) && ${and};
      })()`;
      const everyFrame = { polling: 'raf', timeout: 60_000 } as const;
      await page.waitForFunction(whenFirstLineShown('true'), undefined, everyFrame);
      const textShown = performance.now() - started;
      await page.waitForFunction(
        whenFirstLineShown(`editor.querySelector('.view-overlays [class*="ced-"]') !== null`),
        undefined,
        everyFrame,
      );
      times.push({ textShown, highlighted: performance.now() - started });
    }
    const logged = await loggedFirstPaints(server.stateDir, files.length);
    return times.map((time, i) => ({ ...time, extensionDrew: logged[i]! }));
  } finally {
    if (process.env.NEWSROOM_LENS_BENCH_LOGS)
      fs.cpSync(server.stateDir, process.env.NEWSROOM_LENS_BENCH_LOGS, {
        recursive: true,
        filter: (f) => !f.endsWith('.sock'),
      });
    await browser?.close();
    await server.stop();
    fs.rmSync(server.stateDir, { recursive: true, force: true });
    removeWorkspace(workspace);
  }
}

/** The median time to the first visible highlights of a 1.5 MB draft, over three fresh documents. */
export async function firstHighlightFigures(): Promise<{
  first_text_1_5mb_ms: number;
  first_highlights_1_5mb_ms: number;
  first_highlights_1_5mb_slowest_ms: number;
  extension_drew_on_screen_1_5mb_ms: number;
}> {
  const firstLine = longDraft().split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 40);
  const times = await firstHighlightTimes(['long-draft-1.md', 'long-draft-2.md', 'long-draft-3.md'], firstLine);
  const highlighted = times.map((time) => time.highlighted);
  return {
    first_text_1_5mb_ms: Math.round(middleOf(times.map((time) => time.textShown))),
    first_highlights_1_5mb_ms: Math.round(middleOf(highlighted)),
    first_highlights_1_5mb_slowest_ms: Math.round(Math.max(...highlighted)),
    extension_drew_on_screen_1_5mb_ms: round1(middleOf(times.map((time) => time.extensionDrew))),
  };
}
