/**
 * Which source quotation a draft's quotation copies, and how its words differ: aligned
 * word by word against the stretch of the source quotation it matches best, so that a
 * quotation of part of what was said matches as well as the whole. An ellipsis ("…",
 * "...") stands for words left out where the house style allows it.
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import { oncePerIndex } from '../dictionary/perIndex';
import type { SourcedQuotation } from '../dictionary/quotations';

export interface Token {
  /** Lower case, apostrophes straight: what is compared. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** In brackets: an outlet's own insertion ("2,000 (600 meters) feet", "[the minister]"), which a quoting draft may leave out. */
  readonly bracketed?: boolean;
}

export type Difference =
  | { readonly kind: 'dropped'; readonly source: readonly Token[] }
  | { readonly kind: 'added'; readonly draft: readonly Token[] }
  | { readonly kind: 'changed'; readonly draft: readonly Token[]; readonly source: readonly Token[] };

export interface SourceMatch {
  readonly source: SourcedQuotation;
  /** The words of the source quotation the draft's quotation stands for, as written there. */
  readonly words: string;
  /** Those words with the draft's allowed ellipses kept: what a fix writes. */
  readonly restored: string;
  readonly differences: readonly Difference[];
}

export interface MatchOptions {
  /** An ellipsis may stand for words left out. */
  readonly allowEllipsis: boolean;
}

/** Shorter quotations are matched only word for word: two words differing are no misquotation. */
const MIN_WORDS_TO_COMPARE = 3;
/** The share of the compared words that must agree for a quotation to be a close copy. */
const MIN_AGREEMENT = 0.6;
/** Alignments larger than this many word pairs are not tried: a quotation that long is compared word for word only. */
const MAX_ALIGNMENT_CELLS = 4_000_000;

/**
 * The costs of a draft word the source lacks and of one in place of another, a source word
 * dropped costing 1: of readings with as many edits, the one that keeps most of the source's
 * words wins ("We checked" drops "have" from "We have checked" rather than change "We").
 */
const ADDED_WORD = 1.0001;
const CHANGED_WORD = 1.00005;

const TOKEN = /\.\.\.|…|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const BRACKETED = /\([^()\n]*\)|\[[^[\]\n]*\]/g;

export function tokensOf(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const brackets = [...text.matchAll(BRACKETED)].map((match) => [match.index!, match.index! + match[0].length]);
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + match.index!;
    const key = match[0] === '...' ? '…' : match[0].toLowerCase().replace(/’/g, "'");
    const bracketed = brackets.some(([from, to]) => match.index! > from! && match.index! < to!);
    tokens.push({ key, start, end: start + match[0].length, ...(bracketed ? { bracketed } : {}) });
  }
  return tokens;
}

/** The source quotations of an index, read once per index. */
export const sourceQuotationsOf = oncePerIndex((index) => new SourceQuotations(index));

/** The source quotations of an index, with their words, ready to be matched against. */
export class SourceQuotations {
  private readonly entries: { quotation: SourcedQuotation; tokens: Token[] }[];
  private readonly byWord = new Map<string, Set<number>>();

