/**
 * Quotations on cards: what an entity said according to the sources (first words and a
 * link to the sentence), and, over a quotation in a draft, who said it according to them.
 * Everything from a document or a dictionary is escaped.
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import type { SourcedQuotation } from '../dictionary/quotations';
import { sourceQuotationsOf } from '../quotes/matching';
import { directQuotations } from '../text/quotationMarks';
import { type EntityLink, articlesOf, escapeLinkTitle, escapeMarkdown } from './entityCard';

/** Makes the link target that shows a quotation's sentence in its source. */
export type QuotationLink = (quotation: SourcedQuotation) => string;

const FIRST_WORDS = 12;
const MAX_QUOTATIONS_SHOWN = 5;

function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : text;
}

function sourceLink(quotation: SourcedQuotation, link: QuotationLink): string {
  const title = quotation.source ? ` "${escapeLinkTitle(quotation.source)}"` : '';
  return `[source](${link(quotation)}${title})`;
}

/** The "Said in the sources" block of an entity's card, or nothing when the sources quote it nowhere. */
export function saidBlock(index: EntityIndex, entityId: string, link: QuotationLink): string | undefined {
  const quotations = index.quotationsOf(entityId);
  if (quotations.length === 0) return undefined;
  const lines = quotations.slice(0, MAX_QUOTATIONS_SHOWN).map((quotation) => {
    const words = escapeMarkdown(firstWords(quotation.text));
    const said = quotation.kind === 'direct' ? `“${words}”` : `${words} \\(reported\\)`;
    const verb = quotation.verb ? ` — ${escapeMarkdown(quotation.verb)}` : '';
    const articles = quotation.sources ? ` \\(${escapeMarkdown(articlesOf(quotation.sources))}\\)` : '';
    return `- ${said}${verb} · ${sourceLink(quotation, link)}${articles}`;
  });
  const more =
    quotations.length > MAX_QUOTATIONS_SHOWN ? `\n\nand ${quotations.length - MAX_QUOTATIONS_SHOWN} more` : '';
  return `Said in the sources:\n\n${lines.join('\n')}${more}`;
}

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
