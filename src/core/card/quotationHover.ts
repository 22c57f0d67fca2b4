/**
 * Over a quotation in a draft, who said it according to the sources. It matches the draft's
 * words against every source quotation, so it comes with the checks against the sources in
 * the bundle the extension loads after activation (consistency/sourceChecks.ts).
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import { sourceQuotationsOf } from '../quotes/matching';
import { directQuotations } from '../text/quotationMarks';
import { type EntityLink, escapeMarkdown } from './entityCard';
import { type QuotationLink, firstWords, sourceLink } from './quotationCard';

/**
 * The card of the draft's quotation at `offset`: who said it according to the sources, and
 * where; nothing when no quotation is there or no source has it.
 */
export function renderQuotationCard(
  text: string,
  offset: number,
  index: EntityIndex,
  allowEllipsis: boolean,
  links: { entity: EntityLink; quotation: QuotationLink },
): string | undefined {
  const sources = sourceQuotationsOf(index);
  if (sources.size === 0) return undefined;
  const quotation = directQuotations(text).find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!quotation) return undefined;
  const match = sources.matchOf(quotation.words, { allowEllipsis });
  const speaker = match && index.get(match.source.speaker);
  if (!match || !speaker) return undefined;
  const title = match.source.dictionary.source?.title;
  const where = title ? ` in *${escapeMarkdown(title)}*` : '';
  const exact =
    match.differences.length === 0 ? '' : '\n\nThe draft’s words differ from the source’s; see the Problems panel.';
  return [
    `Said by [${escapeMarkdown(speaker.name)}](${links.entity(speaker.id)}) according to the sources${where}${match.source.verb ? ` \\(${escapeMarkdown(match.source.verb)}\\)` : ''}:`,
    `> “${escapeMarkdown(firstWords(match.words))}”`,
    sourceLink(match.source, links.quotation) + exact,
  ].join('\n\n');
}