  constructor(index: EntityIndex) {
    this.entries = index
      .quotations()
      .filter((quotation) => quotation.kind === 'direct')
      .map((quotation) => ({ quotation, tokens: tokensOf(quotation.text) }));
    this.entries.forEach(({ tokens }, at) => {
      for (const token of tokens) {
        const holders = this.byWord.get(token.key) ?? new Set();
        holders.add(at);
        this.byWord.set(token.key, holders);
      }
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The source quotation the words copy, closely or exactly, if any does. */
  matchOf(words: string, options: MatchOptions): SourceMatch | undefined {
    const draft = tokensOf(words);
    const wordCount = draft.filter((token) => token.key !== '…').length;
    if (wordCount === 0) return undefined;
    const shared = new Map<number, number>();
    for (const key of new Set(draft.map((token) => token.key)))
      for (const at of this.byWord.get(key) ?? []) shared.set(at, (shared.get(at) ?? 0) + 1);
    let best: (SourceMatch & { cost: number }) | undefined;
    const distinct = new Set(draft.map((token) => token.key)).size;
    for (const [at, count] of shared) {
      if (count < Math.min(distinct, Math.max(1, Math.ceil(distinct * MIN_AGREEMENT)))) continue;
      const { quotation, tokens } = this.entries[at]!;
      const match =
        wordCount < MIN_WORDS_TO_COMPARE || draft.length * tokens.length > MAX_ALIGNMENT_CELLS
          ? exactly(draft, tokens, quotation)
          : aligned(draft, tokens, quotation, options);
      if (match && (!best || match.cost < best.cost)) best = match;
    }
    if (!best) return undefined;
    const { cost: _cost, ...match } = best;
    return match;
  }
}

/** The words as a contiguous stretch of the source, or nothing. */
function exactly(
  draft: readonly Token[],
  source: readonly Token[],
  quotation: SourcedQuotation,
): (SourceMatch & { cost: number }) | undefined {
  const keys = draft.map((token) => token.key).join(' ');
  const sourceKeys = source.map((token) => token.key);
  for (let i = 0; i + draft.length <= source.length; i++) {
    if (sourceKeys.slice(i, i + draft.length).join(' ') !== keys) continue;
    const words = quotation.text.slice(source[i]!.start, source[i + draft.length - 1]!.end);
    return { source: quotation, words, restored: words, differences: [], cost: 0 };
  }
  return undefined;
}

const enum Step {
  Match,
  Change,
  /** A draft word the source lacks. */
  Add,
  /** A source word the draft lacks. */
  Drop,
  /** Source words an allowed ellipsis stands for. */
  Elide,
  /** The ellipsis itself, once it has stood for what it stands for. */
  EllipsisDone,
}

/**
 * Aligns all of the draft's words with the stretch of the source that costs fewest edits
 * (a stretch may start and end anywhere in the source). O(draft × source) time and memory.
 */
function aligned(
  draft: readonly Token[],
  source: readonly Token[],
  quotation: SourcedQuotation,
  options: MatchOptions,
): (SourceMatch & { cost: number }) | undefined {
  const rows = draft.length + 1;
  const columns = source.length + 1;
  const cost = new Float64Array(rows * columns);
  const step = new Uint8Array(rows * columns);
  const at = (i: number, j: number) => i * columns + j;
  // Any start in the source is free.
  for (let i = 1; i < rows; i++) {
    const ellipsis = draft[i - 1]!.key === '…';
    for (let j = 0; j < columns; j++) {
      const add = cost[at(i - 1, j)]! + (ellipsis && options.allowEllipsis ? 0 : ADDED_WORD);
      let best = add;
      let how: Step = ellipsis && options.allowEllipsis ? Step.EllipsisDone : Step.Add;
      if (j > 0) {
        if (ellipsis && options.allowEllipsis) {
          const elide = cost[at(i, j - 1)]!;
          if (elide < best) [best, how] = [elide, Step.Elide];
        } else {
          const same = draft[i - 1]!.key === source[j - 1]!.key;
          const diagonal = cost[at(i - 1, j - 1)]! + (same ? 0 : CHANGED_WORD);
          if (diagonal < best || (diagonal === best && same)) [best, how] = [diagonal, same ? Step.Match : Step.Change];
          const drop = cost[at(i, j - 1)]! + (source[j - 1]!.bracketed ? 0 : 1);
          if (drop < best) [best, how] = [drop, Step.Drop];
        }
      }
      cost[at(i, j)] = best;
      step[at(i, j)] = how;
    }
  }
  // Any end in the source is free too.
  let end = 0;
  for (let j = 1; j < columns; j++) if (cost[at(rows - 1, j)]! < cost[at(rows - 1, end)]!) end = j;
  const total = cost[at(rows - 1, end)]!;
  const words = draft.filter((token) => token.key !== '…').length;
  if (total > words * (1 - MIN_AGREEMENT)) return undefined;

  // Back from the end: what each draft word became.
  const ops: {
    kind: 'match' | 'changed' | 'dropped' | 'added' | 'elided' | 'left out';
    draft?: Token;
    source?: Token;
  }[] = [];
  let i = rows - 1;
  let j = end;
  let first = end;
  while (i > 0) {
    const how = step[at(i, j)]! as Step;
    if (how === Step.Match || how === Step.Change) {
      ops.push({ kind: how === Step.Match ? 'match' : 'changed', draft: draft[i - 1], source: source[j - 1] });
      i--;
      j--;
      first = j;
    } else if (how === Step.Drop || how === Step.Elide) {
      const kind = how === Step.Elide ? 'elided' : source[j - 1]!.bracketed ? 'left out' : 'dropped';
      ops.push({ kind, source: source[j - 1] });
      j--;
      first = j;
    } else {
      if (how === Step.Add) ops.push({ kind: 'added', draft: draft[i - 1] });
      i--;
    }
  }
  ops.reverse();
  const matched = ops.filter((op) => op.kind === 'match').length;
  if (matched < Math.min(words, MIN_WORDS_TO_COMPARE)) return undefined;
  const window = source.slice(first, end);
  if (window.length === 0) return undefined;
  // Runs of edits between agreeing words (or an ellipsis), each one difference.
  const differences: Difference[] = [];
  let run: typeof ops = [];
  const close = () => {
    if (run.length === 0) return;
    const draftTokens = run.flatMap((op) => (op.draft ? [op.draft] : []));
    const sourceTokens = run.flatMap((op) => (op.source ? [op.source] : []));
    differences.push(
      draftTokens.length === 0
        ? { kind: 'dropped', source: sourceTokens }
        : sourceTokens.length === 0
          ? { kind: 'added', draft: draftTokens }
          : { kind: 'changed', draft: draftTokens, source: sourceTokens },
    );
    run = [];
  };
  for (const op of ops) {
    if (op.kind === 'match' || op.kind === 'elided' || op.kind === 'left out') close();
    else run.push(op);
  }
  close();
  const elided = new Set(ops.flatMap((op) => (op.kind === 'elided' ? [source.indexOf(op.source!)] : [])));
  const text = quotation.text;
  return {
    source: quotation,
    words: text.slice(window[0]!.start, window[window.length - 1]!.end),
    restored: restoredWords(text, window, first, elided),
    differences,
    cost: total,
  };
}

/** The source's words, each run an ellipsis stood for written as one. */
function restoredWords(text: string, window: readonly Token[], offset: number, elided: ReadonlySet<number>): string {
  let restored = '';
  let previous: Token | undefined;
  let inGap = false;
  window.forEach((token, k) => {
    if (elided.has(offset + k)) {
      if (!inGap) restored += previous ? ' …' : '…';
      inGap = true;
      return;
    }
    restored += previous === undefined ? '' : inGap ? ' ' : text.slice(previous.end, token.start);
    restored += text.slice(token.start, token.end);
    previous = token;
    inGap = false;
  });
  return restored;
}

/** A difference in words, for a message: "dropped “the ash and”", "“rain” → “storm”", "added “very”". */
export function describeDifference(difference: Difference, draftText: string, sourceText: string): string {
  const phrase = (tokens: readonly Token[], text: string) =>
    `“${text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)}”`;
  if (difference.kind === 'dropped') return `dropped ${phrase(difference.source, sourceText)}`;
  if (difference.kind === 'added') return `added ${phrase(difference.draft, draftText)}`;
  return `${phrase(difference.draft, draftText)} for ${phrase(difference.source, sourceText)}`;
}
