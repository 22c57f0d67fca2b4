/**
 * End to end: Debian's Chromium drives a real VS Code (code-server) with the packaged
 * extension installed, as a journalist would use it: open the sample draft, see the
 * names highlighted, rest the pointer on one and read its card. Saves its screenshots
 * under out/screenshots/; `npm run screenshots` saves them as the README's, under
 * test/e2e/screenshots/ (a test run leaves the tracked files alone).
 */
import * as assert from 'assert';
import * as path from 'path';
import type { Browser, Frame, Page } from 'playwright-core';
import * as fs from 'fs';
import {
  PROJECT_ROOT,
  type RunningCodeServer,
  SAMPLE_WORKSPACE,
  makeWorkspace,
  openWithQuickOpen,
  packageExtension,
  startCodeServer,
} from '../../scripts/codeServer';
import { loadDictionaries } from '../../src/core/dictionary/load';
import { localDay } from '../../src/core/text/calendar';
import { anchorOf, buildTimeline } from '../../src/core/timeline/events';
import {
  boxOf,
  closeAll,
  decorationsOver,
  openSampleDraft,
  restOnAssad,
  setViewExpanded,
  showInSideBar,
  waitForRow,
} from './helpers';

// npm names the script it runs in npm_lifecycle_event: only `npm run screenshots` rewrites the README's.
const SCREENSHOTS = path.join(
  PROJECT_ROOT,
  process.env.npm_lifecycle_event === 'screenshots' ? 'test/e2e/screenshots' : 'out/screenshots',
);

