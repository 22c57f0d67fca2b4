/**
 * Quotations on an entity's card: what it said according to the sources (first words and a
 * link to the sentence); quotationHover.ts has the card over a draft's quotation. Everything
 * from a document or a dictionary is escaped.
 */
import type { EntityIndex } from '../dictionary/entityIndex';
import type { SourcedQuotation } from '../dictionary/quotations';
import { articlesOf, escapeLinkTitle, escapeMarkdown } from './entityCard';

/** Makes the link target that shows a quotation's sentence in its source. */
export type QuotationLink = (quotation: SourcedQuotation) => string;

const FIRST_WORDS = 12;
const MAX_QUOTATIONS_SHOWN = 5;

export function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > FIRST_WORDS ? `${words.slice(0, FIRST_WORDS).join(' ')}…` : text;
}

export function sourceLink(quotation: SourcedQuotation, link: QuotationLink): string {
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
