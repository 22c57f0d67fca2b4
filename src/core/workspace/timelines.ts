import type { EntityIndex } from '../dictionary/entityIndex';
import type { Mention } from '../match/matcher';
import type { DatedEvent, Dictionary } from '../dictionary/schema';
import { type Day, parseDay } from '../text/calendar';
import { type TimelineConflict, findConflicts } from '../timeline/conflicts';
import { type Timeline, type TimelineEvent, anchorOf, buildTimeline } from '../timeline/events';
import type { ITextDocument } from './document';
import { Emitter } from './events';
import type { MentionCache } from './mentionCache';

export interface DocumentTimeline {
  readonly timeline: Timeline;
  readonly conflicts: readonly TimelineConflict[];
  /** The dictionaries with an entity the draft mentions: the sources its timeline sets beside it. */
  readonly sources: readonly Dictionary[];
}

/**
 * A draft's timeline against its anchor (`given`, else the dateline and the rest of
 * `anchorOf`, else `fallback`), the dictionaries about what it mentions, and where it dates
 * an event differently from one of them.
 */
export function timelineOf(
  text: string,
  index: EntityIndex,
  fallback: Day,
  given?: Day,
  mentions: readonly Mention[] = index.mentionsIn(text),
): DocumentTimeline {
  const { anchor, source, yearGuessed } = anchorOf(text, fallback, given);
  const timeline = buildTimeline(text, index, anchor, source, mentions);
  const mentioned = new Set(mentions.flatMap((mention) => mention.entityIds));
  const sources = index.dictionaries.filter((dictionary) =>
    dictionary.entities.some((entity) => mentioned.has(index.canonicalId(entity.id))),
  );
  const references = sources.flatMap((dictionary) => dictionary.events);
  const guesses = new Map(
    sources.flatMap((dictionary) => {
      const guessed = dictionary.source?.dateGuessed;
      return guessed ? dictionary.events.map((event) => [event, guessed] as const) : [];
    }),
  );
  // With only the file's date to go by, "on Monday" may be any Monday: only dates that write their year are compared.
  const comparable =
    source === 'fallback'
      ? timeline.events.filter((event) => /\b\d{4}\b/.test(event.expression.text))
      : timeline.events;
  return {
    timeline,
    conflicts: findConflicts(comparable, references, yearGuessed === true, (reference) => guesses.get(reference)),
    sources,
  };
}

/** Where the anchors a writer sets are kept (an editor's workspace state; a map in tests). */
export interface AnchorStore {
  get(uri: string): string | undefined;
  set(uri: string, anchor: string | undefined): Promise<void>;
}

export interface TimelinesOptions {
  /** The index of the dictionaries a draft uses. */
  readonly index: (uri: string) => EntityIndex;
  readonly mentions: MentionCache;
  readonly anchors: AnchorStore;
  /** The day a file was last changed: the anchor of last resort. */
  readonly fileDay: (uri: string) => Promise<Day>;
}

/**
 * The timeline of each draft, once per version: its dated events against an anchor (set by
 * the writer, else the dateline, else the file's date), from the mentions the cache holds
 * for that version, and where it dates an event differently from a dictionary.
 */
export class Timelines {
  private readonly cache = new Map<string, { version: number; result: DocumentTimeline }>();
  private readonly built = new Emitter<{ readonly document: ITextDocument; readonly result: DocumentTimeline }>();
  /** Fires each time a draft's timeline is worked out (not when it comes from the cache). */
  readonly onDidBuild = this.built.event;

  constructor(private readonly options: TimelinesOptions) {}

  /** Whether a timeline of some version of the draft is known. */
  has(uri: string): boolean {
    return this.cache.has(uri);
  }

  /** The draft's timeline, computed once per version; undefined while it has no mentions (too large, or still being annotated). */
  async timelineFor(document: ITextDocument): Promise<DocumentTimeline | undefined> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.result;
    if (!this.options.mentions.get(document)) return undefined;
    const version = document.version;
    const given = parseDay(this.options.anchors.get(document.uri) ?? '');
    const fallback = await this.options.fileDay(document.uri);
    // The draft may have changed while its file's date was read.
    const annotation = this.options.mentions.get(document);
    if (document.version !== version || !annotation) return this.timelineFor(document);
    const result = timelineOf(
      document.getText(),
      this.options.index(document.uri),
      fallback,
      given,
      annotation.mentions,
    );
    this.cache.set(document.uri, { version, result });
    this.built.fire({ document, result });
    return result;
  }

  /** The anchor the writer set for a draft, if any (YYYY-MM-DD). */
  anchorOverride(uri: string): string | undefined {
    return this.options.anchors.get(uri);
  }

  /** Sets (or, with undefined, clears) the day a draft's story is told from. */
  async setAnchor(uri: string, anchor: string | undefined): Promise<void> {
    await this.options.anchors.set(uri, anchor);
    this.cache.delete(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    this.built.dispose();
  }
}

/** The Timeline view's tree without the view: the draft's anchor and events, and each dictionary's. */
export type TimelineTreeNode =
  | { readonly kind: 'anchor'; readonly anchor: string; readonly source: string }
  | { readonly kind: 'group'; readonly group: 'draft' | 'undated'; readonly count: number }
  | { readonly kind: 'dictionary'; readonly dictionary: Dictionary; readonly count: number }
  | { readonly kind: 'event'; readonly event: TimelineEvent; readonly conflict?: string }
  | { readonly kind: 'reference'; readonly dictionary: Dictionary; readonly event: DatedEvent };

/** What the tree shows: the draft's timeline (if a draft is shown), the dictionaries, and the one entity to keep, if any. */
export interface TimelineTreeState {
  readonly current: DocumentTimeline | undefined;
  readonly dictionaries: readonly Dictionary[];
  readonly entityFilter?: string;
}

function shown<T extends { readonly entities: readonly string[] }>(
  items: readonly T[],
  entityFilter: string | undefined,
): T[] {
  return entityFilter ? items.filter((item) => item.entities.includes(entityFilter)) : [...items];
}

/** The children of `node` (the roots without one), in the order the view shows them. */
export function timelineChildren(state: TimelineTreeState, node?: TimelineTreeNode): TimelineTreeNode[] {
  const { current, entityFilter } = state;
  if (!node) {
    const roots: TimelineTreeNode[] = [];
    if (current) {
      roots.push({ kind: 'anchor', anchor: current.timeline.anchor, source: current.timeline.anchorSource });
      roots.push({ kind: 'group', group: 'draft', count: shown(current.timeline.events, entityFilter).length });
      const undated = shown(current.timeline.undated, entityFilter).length;
      if (undated > 0) roots.push({ kind: 'group', group: 'undated', count: undated });
    }
    for (const dictionary of state.dictionaries) {
      const count = shown(dictionary.events, entityFilter).length;
      if (count > 0) roots.push({ kind: 'dictionary', dictionary, count });
    }
    return roots;
  }
  if (node.kind === 'group' && current) {
    const events = node.group === 'draft' ? current.timeline.events : current.timeline.undated;
    return shown(events, entityFilter).map((event) => ({
      kind: 'event',
      event,
      conflict: current.conflicts.find((conflict) => conflict.event === event)?.message,
    }));
  }
  if (node.kind === 'dictionary') {
    return shown(node.dictionary.events, entityFilter)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((event) => ({ kind: 'reference', dictionary: node.dictionary, event }));
  }
  return [];
}
