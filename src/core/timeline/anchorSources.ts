import type { Timeline } from './events';

/** How a reader is told where an anchor came from (a UI may word "given" its own way). */
export const ANCHOR_SOURCE_LABELS: Record<Timeline['anchorSource'], string> = {
  given: 'given',
  dateline: "from the story's dateline",
  published: "the story's publication date",
  text: 'the latest date the story gives',
  fallback: "the file's date",
};
