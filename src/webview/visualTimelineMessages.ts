import type { TimelineItem } from '../core/timeline/layout';

/** What the extension tells the visual timeline's page. */
export type ToVisualTimeline =
  /**
   * The items to draw; `fit` when they are another draft's, so that the window fits them.
   * `draft` (its URI) is kept in the page's state, so that a reloaded window shows the same.
   */
  | {
      readonly type: 'data';
      readonly title: string;
      readonly items: readonly TimelineItem[];
      readonly fit: boolean;
      readonly draft?: string;
    }
  /** Draw this SVG on a canvas and answer with the PNG (a data: URL), for an export. */
  | {
      readonly type: 'rasterise';
      readonly request: number;
      readonly svg: string;
      readonly width: number;
      readonly height: number;
    };

/** What the page tells the extension. */
export type FromVisualTimeline =
  | { readonly type: 'ready' }
  /** The reader chose an item: select its sentence in the draft, or open its source. */
  | { readonly type: 'open'; readonly id: string }
  | { readonly type: 'export' }
  | { readonly type: 'png'; readonly request: number; readonly dataUrl?: string; readonly error?: string };
