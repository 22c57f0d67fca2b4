/** What the e2e tests share: the sample draft opened in Chromium, where words, highlights and cards are on screen. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { type RunningCodeServer, openWorkbench, removeWorkspace } from '../../scripts/codeServer';
import { SAMPLE_DRAFT, openFileUrl } from '../../scripts/sampleWorkspace';

/** Opens the sample draft of `workspace` in Chromium by the address `npm start` opens, and waits for its text. */
export async function openSampleDraft(serverUrl: string, workspace: string): Promise<{ browser: Browser; page: Page }> {
  const opened = await openWorkbench(openFileUrl(serverUrl, workspace, path.join(workspace, SAMPLE_DRAFT)));
  await opened.page.locator('.tab.active', { hasText: SAMPLE_DRAFT }).waitFor({ state: 'visible', timeout: 30_000 });
  await opened.page.waitForSelector('.monaco-editor .view-lines:has-text("Assad flees to Moscow")');
  return opened;
}

/** Closes what a suite opened, those that did open: the browser, code-server with its folder, the workspace. */
export async function closeAll(
  browser: Browser | undefined,
  server: RunningCodeServer | undefined,
  workspace: string,
): Promise<void> {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.stateDir, { recursive: true, force: true });
  removeWorkspace(workspace);
}

/** Rests the pointer on "Assad" in the sample draft's "Assad’s last" and returns the text of the card that shows. */
export async function restOnAssad(page: Page): Promise<string> {
  const box = await boxOf(page, 'Assad’s last');
  assert.ok(box, '"Assad’s last" is not on screen');
  // The middle of "Assad", the first five of the phrase's twelve characters.
  await page.mouse.move(box.left + (box.width * 5) / 12 / 2, box.top + box.height / 2);
  const hover = page.locator('.monaco-hover-content:has-text("Bashar al-Assad")').first();
  await hover.waitFor({ state: 'visible', timeout: 20_000 });
  return hover.innerText();
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The on-screen box of the `occurrence`-th appearance of `phrase` in the editor's rendered
 * lines, waiting up to 10 s for an editor just opened (or restored) to render it.
 */
export async function boxOf(page: Page, phrase: string, occurrence = 0): Promise<Box | undefined> {
  for (const deadline = Date.now() + 10_000; ; await page.waitForTimeout(200)) {
    const box = await renderedBoxOf(page, phrase, occurrence);
    if (box || Date.now() > deadline) return box;
  }
}

async function renderedBoxOf(page: Page, phrase: string, occurrence: number): Promise<Box | undefined> {
  return page.evaluate(
    ({ phrase, occurrence }) => {
      let seen = 0;
      for (const line of Array.from(document.querySelectorAll('.monaco-editor .view-lines .view-line'))) {
        // Monaco renders spaces as no-break spaces; the text nodes hold the line in order.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        while (walker.nextNode()) nodes.push(walker.currentNode as Text);
        const text = nodes
          .map((node) => node.data)
          .join('')
          .replace(/\u00a0/g, ' ');
        let at = text.indexOf(phrase);
        while (at >= 0 && seen < occurrence) {
          seen++;
          at = text.indexOf(phrase, at + 1);
        }
        if (at < 0) continue;
        const locate = (offset: number): [Text, number] => {
          for (const node of nodes) {
            if (offset <= node.data.length) return [node, offset];
            offset -= node.data.length;
          }
          throw new Error('offset past the line');
        };
        const range = document.createRange();
        range.setStart(...locate(at));
        range.setEnd(...locate(at + phrase.length));
        const rect = range.getBoundingClientRect();
        return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
      }
      return undefined;
    },
    { phrase, occurrence },
  );
}

/** The decoration overlays (class "ced-…") that cover most of a box, with their background colour. */
export async function decorationsOver(page: Page, box: Box): Promise<{ className: string; background: string }[]> {
  return page.evaluate((box) => {
    return Array.from(document.querySelectorAll('.monaco-editor .view-overlays [class*="ced-"]'))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => {
        const overlapX = Math.min(rect.right, box.left + box.width) - Math.max(rect.left, box.left);
        const overlapY = Math.min(rect.bottom, box.top + box.height) - Math.max(rect.top, box.top);
        return overlapX > box.width * 0.8 && overlapY > box.height * 0.5;
      })
      .map(({ element }) => ({ className: element.className, background: getComputedStyle(element).backgroundColor }));
  }, box);
}

/**
 * Shows a view container (its activity bar label, "Explorer", "Newsroom Lens") in the side bar.
 * Clicking the icon of the one already shown would hide the side bar instead.
 */
export async function showInSideBar(page: Page, label: string): Promise<void> {
  const item = page.locator('.activitybar .action-item', { has: page.locator(`[aria-label^="${label}"]`) }).first();
  if (!(await item.evaluate((element) => element.classList.contains('checked')))) await item.click();
  await page
    .locator('.part.sidebar .title-label', { hasText: new RegExp(label, 'i') })
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
}

/** Opens or closes a side bar view by its header ("Entities"), whichever state it is in. */
export async function setViewExpanded(page: Page, name: string, expanded: boolean): Promise<void> {
  const header = page.locator('.pane-header', { hasText: name }).first();
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
  await page
    .locator(`.pane-header[aria-expanded="${expanded}"]`, { hasText: name })
    .first()
    .waitFor({ timeout: 10_000 });
}

/**
 * Waits for a list or tree row holding `text`; when none shows in time, fails with the rows
 * that are on screen, so a report says what the view showed instead.
 */
export async function waitForRow(page: Page, text: string, timeout = 20_000): Promise<void> {
  try {
    await page.locator('.monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const rows = await page.locator('.monaco-list-row').allInnerTexts();
    assert.fail(
      `No row "${text}" in ${timeout} ms; rows on screen: ${JSON.stringify(rows.map((row) => row.replace(/\s+/g, ' ')))} (${String(error).split('\n')[0]})`,
    );
  }
}
