import { COMMON_WORDS, TITLE_WORDS, capitalisedRuns } from '../consistency/names';
import { Mention } from '../match/matcher';
import { Span, headlineSpans, isSentenceStart, overlapping, within } from '../text/structure';

/** A capitalised name in a draft that no dictionary knows, with where it stands. */
export interface UnknownName {
  readonly name: string;
  readonly spans: Span[];
}

/**
 * Names a draft gives that no dictionary knows: capitalised runs outside known mentions,
 * without leading common words and titles. A single word counts only if it is capitalised
 * somewhere a capital proves something (mid-sentence, outside headlines).
 */
export function unknownNames(text: string, mentions: readonly Mention[]): UnknownName[] {
  const headlines = headlineSpans(text);
  const found = new Map<string, { spans: Span[]; proven: boolean }>();
  for (const run of capitalisedRuns(text)) {
    let from = 0;
    while (from < run.length && (COMMON_WORDS.has(run[from]!.text.toLowerCase()) || TITLE_WORDS.has(run[from]!.text.toLowerCase()))) from++;
    const tokens = run.slice(from);
    if (tokens.length === 0) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    // Wholly a known name: not unknown. Partly ("Asma Khan", "Damascus University"): someone or something else.
    if (tokens.every((token) => overlapping(mentions, token.start, token.end).length > 0)) continue;
    const name = text.slice(start, end);
    if (tokens.length === 1 && (name.length < 3 || COMMON_WORDS.has(name.toLowerCase()) || /^\p{Lu}+$/u.test(name))) continue;
    const proven = tokens.length > 1 || (!isSentenceStart(text, start) && !within(headlines, start));
    const entry = found.get(name) ?? { spans: [], proven: false };
    entry.spans.push({ start, end });
    entry.proven ||= proven;
    found.set(name, entry);
  }
  return [...found.entries()].filter(([, entry]) => entry.proven).map(([name, entry]) => ({ name, spans: entry.spans }));
}
