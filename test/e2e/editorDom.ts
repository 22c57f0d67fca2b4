/** Where words and highlights are on screen in the workbench's editor, read from its DOM. */
import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The on-screen box of the `occurrence`-th appearance of `phrase` in the editor's rendered lines. */
export async function boxOf(page: Page, phrase: string, occurrence = 0): Promise<Box | undefined> {
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
