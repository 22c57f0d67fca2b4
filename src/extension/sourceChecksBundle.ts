/**
 * The bundle loaded after activation with the checks of drafts against their sources, and
 * the card over a draft's quotation, which matches its words against the same quotations.
 */
export { librarySourceChecks } from '../core/consistency/sourceCheckLibrary';
export { renderQuotationCard } from '../core/card/quotationHover';
