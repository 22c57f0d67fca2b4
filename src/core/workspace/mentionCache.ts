import type { EntityIndex } from '../dictionary/entityIndex';
import { DocumentAnnotation } from '../match/annotation';
import { type TextChange, mentionsAround, mentionsInSlices, reannotate } from './incremental';
import type { Mention } from '../match/matcher';
import type { Activity } from './activity';
import type { ITextDocument } from './document';
import { Emitter } from './events';

/** Documents longer than this (a few milliseconds of matching) are annotated in time slices. */
export const SLICED_FROM_CHARS = 256 * 1024;

/** Why a document is not annotated. */
export type RefusalReason = 'binary' | 'too-large';

export interface MentionCacheOptions {
  /** The index of the dictionaries a document uses (it changes when they reload: then `clear`). */
  readonly index: (uri: string) => EntityIndex;
  /** Whether a document of `length` characters is within the size cap (or allowed over it). */
  readonly withinSizeCap: (document: ITextDocument, length: number) => boolean;
  /** Told each time a document is not annotated, and why. */
  readonly onRefused?: (document: ITextDocument, reason: RefusalReason, length: number) => void;
  /** Told when a long document has been annotated in slices. */
  readonly onSliced?: (document: ITextDocument, mentions: number, elapsedMs: number) => void;
  readonly onError?: (document: ITextDocument, error: unknown) => void;
  /** Counts annotation in slices as work under way. */
  readonly activity?: Activity;
  readonly slicedFromChars?: number;
}

/** A document being annotated in slices, for one version of it. */
interface SlicedJob {
  readonly version: number;
  cancelled: boolean;
}

/**
 * The mentions of each document, computed once per (URI, version) and shared by every
 * feature: highlights, hovers, checks, the timeline, the workspace index. Long documents
 * are annotated in time slices (`onDidAnnotate` fires when done), with `mentionsWhileAnnotating`
 * for what is on screen meanwhile; binary documents and those over the size cap are refused.
 */
export class MentionCache {
  private readonly entries = new Map<string, { version: number; annotation: DocumentAnnotation | undefined }>();
  private readonly sliced = new Map<string, SlicedJob>();
  private readonly annotated = new Emitter<ITextDocument>();
  /** Fires when a document's mentions are ready later than they were asked for (annotated in slices). */
  readonly onDidAnnotate = this.annotated.event;

  constructor(private readonly options: MentionCacheOptions) {}

  /**
   * The document's mentions, or undefined where it is refused, or while a long document is
   * still being annotated (`onDidAnnotate` fires when it is done).
   */
  get(document: ITextDocument): DocumentAnnotation | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.annotation;
    if (this.isAnnotating(document)) return undefined;
    const text = document.getText();
    if (!this.admits(document, text)) {
      this.entries.set(document.uri, { version: document.version, annotation: undefined });
      return undefined;
    }
    if (text.length >= (this.options.slicedFromChars ?? SLICED_FROM_CHARS)) {
      this.annotateInSlices(document, text);
      return undefined;
    }
    const annotation = new DocumentAnnotation(this.options.index(document.uri).mentionsIn(text));
    this.entries.set(document.uri, { version: document.version, annotation });
    return annotation;
  }

  /**
   * While a long document is being annotated in slices: the mentions in and around
   * [start, end), found at once (what an editor shows). Undefined when there is no such work.
   */
  mentionsWhileAnnotating(document: ITextDocument, start: number, end: number): Mention[] | undefined {
    return this.isAnnotating(document)
      ? mentionsAround(this.options.index(document.uri), document.getText(), start, end)
      : undefined;
  }

  /** Whether this version of the document is being annotated in slices. */
  isAnnotating(document: ITextDocument): boolean {
    return this.sliced.get(document.uri)?.version === document.version;
  }

  /**
   * After a single edit (`change`, with the text it inserted) turned the cached version into
   * `document`'s, re-matches only the paragraphs it touched (a fraction of a millisecond even
   * in long documents); any other change waits for `get`.
   */
  followEdit(
    document: ITextDocument,
    change: TextChange & { readonly inserted: string },
    previousVersion = document.version - 1,
  ): void {
    const cached = this.entries.get(document.uri);
    if (!cached?.annotation || cached.version !== previousVersion) {
      this.entries.delete(document.uri);
      return;
    }
    const text = document.getText();
    // The previous version was admitted, so only what this edit adds can make it binary or too long.
    if (change.inserted.includes('\u0000') || !this.options.withinSizeCap(document, text.length)) {
      this.entries.delete(document.uri); // `get` decides, and tells why
      return;
    }
    const mentions = reannotate(this.options.index(document.uri), text, cached.annotation.mentions, change);
    this.entries.set(document.uri, { version: document.version, annotation: new DocumentAnnotation(mentions) });
  }

  /** Drops the cached mentions of a document; `get` works them out again. */
  invalidate(uri: string): void {
    this.entries.delete(uri);
  }

  /** Drops what is known of a document (closed), with any slicing under way. */
  forget(uri: string): void {
    this.entries.delete(uri);
    this.cancelSliced(uri);
  }

  /** Drops everything (the dictionaries changed). */
  clear(): void {
    this.entries.clear();
    this.cancelSliced();
  }

  private admits(document: ITextDocument, text: string): boolean {
    if (text.includes('\u0000')) {
      this.options.onRefused?.(document, 'binary', text.length);
      return false;
    }
    if (this.options.withinSizeCap(document, text.length)) return true;
    this.options.onRefused?.(document, 'too-large', text.length);
    return false;
  }

  private annotateInSlices(document: ITextDocument, text: string): void {
    const { uri, version } = document;
    this.cancelSliced(uri);
    const job: SlicedJob = { version, cancelled: false };
    this.sliced.set(uri, job);
    const started = performance.now();
    const work = mentionsInSlices(this.options.index(document.uri), text, {
      isCancelled: () => job.cancelled || document.version !== version,
    });
    void (this.options.activity?.track(work) ?? work).then(
      (mentions) => {
        if (this.sliced.get(uri) === job) this.sliced.delete(uri);
        if (!mentions || job.cancelled || document.version !== version) return;
        this.options.onSliced?.(document, mentions.length, performance.now() - started);
        this.entries.set(uri, { version, annotation: new DocumentAnnotation(mentions) });
        this.annotated.fire(document);
      },
      (error: unknown) => {
        if (this.sliced.get(uri) === job) this.sliced.delete(uri);
        this.options.onError?.(document, error);
      },
    );
  }

  /** Stops slicing work for one document, or for all. */
  private cancelSliced(uri?: string): void {
    for (const [jobUri, job] of this.sliced) {
      if (uri !== undefined && jobUri !== uri) continue;
      job.cancelled = true;
      this.sliced.delete(jobUri);
    }
  }

  dispose(): void {
    this.cancelSliced();
    this.annotated.dispose();
  }
}
