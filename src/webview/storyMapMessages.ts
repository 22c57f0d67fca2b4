import type { MapExportFormat } from '../core/map/export';
import type { StoryMap } from '../core/map/graph';

/** What the extension tells the story map's webview. */
export type ToStoryMap =
  /**
   * The map to draw, new or changed: the webview keeps where it drew the nodes that stay.
   * `version` counts the maps sent; the webview's "drawn" names the one it drew. `draft` (its
   * URI) is kept in the page's state, so that a reloaded window shows the map of the same draft.
   */
  | { readonly type: 'map'; readonly map: StoryMap; readonly version: number; readonly draft?: string }
  /** Export the map as drawn (Export Story Map…): the page answers with an "export" naming `request`. */
  | { readonly type: 'export'; readonly format: MapExportFormat; readonly request: number };

/** What the story map's webview asks of the extension. */
export type FromStoryMap =
  | { readonly type: 'ready' }
  /** Select the entity's next mention in the draft (its dictionary entry when the draft names it nowhere). */
  | { readonly type: 'reveal'; readonly id: string }
  /** Open the entity's entry in its dictionary. */
  | { readonly type: 'entry'; readonly id: string }
  /**
   * Save the map: `drawing` is the SVG text or the PNG bytes, for the pictures; positions by
   * node id; `request` when the extension asked for it.
   */
  | {
      readonly type: 'export';
      readonly request?: number;
      readonly format: MapExportFormat;
      readonly drawing?: string | Uint8Array;
      readonly positions: readonly (readonly [string, number, number])[];
    }
  /** The map has been drawn: how long laying it out and drawing it took, in milliseconds. */
  | {
      readonly type: 'drawn';
      readonly version: number;
      readonly nodes: number;
      readonly edges: number;
      readonly ms: number;
    };
