/**
 * The web build, proven where vscode.dev runs it: a copy of the package whose manifest has
 * "browser" and no "main" is installed into code-server, which can then run it only in the
 * browser's web worker extension host (code-server's workbench runs extensions installed on
 * the server there when they are web extensions). Chromium opens a draft and checks the
 * highlights, a hover card, and a finding that needs the name readers' bundle, which the
 * web build loads after activation from dist/web/ through the workbench's file system.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import {
  type RunningCodeServer,
  SAMPLE_WORKSPACE,
  makeWorkspace,
  openWithQuickOpen,
  packageWebOnlyExtension,
  startCodeServer,
} from '../../scripts/codeServer';
import { boxOf, closeAll, decorationsOver, openSampleDraft, restOnAssad } from './helpers';

const EXTENSION_ID = 'newsroom-lens.newsroom-lens';

/** The text of the Node extension host's logs under code-server's user data. */
function nodeExtensionHostLogs(stateDir: string): string {
  const logs = path.join(stateDir, 'user-data', 'logs');
  return (fs.readdirSync(logs, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /exthost\d*[/\\]remoteexthost\.log$/.test(file))
    .map((file) => fs.readFileSync(path.join(logs, file), 'utf8'))
    .join('\n');
}

describe('The web build in the browser’s web worker extension host (code-server)', function () {
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  let vsix: string;
  const workspace = makeWorkspace(SAMPLE_WORKSPACE);
  // A quotation in Cyrillic: only the name readers' bundle reads "Песков" as Dmitry Peskov.
  fs.writeFileSync(
    path.join(workspace, 'kremlin-quote.md'),
    'Kremlin spokesman Dmitry Peskov spoke on Monday.\n\nThe agency quoted Песков at length.\n',
  );

  before(async function () {
    vsix = packageWebOnlyExtension();
    server = await startCodeServer({ extensions: [vsix], workspace, settings: { 'editor.minimap.enabled': false } });
    ({ browser, page } = await openSampleDraft(server.url, workspace));
  });

  after(async function () {
    await closeAll(browser, server, workspace);
    if (vsix) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
  });

  it('is installed as a web extension only: "browser" and no "main"', function () {
    const installed = fs
      .readdirSync(path.join(server.stateDir, 'extensions'))
      .find((folder) => folder.startsWith(`${EXTENSION_ID}-`));
    assert.ok(installed, 'the web-only package is not installed');
    const manifest = JSON.parse(
      fs.readFileSync(path.join(server.stateDir, 'extensions', installed, 'package.json'), 'utf8'),
    ) as { main?: string; browser?: string };
    assert.strictEqual(manifest.main, undefined);
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
  });

  it('highlights the draft’s names, activated in the web worker host and not in Node', async function () {
    await page.waitForSelector('.monaco-editor .view-overlays [class*="ced-"]', { timeout: 60_000 });
    for (const name of ['Bashar al-Assad', 'Moscow', 'Reuters']) {
      const box = await boxOf(page, name);
      assert.ok(box, `"${name}" is not on screen`);
      assert.strictEqual((await decorationsOver(page, box)).length, 1, `one highlight over "${name}"`);
    }
    // The web worker extension host (a worker named so by VS Code) fetches each extension's browser entry.
    const workers = await Promise.all(
      page.workers().map((worker) =>
        worker.evaluate(() => ({
          name: self.name,
          fetched: performance.getEntriesByType('resource').map((entry) => decodeURIComponent(entry.name)),
        })),
      ),
    );
    const host = workers.find((worker) => worker.name === 'ExtensionHostWorker');
    assert.ok(host, `no web worker extension host among ${JSON.stringify(workers.map((worker) => worker.name))}`);
    assert.ok(
      host.fetched.some((url) => new RegExp(`/${EXTENSION_ID}-[^/]+/dist/web/extension\\.js`).test(url)),
      `the web worker extension host did not load dist/web/extension.js: ${JSON.stringify(host.fetched)}`,
    );
    // The Node extension host, which code-server also runs, logs every extension it activates: ours is not one.
    const nodeLogs = nodeExtensionHostLogs(server.stateDir);
    assert.match(nodeLogs, /ExtensionService#_doActivateExtension vscode\./, 'the Node host logs its activations');
    assert.doesNotMatch(nodeLogs, new RegExp(`_doActivateExtension ${EXTENSION_ID}\\b`));
  });

  it('shows the card of "Assad" when the pointer rests on it', async function () {
    const text = await restOnAssad(page);
    assert.match(text, /Bashar al-Assad · person · Mentions in this draft: 5/);
    assert.match(text, /President of Syria/);
  });

  it('reads a Cyrillic name with the name readers’ bundle, loaded after activation: a finding in the Problems panel', async function () {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await openWithQuickOpen(page, 'kremlin-quote.md');
    await page.keyboard.press('Control+Shift+M');
    await page
      .locator('.markers-panel .monaco-list-row', { hasText: '"Песков" is the Cyrillic spelling of Dmitry Peskov' })
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
  });
});
