/**
 * The quote check: a draft's quotation against what the sources say was said. Words that
 * closely but not exactly copy a source quotation are a misquotation (the fix restores the
 * source's words); a copied quotation given to someone other than the source's speaker is
 * misattributed (the fix names the source's speaker). Words no source has are the
 * reporter's own interview, and flagged only in strict mode.
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import type { SourcedQuotation } from '../dictionary/quotations';
import type { Mention } from '../match/matcher';
import { quotationsIn } from '../quotes/attribution';
import { describeDifference, sourceQuotationsOf } from '../quotes/matching';
import { type CheckOptions, DEFAULT_QUOTE_OPTIONS, type RawFinding } from './findings';

/** Quotations shorter than this are not reported as missing from the sources, even in strict mode. */
const MIN_UNSOURCED_WORDS = 3;

export function quoteFindings(
  text: string,
  index: EntityIndex,
  options: CheckOptions,
  mentions: readonly Mention[],
): RawFinding[] {
  const sources = sourceQuotationsOf(index);
  const { strict, allowEllipsis } = options.quotes ?? DEFAULT_QUOTE_OPTIONS;
  if (sources.size === 0 && !strict) return [];
  const findings: RawFinding[] = [];
  for (const quotation of quotationsIn(text, index, mentions)) {
    if (quotation.kind !== 'direct') continue;
    const match = sources.matchOf(quotation.text, { allowEllipsis });
    // The words only: punctuation around them is the writer's sentence, and a fix leaves it be.
    const start = wordsStart(text, quotation.parts[0]!.start, quotation.end);
    const end = wordsEnd(text, start, quotation.end);
    // A fix rewrites one paragraph's words: a quotation over several is reported without one.
    const oneStretch = quotation.parts.length === 1;
    if (!match) {
      if (strict && quotation.text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= MIN_UNSOURCED_WORDS)
        findings.push({
          rule: 'unsourced-quote',
          message: 'No source has this quotation: check it against your notes or recording.',
          start: start,
          end,
          text: text.slice(start, end),
          suggestion: null,
          entity: quotation.speaker ?? null,
        });
      continue;
    }
    const source = match.source;
    const speaker = index.get(source.speaker)!;
    if (match.differences.length > 0) {
      const marked = match.differences.map((difference) => describeDifference(difference, quotation.text, source.text));
      findings.push({
        rule: 'misquote',
        message: `The quotation differs from what ${speaker.name} said ${where(source)}: ${marked.join('; ')}. The source has “${match.words}”.`,
        start: start,
        end,
        text: text.slice(start, end),
        suggestion: oneStretch ? match.restored : null,
        entity: speaker.id,
      });
    }
    // A speaker the draft names, or "he" or "she" for a person it named just before (not when the
    // source's speaker is named there too: the pronoun may stand for them).
    const pronoun = quotation.speakerPronoun;
    const named =
      quotation.speakerMention ??
      (pronoun && !namedNear(mentions, source.speaker, pronoun.start) ? pronoun : undefined);
    if (
      quotation.speaker &&
      named &&
      quotation.speaker !== source.speaker &&
      !saidByBoth(index, match.words, quotation.speaker)
    ) {
      const given = index.get(quotation.speaker)?.name ?? 'the speaker named here';
      const written = text.slice(named.start, named.end);
      const byPronoun = quotation.speakerMention === undefined;
      findings.push({
        rule: 'misattributed-quote',
        message: `${where(source, true)} ${speaker.name} said this, not ${given}${byPronoun ? `, whom “${written}” stands for here` : ''}.`,
        start: named.start,
        end: named.end,
        text: written,
        suggestion: byPronoun ? speaker.name : nameLike(written, speaker),
        entity: speaker.id,
        // Whom a pronoun stands for is read, not written: one step below a name's severity.
        ...(byPronoun ? { certainty: 'likely' as const } : {}),
      });
    }
  }
  return findings;
}

/** How far before a pronoun a name it may stand for is looked for, in characters. */
const PRONOUN_REACH = 300;

/** Whether the entity is named in the stretch before `offset` that a pronoun there may look back to. */
function namedNear(mentions: readonly Mention[], entity: string, offset: number): boolean {
  return mentions.some(
    (mention) => mention.end <= offset && offset - mention.end <= PRONOUN_REACH && mention.entityIds.includes(entity),
  );
}

/** Whether the sources give the same words to the draft's speaker too. */
function saidByBoth(index: EntityIndex, words: string, speaker: string): boolean {
  return index.quotationsOf(speaker).some((quotation) => quotation.text.includes(words));
}

/** "in “Mount Sinabung erupts” (2010-09-29)" / "According to …". */
function where(source: SourcedQuotation, opening = false): string {
  const title = source.dictionary.source?.title;
  const date = source.dictionary.source?.date;
  const named = title ? `“${title}”${date ? ` (${date})` : ''}` : 'the sources';
  return opening ? `According to ${named},` : `in ${named}`;
}

/** The speaker's name as the draft writes names: a surname for a surname ("Peskov"), else in full. */
function nameLike(written: string, speaker: { name: string; aliases: readonly { text: string }[] }): string {
  if (written.includes(' ')) return speaker.name;
  const short = speaker.aliases.find((alias) => !alias.text.includes(' ') && /^\p{Lu}\p{Ll}/u.test(alias.text));
  return short?.text ?? speaker.name;
}

function wordsStart(text: string, from: number, to: number): number {
  while (from < to && !/[\p{L}\p{N}…]/u.test(text[from]!)) from++;
  return from;
}

function wordsEnd(text: string, from: number, to: number): number {
  while (to > from && !/[\p{L}\p{N}…]/u.test(text[to - 1]!)) to--;
  return to;
}
