import { COMMON_WORDS, TITLE_WORDS, type Token, capitalisedRuns } from '../text/names';
import type { Mention } from '../match/matcher';
import { type Span, headlineSpans, isSentenceStart, overlapping, within } from '../text/structure';

/** A capitalised name in a draft that no dictionary knows, with where it stands. */
export interface UnknownName {
  readonly name: string;
  readonly spans: Span[];
}

/**
 * Names a draft gives that no dictionary knows: the stretches of capitalised runs that are
 * neither known mentions nor titles, without leading common words. A stretch right before a
 * title qualifies it ("Syrian" in "Syrian President"); a single word counts only where a
 * capital proves something (mid-sentence, outside headlines).
 */
export function unknownNames(text: string, mentions: readonly Mention[]): UnknownName[] {
  const headlines = headlineSpans(text);
  const found = new Map<string, { spans: Span[]; proven: boolean }>();
  const consider = (tokens: readonly Token[], beforeTitle: boolean) => {
    let from = 0;
    while (from < tokens.length && COMMON_WORDS.has(tokens[from]!.text.toLowerCase())) from++;
    const part = tokens.slice(from);
    if (part.length === 0 || beforeTitle) return;
    const start = part[0]!.start;
    const end = part[part.length - 1]!.end;
    const name = text.slice(start, end);
    if (part.length === 1 && (name.length < 3 || COMMON_WORDS.has(name.toLowerCase()) || /^\p{Lu}+$/u.test(name)))
      return;
    const proven = part.length > 1 || (!isSentenceStart(text, start) && !within(headlines, start));
    const entry = found.get(name) ?? { spans: [], proven: false };
    entry.spans.push({ start, end });
    entry.proven ||= proven;
    found.set(name, entry);
  };
  for (const run of capitalisedRuns(text)) {
    let stretch: Token[] = [];
    for (const token of run) {
      const known = overlapping(mentions, token.start, token.end).length > 0;
      const title = TITLE_WORDS.has(token.text.toLowerCase());
      if (!known && !title) {
        stretch.push(token);
        continue;
      }
      consider(stretch, title);
      stretch = [];
    }
    consider(stretch, false);
  }
  return [...found.entries()]
    .filter(([, entry]) => entry.proven)
    .map(([name, entry]) => ({ name, spans: entry.spans }));
}