/** The frame of a webview whose page holds `selector`: webviews are iframes within iframes. */
async function webviewFrame(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const frame of page.frames()) {
      if (
        (await frame
          .locator(selector)
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview shows ${selector}`);
    await page.waitForTimeout(250);
  }
}

/** Runs a command from the palette by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: title.replace(/^[^:]*: /, '') })
    .waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** Picks a colour theme by its name in the theme picker (Ctrl+K Ctrl+T), by a click: Enter would take the first row. */
async function pickColourTheme(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  // Not the theme's Light sibling ("Default High Contrast Light").
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: name })
    .filter({ hasNotText: `${name} Light` })
    .first();
  await row.click({ timeout: 10_000 });
}

describe('Newsroom Lens in a real VS Code, driven by a browser', function () {
  let server: RunningCodeServer;
  let browser: Browser;
  let page: Page;
  const workspace = makeWorkspace(SAMPLE_WORKSPACE);
  // A story the bundled dictionary does not know, for Build: what a loaded dictionary knows is linked, not built again.
  fs.writeFileSync(
    path.join(workspace, 'flood-report.txt'),
    "RANGPUR, Bangladesh, Aug 9, 2025 - Floods cut off 40 villages in northern Bangladesh on Saturday, said Farida Haddad, the World Food Programme's country director. Haddad said boats had reached Kurigram.\n",
  );

  before(async function () {
    const vsix = packageExtension();
    server = await startCodeServer({
      extensions: [vsix],
      workspace,
      settings: {
        'workbench.colorTheme': 'Default Dark Modern',
        'editor.minimap.enabled': false,
        'editor.fontSize': 15,
        // The sample draft opens by its address (as `npm start` opens it), which alone would keep a reloaded window
        // from restoring its editors and panels.
        'window.restoreWindows': 'preserve',
      },
    });
    ({ browser, page } = await openSampleDraft(server.url, workspace));
  });

  after(async function () {
    await closeAll(browser, server, workspace);
  });

  it('highlights each name on its exact words, in one colour per type', async function () {
    await page.waitForSelector('.monaco-editor .view-overlays [class*="ced-"]', { timeout: 30_000 });
    const colourOf = async (phrase: string, occurrence = 0) => {
      const box = await boxOf(page, phrase, occurrence);
      assert.ok(box, `"${phrase}" is not on screen`);
      const over = await decorationsOver(page, box);
      assert.strictEqual(over.length, 1, `expected one highlight over "${phrase}", found ${JSON.stringify(over)}`);
      return over[0]!.background;
    };
    const person = await colourOf('Bashar al-Assad');
    assert.strictEqual(await colourOf('Sergei Lavrov'), person);
    const place = await colourOf('Moscow');
    assert.strictEqual(await colourOf('Iraq'), place);
    const organization = await colourOf('Reuters');
    assert.strictEqual(await colourOf('HTS'), organization);
    assert.strictEqual(new Set([person, place, organization]).size, 3, 'each type has its own colour');
    for (const plain of ['helicopter', 'rebels', 'counterparts']) {
      const box = await boxOf(page, plain);
      assert.ok(box, `"${plain}" is not on screen`);
      assert.deepStrictEqual(await decorationsOver(page, box), [], `"${plain}" is not a name and is not highlighted`);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'highlights.png') });
  });

  it('shows the card of "Assad" when the pointer rests on it', async function () {
    const text = await restOnAssad(page);
    assert.match(text, /Bashar al-Assad · person · Mentions in this draft: 5/);
    assert.match(text, /President of Syria/);
    assert.match(text, /younger brother: Maher al-Assad/);
    assert.match(text, /Syrian Crisis/);
    await page.waitForTimeout(600); // let the hover finish fading in
    await page.screenshot({ path: path.join(SCREENSHOTS, 'hover-card.png') });
  });

  it('lists the draft’s entities by type in the Entities view', async function () {
    await page.keyboard.press('Escape');
    await showInSideBar(page, 'Newsroom Lens');
    const view = page.locator('.pane-body', { has: page.locator('.monaco-list-row') }).filter({ hasText: 'People' });
    await view.first().waitFor({ state: 'visible', timeout: 20_000 });
    for (const text of ['People', 'Places', 'Organisations', 'Bashar al-Assad', '5 mentions · President of Syria']) {
      await page.locator('.monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'entities-view.png') });
    // Back to the editor for what follows.
    await showInSideBar(page, 'Explorer');
  });

  it('shows the founding article’s timeline beside it', async function () {
    await openWithQuickOpen(page, 'founding-article.txt');
    await page.locator('.editor-actions [aria-label^="Show Story Timeline"]').first().click();
    // The view follows the article; the Entities view folded away leaves every row of the timeline on screen.
    await waitForRow(page, 'This draft: founding-article.txt');
    await setViewExpanded(page, 'Entities', false);
    for (const text of [
      'Told from',
      'Sat 7 Dec 2024, 22:30',
      'Saturday night at 10:30 pm',
      'Without a date',
      'Source: Syrian Crisis',
    ]) {
      await waitForRow(page, text);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'timeline.png') });
    // Back to the draft, and the side bar as it was, for what follows.
    await setViewExpanded(page, 'Entities', true);
    await openWithQuickOpen(page, 'draft.md');
    await showInSideBar(page, 'Explorer');
  });

  it('draws the founding article’s timeline on a time axis: the core’s events in two lanes, conflicts marked', async function () {
    await openWithQuickOpen(page, 'founding-article.txt');
    await runCommand(page, 'Newsroom Lens: Show Visual Timeline');
    const frame = await webviewFrame(page, 'svg g.event');
    // What the core makes of the article and the bundled dictionary, as the extension loads them.
    const text = fs.readFileSync(path.join(workspace, 'founding-article.txt'), 'utf8');
    const { index } = loadDictionaries([
      {
        file: 'assad-fall-2024.entities.json',
        bytes: fs.readFileSync(path.join(PROJECT_ROOT, 'entities/assad-fall-2024.entities.json')),
      },
    ]);
    const { anchor } = anchorOf(text, localDay(new Date()));
    const events = buildTimeline(text, index, anchor).events;
    const dates = (lane: string) =>
      frame.locator(`svg g.event.${lane}`).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-date')));
    assert.deepStrictEqual((await dates('draft')).sort(), events.map((event) => event.resolution!.date).sort());
    assert.deepStrictEqual(
      (await dates('sources')).sort(),
      index.dictionaries[0]!.events.map((event) => event.date).sort(),
    );
    // A minute is a point; a part of a month a bar.
    assert.strictEqual(
      await frame.locator('g.event.precision-minute circle.mark').count(),
      await frame.locator('g.event.precision-minute').count(),
    );
    assert.ok((await frame.locator('g.event.precision-part-of-month rect.mark').count()) > 0);
    // The screen reader's list names every drawn event, in order.
    assert.strictEqual(
      await frame.locator('#event-list li').count(),
      events.length + index.dictionaries[0]!.events.length,
    );
    assert.match(
      (await frame.locator('#event-list li').first().textContent()) ?? '',
      /\(part-of-month\), in the draft: /,
    );
    // Zooming in by the keyboard narrows the axis: fewer days between its ticks.
    const ticks = () => frame.locator('svg text.tick-label').allTextContents();
    const before = await ticks();
    await frame.locator('.chart').focus();
    await page.keyboard.press('0');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    assert.notDeepStrictEqual(await ticks(), before);
    await page.keyboard.press('0');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'visual-timeline.png') });
    // Back to the draft alone for what follows.
    await runCommand(page, 'View: Close All Editor Groups');
    await openWithQuickOpen(page, 'draft.md');
  });

  it('draws the story map of the draft from the Entities view: every entity of its dictionary, named ones standing out', async function () {
    await page.keyboard.press('Escape');
    await showInSideBar(page, 'Newsroom Lens');
    // The view's toolbar shows while the pointer is over its header.
    const header = page.locator('.pane-header', { hasText: 'Entities' }).first();
    await header.hover();
    await header.locator('[aria-label^="Show Story Map"]').first().click({ timeout: 20_000 });
    // A webview is an iframe in an iframe: VS Code's host frame, then the page it shows.
    const map = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const nodes = map.locator('#nodes .node');
    const dictionary = JSON.parse(
      fs.readFileSync(path.join(PROJECT_ROOT, 'entities/assad-fall-2024.entities.json'), 'utf8'),
    ) as { entities: { name: string; relations?: unknown[] }[] };
    await nodes.first().waitFor({ state: 'visible', timeout: 30_000 });
    const names = await map.locator('#nodes .node text').allTextContents();
    assert.deepStrictEqual(names.sort(), dictionary.entities.map((entity) => entity.name).sort());
    // The draft names Bashar al-Assad five times (as his card says): drawn as named, not faded.
    const bashar = map.locator('#nodes .node', { has: map.locator('text', { hasText: /^Bashar al-Assad$/ }) });
    assert.match((await bashar.getAttribute('aria-label')) ?? '', /^Bashar al-Assad, person, .*named 5 times$/);
    assert.match((await bashar.getAttribute('class')) ?? '', /\bmentioned\b/);
    // The hidden table lists every relation drawn, in words (filled in the frame after the picture).
    await map.locator('#relation-rows tr').first().waitFor({ state: 'attached', timeout: 10_000 });
    const relations = await map.locator('#relation-rows tr').allInnerTexts();
    assert.ok(
      relations.length > 0 &&
        relations.length <= dictionary.entities.flatMap((entity) => entity.relations ?? []).length,
    );
    assert.ok(
      relations.some((row) => /Maher al-Assad\s+younger brother\s+Bashar al-Assad/.test(row)),
      relations.join('\n'),
    );
    // A redraw keeps the keyboard on his node, and the view where it was: one more mention of him, written to the
    // draft on disk (an edit in the editor would take the focus from the map), redraws the map.
    await bashar.focus();
    const mapState = () =>
      map.locator('#viewport').evaluate((viewport) => ({
        focused: (document.activeElement as HTMLElement | null)?.dataset.id,
        view: viewport.getAttribute('transform'),
      }));
    const beforeEdit = await mapState();
    assert.strictEqual(beforeEdit.focused, await bashar.getAttribute('data-id'));
    const draftFile = path.join(workspace, 'draft.md');
    const draftText = fs.readFileSync(draftFile, 'utf8');
    fs.writeFileSync(draftFile, `${draftText}\nBashar al-Assad.\n`);
    await map
      .locator('#nodes .node[aria-label$="named 6 times"]', { hasText: /^Bashar al-Assad$/ })
      .waitFor({ state: 'attached', timeout: 20_000 });
    assert.deepStrictEqual(await mapState(), beforeEdit);
    fs.writeFileSync(draftFile, draftText);
    await map
      .locator('#nodes .node[aria-label$="named 5 times"]', { hasText: /^Bashar al-Assad$/ })
      .waitFor({ state: 'attached', timeout: 20_000 });
    // The keyboard: focus his node, Enter selects his next mention in the draft.
    await bashar.focus();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .selected-text').first().waitFor({ state: 'attached', timeout: 20_000 });
    // For the picture: the side bar closed (a second click on its icon), the map fitted to the wider panel (0).
    await page.locator('.activitybar [aria-label="Newsroom Lens"]').first().click();
    await bashar.focus();
    await page.keyboard.press('0');
    await page.waitForTimeout(600); // the rendered view settles after the zoom
    await page.screenshot({ path: path.join(SCREENSHOTS, 'story-map.png') });
    const tab = page.locator('.tab', { hasText: 'Story Map' }).first();
    await tab.hover();
    await tab.locator('.codicon-close').first().click();
    await tab.waitFor({ state: 'detached', timeout: 10_000 });
    await showInSideBar(page, 'Explorer');
    await openWithQuickOpen(page, 'draft.md');
  });

  it('brings the story map back after a window reload with its filters, and draws it in the high contrast theme’s colours', async function () {
    await page.keyboard.press('Escape');
    await runCommand(page, 'Newsroom Lens: Show Story Map');
    const map = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const places = map.locator('input[data-type="place"]');
    await map.locator('#nodes .node.place').first().waitFor({ state: 'visible', timeout: 30_000 });
    await places.uncheck();
    await map.locator('#nodes .node.place').first().waitFor({ state: 'hidden' });
    // Developer: Reload Window: the workbench and the extension start again, the panel is restored.
    const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.locator('.tab', { hasText: 'Story Map' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await map.locator('#nodes .node.person').first().waitFor({ state: 'visible', timeout: 30_000 });
    assert.strictEqual(await places.isChecked(), false, 'the filter came back');
    assert.ok((await map.locator('#nodes .node.place').count()) > 0);
    assert.strictEqual(await map.locator('#nodes .node.place:visible').count(), 0, 'places stay hidden');
    assert.match((await map.locator('#summary').textContent()) ?? '', /^draft\.md: /);

    // Default High Contrast: entities drawn as outlines in the theme's entity colours, no faded transparency.
    await pickColourTheme(page, 'Default High Contrast');
    await map.locator('body.vscode-high-contrast').waitFor({ state: 'attached', timeout: 20_000 });
    const painted = (selector: string) =>
      map
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return { fill: style.fill, stroke: style.stroke, opacity: style.opacity, strokeOpacity: style.strokeOpacity };
        });
    // The extension's contributed colours for high contrast: personBorder #ffd86b, organizationBorder #8fb8ff.
    await page.mouse.move(5, 5);
    const person = await painted('#nodes .node.person .dot');
    assert.deepStrictEqual([person.fill, person.stroke], ['rgba(0, 0, 0, 0)', 'rgb(255, 216, 107)']);
    assert.strictEqual((await painted('#nodes .node.organization .dot')).stroke, 'rgb(143, 184, 255)');
    assert.strictEqual((await painted('#nodes .node.faded .dot')).opacity, '1');
    assert.strictEqual((await painted('#edges .edge')).strokeOpacity, '1');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'story-map-high-contrast.png') });

    // Default Light Modern: entities filled in the light defaults of the extension's colours, every label readable.
    await places.check();
    await pickColourTheme(page, 'Default Light Modern');
    await map.locator('body.vscode-light').waitFor({ state: 'attached', timeout: 20_000 });
    await page.mouse.move(5, 5);
    const contributed = (
      JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
        contributes: { colors: { id: string; defaults: { light: string } }[] };
      }
    ).contributes.colors;
    for (const type of ['person', 'place', 'organization']) {
      const light = contributed.find((colour) => colour.id === `newsroomLens.${type}Background`)!.defaults.light;
      const expected = (light.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => parseInt(pair, 16));
      const fill = (await painted(`#nodes .node.${type} .dot`)).fill;
      const drawn = (fill.match(/[\d.]+/g) ?? []).map(Number);
      assert.deepStrictEqual(drawn.slice(0, 3), expected.slice(0, 3), `${type}: ${fill}, not ${light}`);
      assert.ok(Math.abs((drawn[3] ?? 1) - (expected[3] ?? 255) / 255) < 0.01, `${type}: ${fill}, not ${light}`);
    }
    const labels = await map.locator('#viewport').evaluate(() => {
      const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
      };
      const background = channels(getComputedStyle(document.body).backgroundColor);
      const texts = Array.from(
        document.querySelectorAll<SVGTextElement>('#nodes .node .name, #edge-labels .edge-label'),
      );
      return texts
        .filter((text) => text.getClientRects().length > 0)
        .map((text) => {
          const style = getComputedStyle(text);
          const [r, g, b, a = 1] = channels(style.fill);
          // What shows through: the fill's own alpha, its fill-opacity and every enclosing opacity.
          let alpha = a * Number(style.fillOpacity);
          for (let at: Element | null = text; at && at !== document.body; at = at.parentElement)
            alpha *= Number(getComputedStyle(at).opacity);
          const seen = [r!, g!, b!].map((c, i) => alpha * c + (1 - alpha) * background[i]!);
          const [lighter, darker] = [luminance(seen), luminance(background)].sort((x, y) => y - x);
          return { text: text.textContent, contrast: (lighter! + 0.05) / (darker! + 0.05) };
        });
    });
    assert.ok(labels.length > 0 && labels.some((label) => label.text === 'Bashar al-Assad'));
    const unreadable = labels.filter((label) => label.contrast < 4.5);
    assert.deepStrictEqual(unreadable, [], 'every label stands out from the background by at least 4.5:1');

    // Back as the other tests expect: the dark theme, every type shown, the map closed, the draft alone.
    await pickColourTheme(page, 'Default Dark Modern');
    await runCommand(page, 'View: Close All Editor Groups');
    await openWithQuickOpen(page, 'draft.md');
  });

  it('flags a first reference with a squiggle and mends it from the quick-fix menu', async function () {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const box = await boxOf(page, 'Maher, his');
    assert.ok(box);
    // "Maher" is the first 5 of the phrase's 10 characters.
    const maher = {
      left: box.left,
      top: box.top,
      width: (box.width * 5) / 10,
      height: box.height,
    };
    await page.waitForFunction(
      (b) => {
        return Array.from(document.querySelectorAll('.monaco-editor .squiggly-warning')).some((element) => {
          const rect = element.getBoundingClientRect();
          return (
            rect.left < b.left + b.width && rect.right > b.left && rect.top < b.top + b.height && rect.bottom > b.top
          );
        });
      },
      maher,
      { timeout: 30_000 },
    );
    await page.mouse.click(maher.left + maher.width / 2, maher.top + maher.height / 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to “Maher al-Assad”' });
    await fix.first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quick-fix.png') });
    assert.match(
      (await fix.first().getAttribute('class')) ?? '',
      /\bfocused\b/,
      'the preferred fix is the one offered first',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines:has-text("Maher al-Assad, his younger brother")', {
      timeout: 20_000,
    });
  });

  // Last: the dictionary it writes joins the workspace's.
  it('builds a dictionary from the palette in code-server (isWeb), after a review answered from the keyboard, a type changed by Alt+T', async function () {
    await page.keyboard.press('Escape');
    await openWithQuickOpen(page, 'flood-report.txt');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Newsroom Lens: Build Entity Dictionary');
    await page
      .locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Build Entity Dictionary from Article' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'for flood-report.entities.json' })
      .waitFor({ state: 'visible', timeout: 60_000 });
    // The row of her name, not another whose evidence sentence names her.
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: /^\s*Farida Haddad/ }).first();
    await row.waitFor({ state: 'visible' });
    assert.match(await row.innerText(), /person · confidence 0\.\d\d/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'build-review.png') });
    // Alt+T on the row under the cursor, moved there by the arrow keys, asks for her type.
    const focused = page.locator('.quick-input-list .monaco-list-row.focused').first();
    const focusedText = () => focused.innerText({ timeout: 2_000 }).catch(() => '');
    for (let step = 0; step < 40 && !/^\s*Farida Haddad/.test(await focusedText()); step++)
      await page.keyboard.press('ArrowDown');
    assert.match(await focusedText(), /^\s*Farida Haddad/);
    await page.keyboard.press('Alt+T');
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Type of Farida Haddad' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('organization');
    await page.keyboard.press('Enter');
    await row.filter({ hasText: 'organization (built as person)' }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page
      .locator('.tab.active', { hasText: 'flood-report.entities.json' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForSelector('.monaco-editor .view-lines:has-text("Farida Haddad")', { timeout: 20_000 });
    const written = JSON.parse(fs.readFileSync(path.join(workspace, 'flood-report.entities.json'), 'utf8')) as {
      entities: { name: string; type: string }[];
    };
    assert.strictEqual(written.entities.find((entity) => entity.name === 'Farida Haddad')?.type, 'organization');
  });

  it('offers its walkthrough under Open Walkthrough, with its five steps', async function () {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Newsroom Lens' })
      .first()
      .click({ timeout: 20_000 });
    for (const step of [
      'Build a dictionary from an article',
      'Rest the pointer on a name',
      'Open the story timeline',
      'Check the names',
      'Check drafts in CI',
    ]) {
      await page.getByText(step, { exact: true }).first().waitFor({ state: 'visible', timeout: 20_000 });
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough.png') });
  });
});
